using EventHub.Core.Invitations;
using EventHub.Core.Texts;
using Microsoft.Extensions.Localization;

namespace EventHub.App.Components.Pages.Invitations.Rsvp;

/// <summary>The sentences that tell an invitee where they stand.</summary>
public static class RsvpText
{
    public static string Status(this IStringLocalizer<PartnerTexts> strings, InvitationStatus status, int? waitlistPosition) => status switch
    {
        InvitationStatus.Accepted => strings["Rsvp_Status_Accepted"],
        InvitationStatus.Waitlisted => strings["Rsvp_Status_Waitlisted", waitlistPosition ?? 0],
        InvitationStatus.Tentative => strings["Rsvp_Status_Tentative"],
        InvitationStatus.Declined => strings["Rsvp_Status_Declined"],
        _ => strings["Rsvp_Status_NotAnswered"],
    };

    /// <summary>Registered, or waiting; with the place in the line when the partner is in it (they are coming).</summary>
    public static string SessionStatus(this IStringLocalizer<PartnerTexts> strings, SessionChoiceStatus status, int? waitlistPosition) =>
        (status, waitlistPosition) switch
        {
            (SessionChoiceStatus.Registered, _) => strings["Rsvp_Session_Registered"],
            (_, { } position) => strings["Rsvp_Session_WaitlistedNumber", position],
            _ => strings["Rsvp_Session_Waitlisted"],
        };
}
