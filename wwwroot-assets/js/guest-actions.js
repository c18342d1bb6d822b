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
