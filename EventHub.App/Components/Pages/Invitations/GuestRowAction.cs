using Microsoft.AspNetCore.Components;

namespace EventHub.App.Components.Pages.Invitations;

/// <summary>What an organiser can do to one guest from the guest list's row.</summary>
public enum GuestRowAction
{
    Remove,
    CheckIn,
    UndoCheckIn,
    Answer,
    Resend,
    Cancel,
    InviteAgain,
}

/// <summary>
/// A click on one of the guest list's row buttons, as the browser reads it from the button
/// (<c>data-guest-action</c>, <c>data-invitation</c>; see wwwroot-assets/js/guest-actions.js): the rows are one piece
/// of markup each and the table has one handler, instead of a handler and its render frames per button in every open
/// tab. A click elsewhere in the table arrives without an action.
/// </summary>
public sealed class GuestActionEventArgs : EventArgs
{
    public string? Action { get; set; }

    public int InvitationId { get; set; }
}

/// <summary>Makes <c>@onguestaction</c> known to Razor (which finds such attributes only on a class named EventHandlers).</summary>
[EventHandler("onguestaction", typeof(GuestActionEventArgs), enableStopPropagation: true, enablePreventDefault: true)]
public static class EventHandlers
{
}
