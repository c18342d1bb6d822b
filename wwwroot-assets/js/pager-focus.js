// Keeps the keyboard focus in a list's pager. MudBlazor's pagers (MudDataGridPager, MudTablePager; 9.x) and the guest
// list's own, which looks the same, disable the button just pressed at either end of the list ("Last page", or "Next
// page" onto the last): the browser then drops the focus on <body>, a screen reader says nothing more, and the next Tab
// starts again at the skip link. Moved to the nearest button of the same pager that still works ("Previous page" at the
// end, "Next page" at the start). MudBlazor offers no hook for this; fixed here rather than in a fork.
(() => {
    const actions = ".mud-table-pagination-actions";
    let pressed = null;

    document.addEventListener("focusin", event => {
        pressed = event.target instanceof Element ? event.target.closest(`${actions} button`) : null;
    });
    // A click elsewhere that focuses nothing (plain text) is not the pager losing the focus.
    document.addEventListener("pointerdown", event => {
        if (!(event.target instanceof Element && event.target.closest(actions))) pressed = null;
    }, true);

    new MutationObserver(() => {
        const button = pressed;
        // Chromium still reports the disabled button as focused here, and drops the focus only at its next rendering step.
        const active = document.activeElement;
        if (!button?.disabled || !button.isConnected || (active && active !== button && active !== document.body)) return;
        const buttons = [...button.closest(actions).querySelectorAll("button")];
        const at = buttons.indexOf(button);
        const before = buttons.slice(0, at).filter(b => !b.disabled);
        const next = before.length > 0 ? before[before.length - 1] : buttons.slice(at + 1).find(b => !b.disabled);
        next?.focus();
    }).observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ["disabled"] });
})();
