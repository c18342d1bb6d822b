// The guest list's row buttons share one .NET handler on the table (Components/Pages/Invitations/GuestList.razor):
// a click anywhere in it arrives as "guestaction", with the action and invitation of the button clicked, if any.
Blazor.registerCustomEventType("guestaction", {
    browserEventName: "click",
    createEventArgs: (event) => {
        const button = event.target.closest("button[data-guest-action]");
        return button
            ? { action: button.dataset.guestAction, invitationId: Number(button.dataset.invitation) }
            : { action: null, invitationId: 0 };
    },
});

// A row is one piece of markup: an action that changes the row (check in, undo; an answer arriving live) replaces its
// buttons, and the focus on the one pressed would fall to <body>, so the next Tab started again at the skip link. It goes
// to the same guest's new button instead: "Undo check-in" after a check-in, "Check in" after an undo, else the same
// action or the row's first button.
(() => {
    const counterpart = { CheckIn: "UndoCheckIn", UndoCheckIn: "CheckIn" };
    let pressed = null;

    document.addEventListener("focusin", event => {
        const button = event.target instanceof Element ? event.target.closest("button[data-guest-action]") : null;
        pressed = button ? { invitation: button.dataset.invitation, action: button.dataset.guestAction } : null;
    });
    // A click elsewhere that focuses nothing (plain text) is not the row losing the focus.
    document.addEventListener("pointerdown", event => {
        if (!(event.target instanceof Element && event.target.closest("button[data-guest-action]"))) pressed = null;
    }, true);

    new MutationObserver(() => {
        if (!pressed || (document.activeElement && document.activeElement !== document.body)) return;
        const row = `button[data-invitation="${CSS.escape(pressed.invitation)}"]`;
        const next = document.querySelector(`${row}[data-guest-action="${counterpart[pressed.action] ?? pressed.action}"]`)
            ?? document.querySelector(`${row}[data-guest-action="${pressed.action}"]`)
            ?? document.querySelector(row);
        next?.focus();
    }).observe(document.documentElement, { childList: true, subtree: true });
})();
