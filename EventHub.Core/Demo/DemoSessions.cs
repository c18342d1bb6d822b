using EventHub.Core.Data;
using EventHub.Core.Events;
using EventHub.Core.Invitations;

namespace EventHub.Core.Demo;

/// <summary>
/// The demo's past guests registered for the sessions they could pick, as their answer page asked them to: a round
/// table's facilitator, its outcome's sector mix and its door then have the people who said they would join it.
/// </summary>
internal static class DemoSessions
{
    /// <summary>Registers someone coming for every session of the event they could pick (not a plenary or a break).</summary>
    public static void RegisterForEveryChoosable(Invitation invitation, Event @event, DateTime answeredAtUtc)
    {
        foreach (var session in @event.Sessions.Where(s => s.IsChoosable))
        {
            invitation.Choose(session, SessionChoiceStatus.Registered, answeredAtUtc);
        }
    }

    /// <summary>The places those registrations hold, taken as an answer takes them (after the invitations are saved).</summary>
    public static async Task TakePlacesAsync(EventHubDbContext db, IEnumerable<Invitation> invitations, CancellationToken ct)
    {
        foreach (var choice in invitations.SelectMany(i => i.Choices).Where(c => c.Status == SessionChoiceStatus.Registered).ToList())
        {
            await Seats.TakeSessionPlaceAsync(db, choice.SessionId, ct);
        }
    }
}
