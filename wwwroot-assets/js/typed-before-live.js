// What a person types into a staff page before its live connection has started (on a slow phone network, a second or
// more after the page shows) would be lost: the app's live page replaces the one the browser showed with the same
// fields, empty. This puts each field's text into its new field, as if typed there (so a search or filter runs), and the
// keyboard back into the field the person was in. html[data-typing-before-live] names that field, so PageFocus leaves
// the keyboard there instead of taking it to the page's heading (page-focus.js, which removes the mark). Loaded before
// focus-keeper.js, so the new field has the keyboard before the focus keeper looks for what lost it. This acts on that
// one replacement only: after it, every keystroke reaches the app itself.
(() => {
    const isText = field => field instanceof HTMLTextAreaElement
        || (field instanceof HTMLInputElement && /^(text|search|email|tel|url|number)$/.test(field.type));
    const shown = new Set([...document.querySelectorAll("input[id], textarea[id]")].filter(isText));
    if (shown.size === 0) return;

    const root = document.documentElement;
    let inField = null;      // the id of the shown field that has the keyboard
    const keyboardIn = id => {
        inField = id;
        if (id) root.dataset.typingBeforeLive = id; else delete root.dataset.typingBeforeLive;
    };
    const onFocus = event => keyboardIn(shown.has(event.target) ? event.target.id : null);
    // Chromium also reports a focused field that is being removed as losing the focus, while it is still in the page:
    // only a field still there once the removal is done was left by the person.
    const onBlur = event => queueMicrotask(() => { if (event.target.isConnected && document.activeElement !== event.target) keyboardIn(null); });
    keyboardIn(shown.has(document.activeElement) ? document.activeElement.id : null); // typing may start before this script runs
    document.addEventListener("focusin", onFocus, true);
    document.addEventListener("focusout", onBlur, true);

    const observer = new MutationObserver(() => {
        if ([...shown].every(field => field.isConnected)) return;
        observer.disconnect();
        document.removeEventListener("focusin", onFocus, true);
        document.removeEventListener("focusout", onBlur, true);

        const live = id => {
            const field = document.getElementById(id);
            return field && !shown.has(field) && isText(field) ? field : null;
        };
        for (const shownField of shown) {
            const field = shownField.value !== shownField.defaultValue && live(shownField.id);
            if (field && field.value !== shownField.value) {
                field.value = shownField.value;
                field.dispatchEvent(new Event("input", { bubbles: true }));
                field.dispatchEvent(new Event("change", { bubbles: true }));
            }
        }
        const field = inField && live(inField);
        if (field) {
            field.focus({ preventScroll: true });
            try { field.setSelectionRange(field.value.length, field.value.length); } catch { /* not every type has a caret */ }
        } else {
            keyboardIn(null);
        }
    });
    observer.observe(document.body, { childList: true, subtree: true });
})();
