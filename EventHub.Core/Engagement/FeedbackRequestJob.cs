using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Engagement;

/// <summary>
/// Sends the feedback survey through the outbox to everyone who attended an event (checked in, admitted or walked in),
/// the day after it (from <see cref="Event.FeedbackSendFromLocalHour"/>:00 in the event's time zone) while the survey is open.
/// One survey email per attendee, ever: a person with a <see cref="FeedbackRequest"/> is never asked again (a unique
/// index on the invitation and a de-duplication key on the email), so the reminder worker may run it any number of times.
/// People who asked not to be invited, anonymised contacts and walk-ins without an email address are not asked.
/// </summary>
public sealed class FeedbackRequestJob(IDbContextFactory<EventHubDbContext> dbFactory, SiteLinks links, TimeProvider time) : IReminderJob
{
    /// <summary>Only events that ended this recently are looked at: older surveys have long closed or been sent.</summary>
    private const int LookBackDays = 120;

    public Task<int> QueueDueAsync(CancellationToken ct = default) =>
        dbFactory.WriteAsync(async (db, token) =>
        {
            await JobLock.TakeAsync(db, nameof(FeedbackRequestJob), token);
            var now = time.GetUtcNow().UtcDateTime;
            var since = now.AddDays(-LookBackDays);
            var candidates = await db.Events
                .Where(e => e.EndUtc < now && e.EndUtc > since
                    && (e.Status == EventStatus.Published || e.Status == EventStatus.Closed || e.Status == EventStatus.Archived))
                .ToListAsync(token);
            var due = candidates.Where(e => IsDue(e, now)).ToDictionary(e => e.Id);
            if (due.Count == 0)
            {
                return 0;
            }

            var ids = due.Keys.ToList();
            var attendees = await db.Invitations.Include(i => i.Contact)
                .Where(i => ids.Contains(i.EventId) && i.CheckedInAtUtc != null)
                .Where(i => i.Contact.DoNotInviteSinceUtc == null && i.Contact.AnonymisedAtUtc == null)
                // A walk-in who gave no address has a stand-in one: nobody to ask.
                .Where(i => !i.Contact.Email.EndsWith("@" + OutboxMessage.NoEmailDomain))
                .Where(i => !db.FeedbackRequests.Any(r => r.InvitationId == i.Id))
                .OrderBy(i => i.Id)
                .ToListAsync(token);
            foreach (var invitation in attendees)
            {
                var link = PersonalLinkTokens.NewToken();
                db.FeedbackRequests.Add(new FeedbackRequest(invitation, PersonalLinkTokens.Hash(link), now));
                db.OutboxMessages.Add(FeedbackEmails.Request(links, invitation, due[invitation.EventId], links.Feedback(link), Key(invitation), now));
            }

            return attendees.Count;
        }, ct);

    /// <summary>The survey's moment has come (<see cref="Event.FeedbackSendsAtUtc"/>) and it is still open.</summary>
    public static bool IsDue(Event @event, DateTime nowUtc) =>
        nowUtc >= @event.FeedbackSendsAtUtc && nowUtc < @event.FeedbackClosesAt;

    private static string Key(Invitation invitation) => $"feedback:{invitation.Id}";
}
