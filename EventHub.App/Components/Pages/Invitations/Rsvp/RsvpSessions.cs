using EventHub.Core.Events;

namespace EventHub.App.Components.Pages.Invitations.Rsvp;

public static class RsvpSessions
{
    /// <summary>The programme as the organiser ordered it within each time slot.</summary>
    public static IReadOnlyList<Session> InOrder(Event @event) =>
        @event.Sessions.OrderBy(s => s.StartUtc).ThenBy(s => s.SortOrder).ToList();

    /// <summary>What an invitee can pick: workshops and round tables, not breaks or plenaries (<see cref="Session.Choosable"/>).</summary>
    public static IReadOnlyList<Session> Choosable(Event @event) =>
        InOrder(@event).Where(s => s.IsChoosable).ToList();
}
