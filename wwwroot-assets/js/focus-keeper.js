// Keeps the keyboard focus where a person was working when a press disables or replaces the button they pressed: the
// browser then drops the focus on <body>, a screen reader says nothing more, and the next Tab starts again at the skip
// link. A rule names the buttons it looks after and where the focus goes instead (window.eventHubKeepFocus). When no
// rule looks after what had the focus and it was taken off the page by what it did (Publish, replaced by Close; Archive
// by Restore, once the dialog gave the focus back to it; a row's button with its row), the focus goes to the page's
// heading, from where the page reads on and the next Tab goes into the page.
window.eventHubKeepFocus = (() => {
    const rules = [];
    let pressed = null;
    let focused = null;

    document.addEventListener("focusin", event => {
        pressed = null;
        const target = event.target instanceof Element ? event.target : null;
        focused = target;
        for (const rule of rules) {
            const button = target?.closest(rule.selector);
            if (button) {
                pressed = { rule, button, data: { ...button.dataset } };
                return;
            }
        }
    });
    // A click elsewhere that focuses nothing (plain text) is not the focus being lost.
    document.addEventListener("pointerdown", event => {
        if (!(event.target instanceof Element && rules.some(rule => event.target.closest(rule.selector)))) pressed = null;
    }, true);

    new MutationObserver(() => {
        const active = document.activeElement;
        if (pressed) {
            const { rule, button, data } = pressed;
            // Chromium still reports a just-disabled button as focused here, and drops the focus at its next rendering step.
            const dropped = !active || active === document.body || (active === button && button.disabled);
            if (dropped && (button.disabled || !button.isConnected)) {
                const next = rule.next(button, data);
                if (next) next.focus(); else heading()?.focus({ preventScroll: true });
            }
        } else if (focused && !focused.isConnected && (!active || active === document.body)) {
            focused = null;
            heading()?.focus({ preventScroll: true });
        }
    }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ["disabled"] });

    /** The page's heading, made focusable by script (as after a navigation). */
    function heading() {
        const h1 = document.querySelector("#main-content h1");
        if (h1 && !h1.hasAttribute("tabindex")) h1.tabIndex = -1;
        return h1;
    }

    return (selector, next) => rules.push({ selector, next });
})();

// MudBlazor's pagers (MudDataGridPager, MudTablePager; 9.x) and the guest list's own, which looks the same, disable the
// button pressed at either end of the list ("Last page", or "Next page" onto the last): the focus goes to the nearest
// button of the same pager that still works. MudBlazor offers no hook for this; kept here rather than in a fork.
window.eventHubKeepFocus(".mud-table-pagination-actions button", button => {
    const buttons = [...button.closest(".mud-table-pagination-actions").querySelectorAll("button")];
    const at = buttons.indexOf(button);
    const before = buttons.slice(0, at).filter(b => !b.disabled);
    return before.length > 0 ? before[before.length - 1] : buttons.slice(at + 1).find(b => !b.disabled);
});

