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
// buttons. The focus goes to the same guest's new button (js/focus-keeper.js): "Undo check-in" after a check-in, "Check in"
// after an undo, else the same action or the row's first button.
window.eventHubKeepFocus("button[data-guest-action]", (_, pressed) => {
    const counterpart = { CheckIn: "UndoCheckIn", UndoCheckIn: "CheckIn" }[pressed.guestAction] ?? pressed.guestAction;
    const row = `button[data-invitation="${CSS.escape(pressed.invitation)}"]`;
    return document.querySelector(`${row}[data-guest-action="${counterpart}"]`)
        ?? document.querySelector(`${row}[data-guest-action="${pressed.guestAction}"]`)
        ?? document.querySelector(row);
});

// A row button's label shows as a tooltip on hover and keyboard focus (eventhub.css, .eh-row-action): Escape hides it
// without moving the focus (WCAG 1.4.13), until the pointer and the focus have left that button.
document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
        document.querySelectorAll("button[data-guest-action]:is(:hover, :focus-visible)").forEach((b) => b.classList.add("eh-tip-hidden"));
    }
});
for (const leaving of ["focusout", "mouseout"]) {
    document.addEventListener(leaving, (event) => {
        const button = event.target.closest?.("button[data-guest-action].eh-tip-hidden");
        if (button && !button.contains(event.relatedTarget)) {
            button.classList.remove("eh-tip-hidden");
        }
    });
}
