using EventHub.Core.Audit;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Events;
using EventHub.Core.Outbox;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Invitations;

/// <summary>
/// "Lost your link?" (as pretix's "resend order links"): a partner who cannot find their invitation email, or whose link
/// was replaced by a newer one, gives their email address and gets a new personal link for each live invitation of theirs,
/// by email in the invitation's language; the link before stops working, as with a reminder. What the caller is told never
/// depends on the address (the page says the same either way), so nobody learns who is invited; nor does how long it
/// takes, as the page does not call this itself: it queues the request (<see cref="LostLinkQueue"/>), whose worker calls
/// this once the page has answered.
/// </summary>
public sealed class LostLinkService(IDbContextFactory<EventHubDbContext> dbFactory, SiteLinks links, TimeProvider time)
{
    /// <summary>
    /// New links one invitation gets in an hour, however often its address is typed in: someone else typing a partner's
    /// address cannot flood their inbox nor keep replacing the link they are about to use.
    /// </summary>
    public const int PerInvitationPerHour = 3;

    private static readonly AuditSummary Requested = AuditSummary.Of("NewLinkRequested");

    /// <summary>
    /// Emails a new personal link for every live invitation of <paramref name="email"/> — sent, and not cancelled, passed
    /// on or erased — to an event that has not ended and is not called off; with <paramref name="eventSlug"/>, to that
    /// event only. Returns how many were sent, for tests; a page must not show it.
    /// </summary>
    public async Task<int> SendNewLinksAsync(string? email, string? eventSlug = null, CancellationToken ct = default)
    {
        if (!EmailAddresses.IsValid(email))
        {
            return 0;
        }

        var address = TextNormalizer.ForEmail(email!);
        var now = time.GetUtcNow().UtcDateTime;

        // A read first: an address without invitations (most of what a form open to anyone gets) costs no write turn.
        await using (var read = await dbFactory.CreateDbContextAsync(ct))
        {
            if (!await Live(read, address, eventSlug, now).AnyAsync(ct))
            {
                return 0;
            }
        }

        return await dbFactory.WriteAsync(async (db, token) =>
        {
            var since = now.AddHours(-1);
            var invitations = await Live(db, address, eventSlug, now)
                .Where(i => db.OutboxMessages.Count(m => m.InvitationId == i.Id && m.Kind == InvitationEmails.NewLinkKind && m.CreatedAtUtc > since)
                    < PerInvitationPerHour)
                .Include(i => i.Contact).Include(i => i.Event).ThenInclude(e => e.Venue)
                .ToListAsync(token);
            foreach (var invitation in invitations)
            {
                var link = links.Rsvp(invitation.IssueNewLink(now));
                db.OutboxMessages.Add(InvitationEmails.NewLink(links, invitation, invitation.Event, link, now));
                // The invitation's history says why its link changed (the audit log, "Show only the history of" it).
                AuditTrail.Record(db, nameof(Invitation), invitation.Id, AuditAction.Modified, Requested, contactId: invitation.ContactId);
            }

            return invitations.Count;
        }, ct);
    }

    private static IQueryable<Invitation> Live(EventHubDbContext db, string address, string? eventSlug, DateTime now) =>
        db.Invitations.Where(i => i.Contact.NormalizedEmail == address && i.Contact.AnonymisedAtUtc == null
            && i.TokenHash != null && !i.IsWalkIn
            && i.Status != InvitationStatus.Listed && i.Status != InvitationStatus.Cancelled && i.Status != InvitationStatus.Substituted
            && i.Event.EndUtc > now && i.Event.Status != EventStatus.Cancelled && i.Event.Status != EventStatus.Draft
            && (eventSlug == null || i.Event.Slug == eventSlug));
}
