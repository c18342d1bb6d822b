// After a navigation (Components/Layout/PageFocus.razor): focus the page's heading as Blazor's FocusOnNavigate does,
// then mark the document, so a keyboard test knows the focus will not move under it any more. A module, imported when
// first needed: a page reached by enhanced navigation from a static page has not run the shell's classic scripts.
export function focusPageHeading(selector) {
    const heading = document.querySelector(selector);
    if (heading) {
        if (!heading.hasAttribute("tabindex")) heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
    }
    document.documentElement.dataset.pageFocused = "true";
}

// After a submit refused by validation (Components/Shared/FocusFirstProblem.razor): focus the form's first field marked
// invalid. The marker is an element inside the form.
export function focusFirstInvalid(marker) {
    const form = marker.closest("form") ?? marker.parentElement;
    const field = form?.querySelector('[aria-invalid="true"]');
    field?.focus();
}
