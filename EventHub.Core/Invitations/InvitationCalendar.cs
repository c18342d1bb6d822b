using System.Text;
using EventHub.Core.Events;

namespace EventHub.Core.Invitations;

/// <summary>The .ics that travels with a confirmation: the event as a meeting the partner accepted (or may attend).</summary>
public static class InvitationCalendar
{
    public const string ContentType = "text/calendar; method=REQUEST; charset=utf-8";

    public static byte[] For(Invitation invitation, Event @event, Uri siteRoot, DateTime nowUtc)
    {
        // RFC 5545 PARTSTAT values.
        var participation = invitation.Status switch
        {
            InvitationStatus.Accepted => "ACCEPTED",
            InvitationStatus.Tentative => "TENTATIVE",
            InvitationStatus.Declined => "DECLINED",
            _ => "NEEDS-ACTION",
        };
        var ics = new IcsBuilder(@event.Title, nowUtc, siteRoot, method: "REQUEST")
            .AddMeeting(@event, invitation.Contact.Email, invitation.Contact.FullName, participation)
            .Build();
        return Encoding.UTF8.GetBytes(ics);
    }

    public static string FileName(Event @event) => $"{@event.Slug ?? $"event-{@event.Id}"}.ics";
}
