using EventHub.Core.Data;
using EventHub.Core.Events;
using EventHub.Core.Outbox;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Invitations;

/// <summary>
/// How invitations follow their event (see <see cref="IEventChangeHandler"/>): more places seat the people waiting,
/// in order; a new date, time or place and a cancellation are emailed to everyone still invited, coming or waiting.
/// </summary>
internal sealed class InvitationEventChanges(SiteLinks links) : IEventChangeHandler
{
    public Task PublishedEventSavedAsync(EventHubDbContext db, Event @event, DateTime nowUtc, CancellationToken ct) =>
        Seats.PromoteWhileRoomAsync(db, links, @event, nowUtc, ct);

    public Task EventMovedAsync(EventHubDbContext db, Event @event, DateTime nowUtc, CancellationToken ct) =>
        TellInviteesAsync(db, @event, invitation => InvitationEmails.EventChanged(links, invitation, @event, nowUtc), ct);

    public Task EventCancelledAsync(EventHubDbContext db, Event @event, DateTime nowUtc, CancellationToken ct) =>
        TellInviteesAsync(db, @event, invitation => InvitationEmails.EventCancelled(links, invitation, @event, nowUtc), ct);

    /// <summary>One email for each invitation that is sent and still open (not declined, cancelled or replaced).</summary>
    private static async Task TellInviteesAsync(EventHubDbContext db, Event @event, Func<Invitation, OutboxMessage> email, CancellationToken ct)
    {
        var open = await db.Invitations.Include(i => i.Contact)
            .Where(i => i.EventId == @event.Id && (i.Status == InvitationStatus.Invited || i.Status == InvitationStatus.Accepted
                || i.Status == InvitationStatus.Tentative || i.Status == InvitationStatus.Waitlisted))
            .ToListAsync(ct);
        db.OutboxMessages.AddRange(open.Select(email));
    }
}
