// After a navigation (Components/Layout/PageFocus.razor): focus the page's heading as Blazor's FocusOnNavigate does,
// then mark the document, so a keyboard test knows the focus will not move under it any more. A module, imported when
// first needed: a page reached by enhanced navigation from a static page has not run the shell's classic scripts.
// On the first page, a person already typing in a field before the page went live stays there (before-live.js).
export function focusPageHeading(selector) {
    const root = document.documentElement;
    const typing = root.dataset.typingBeforeLive;
    delete root.dataset.typingBeforeLive;
    if (!typing || document.activeElement?.id !== typing) focusElement(selector);
    root.dataset.pageFocused = "true";
}

// Focus an element, a heading too (made focusable by script only), when what had the focus went away: the button
// that hid a section, for one.
export function focusElement(selector) {
    const element = document.querySelector(selector);
    if (element) {
        if (!element.matches("a[href], button, input, select, textarea, [tabindex]")) element.tabIndex = -1;
        element.focus({ preventScroll: true });
    }
}

// After a list's page changed below where the person was reading (a pager at the foot of the list): back to the top of
// the page, as a new page would be, with the focus on what says which part of the list is shown now.
export function focusPageTop(selector) {
    window.scrollTo(0, 0);
    focusElement(selector);
}

// After a submit refused by validation (Components/Shared/FocusFirstProblem.razor): focus the form's first field marked
// invalid. The marker is an element inside the form.
export function focusFirstInvalid(marker) {
    const form = marker.closest("form") ?? marker.parentElement;
    const field = form?.querySelector('[aria-invalid="true"]');
    field?.focus();
}
