// What a person does on a staff page before its live connection has started (on a slow phone network, a second or
// more after the page shows) went wrong three ways: the live page replaced the one the browser showed with the same
// fields, empty; a button pressed did nothing; and a form sent (Enter in a field, or its Save button) went to the
// server as a plain post, which answered with a bare error page and lost everything typed. This script:
// - keeps forms from being sent before the page is live, and remembers the last button pressed (or form sent);
// - once live, puts every changed field's value into its live copy, as if typed or picked there (input and change
//   events, so a search or filter runs), and the keyboard back into the field the person was in;
// - then presses that button again (or sends that form), but only once every changed field has reached the live page,
//   so that what is saved is what the person saw. A press whose button cannot be found for certain is dropped.
// html[data-typing-before-live] names the field with the keyboard, so PageFocus leaves it there instead of taking it to
// the page's heading (page-focus.js removes the mark). Loaded before focus-keeper.js, so the new field has the keyboard
// before the focus keeper looks for what lost it. This acts on the first live page only; after it, every keystroke
// and press reaches the app itself. If the person goes on working on the live page before all of it has come (a page
// that loads its form after its first render), what is not carried yet is left, and so is the press.
(() => {
    const shell = document.querySelector(".eh-shell");
    if (shell?.dataset.interactive !== "false") return;
    const root = document.documentElement;
    const address = location.pathname + location.search; // a press on one page is never carried to another

    const isControl = element => (element instanceof HTMLInputElement && !/^(hidden|submit|button|reset|image|file)$/.test(element.type))
        || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement;
    const isText = element => element instanceof HTMLTextAreaElement
        || (element instanceof HTMLInputElement && /^(text|search|email|tel|url|number|password)$/.test(element.type));
    const controls = () => [...document.querySelectorAll("input, textarea, select")].filter(isControl);
    const buttons = () => [...document.querySelectorAll(".eh-shell button")];
    const isChanged = control => control instanceof HTMLSelectElement
        ? [...control.options].some(option => option.selected !== option.defaultSelected)
        : /^(checkbox|radio)$/.test(control.type) ? control.checked !== control.defaultChecked : control.value !== control.defaultValue;

    // Where an element stands, to find its live copy: by its id; without one, by its place among all of its kind on a
    // page that has as many of them, with the same tag, type, name and words.
    const placeOf = (element, all) => ({
        id: element.id, index: all.indexOf(element), count: all.length, tag: element.tagName, type: element.type,
        name: element.getAttribute("name"), words: element.textContent.trim() + "|" + (element.getAttribute("aria-label") ?? ""),
    });
    const liveCopy = (place, all) => {
        const element = place.id ? document.getElementById(place.id) : all.length === place.count ? all[place.index] : null;
        const same = element && !shown.has(element) && element.tagName === place.tag && element.type === place.type
            && element.getAttribute("name") === place.name
            && (place.id || element.textContent.trim() + "|" + (element.getAttribute("aria-label") ?? "") === place.words);
        return same ? element : null;
    };

    const shown = new Set(controls());
    let inField = null;      // the id of the shown text field that has the keyboard
    const keyboardIn = field => {
        inField = field && isText(field) && field.id ? field.id : null;
        if (inField) root.dataset.typingBeforeLive = inField; else delete root.dataset.typingBeforeLive;
    };
    const onFocus = event => keyboardIn(shown.has(event.target) ? event.target : null);
    // Chromium also reports a focused field that is being removed as losing the focus, while it is still in the page:
    // only a field still there once the removal is done was left by the person.
    const onBlur = event => queueMicrotask(() => { if (event.target.isConnected && document.activeElement !== event.target) keyboardIn(null); });
    keyboardIn(shown.has(document.activeElement) ? document.activeElement : null); // typing may start before this script runs

    let pressed = null;      // the last button pressed, or { form } for a form sent without one
    // Buttons a script of the page itself answers (reload, print) work already, and are not pressed twice.
    const answeredByScript = "[data-reload], [data-print]";
    const onClick = event => {
        const button = event.target instanceof Element ? event.target.closest(".eh-shell button") : null;
        if (button && !button.disabled && !button.matches(answeredByScript)) pressed = placeOf(button, buttons());
    };
    // Only the forms the live page answers: they post to the page itself and have no name for the server to handle them
    // by (a named form, the sign-out form to its own address and a search sent as a plain GET work without the app).
    const answeredLive = form => form.method === "post" && !form.querySelector("input[name='_handler']")
        && new URL(form.action, location.href).pathname === location.pathname;
    const onSubmit = event => {
        const form = event.target;
        if (!(form instanceof HTMLFormElement) || !answeredLive(form)) return;
        event.preventDefault(); // the server refuses a plain post of a page that is not live yet
        pressed = event.submitter ? placeOf(event.submitter, buttons()) : { form: [...document.forms].indexOf(form), count: document.forms.length };
    };

    const listeners = [["focusin", onFocus], ["focusout", onBlur], ["click", onClick], ["submit", onSubmit]];
    listeners.forEach(([name, listener]) => document.addEventListener(name, listener, true));

    let waiting = null;      // once live: the changed fields not carried over yet
    const stop = () => {
        observer.disconnect();
        ["keydown", "pointerdown"].forEach(name => document.removeEventListener(name, giveUp, true));
    };
    const giveUp = () => { stop(); keyboardIn(null); };

    const carry = () => {
        const all = controls();
        waiting = waiting.filter(({ shownControl, place }) => {
            const control = liveCopy(place, all);
            if (!control) return true;
            if (control instanceof HTMLSelectElement) {
                [...control.options].forEach((option, i) => option.selected = shownControl.options[i]?.selected ?? false);
            } else if (/^(checkbox|radio)$/.test(control.type)) {
                control.checked = shownControl.checked;
            } else {
                control.value = shownControl.value;
            }
            control.dispatchEvent(new Event("input", { bubbles: true }));
            control.dispatchEvent(new Event("change", { bubbles: true }));
            if (inField && shownControl.id === inField) {
                control.focus({ preventScroll: true });
                try { control.setSelectionRange(control.value.length, control.value.length); } catch { /* not every type has a caret */ }
            }
            return false;
        });
        if (waiting.length > 0) return;

        stop();
        const field = inField && document.getElementById(inField);
        if (field && !shown.has(field) && document.activeElement !== field) field.focus({ preventScroll: true });
        if (!field || shown.has(field)) keyboardIn(null);
        if (pressed?.form !== undefined) {
            if (document.forms.length === pressed.count) document.forms[pressed.form]?.requestSubmit();
        } else if (pressed) {
            liveCopy(pressed, buttons())?.click();
        }
    };

    const observer = new MutationObserver(() => {
        if (waiting === null) {
            if (shell.isConnected) return;
            // The live page has replaced the shown one: from here on, what the person does reaches the app itself.
            listeners.forEach(([name, listener]) => document.removeEventListener(name, listener, true));
            if (location.pathname + location.search !== address) {
                observer.disconnect();
                keyboardIn(null);
                return;
            }
            const all = [...shown];
            waiting = all.filter(isChanged).map(shownControl => ({ shownControl, place: placeOf(shownControl, all) }));
            ["keydown", "pointerdown"].forEach(name => document.addEventListener(name, giveUp, true));
        }
        carry();
    });
    observer.observe(document.body, { childList: true, subtree: true });
})();
