using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Outbox;
using EventHub.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Invitations;

/// <summary>
/// Nudges people through the outbox: those who have not answered, on the event's reminder days before the deadline (default 7 and 2),
/// and those coming or maybe coming, the day before (not on the day itself; a "maybe" with a new link to say whether they come). Each reminder goes to a person at most once (a unique de-duplication key).
/// </summary>
public sealed class ReminderService(IDbContextFactory<EventHubDbContext> dbFactory, SiteLinks links, TimeProvider time) : IReminderJob
{
    /// <summary>Queues every reminder that is due now; returns how many.</summary>
    public async Task<int> QueueDueAsync(CancellationToken ct = default) =>
        await dbFactory.WriteAsync(async (db, token) =>
        {
            await JobLock.TakeAsync(db, nameof(ReminderService), token);
            var now = time.GetUtcNow().UtcDateTime;
            var sent = await db.OutboxMessages.Where(m => m.DeduplicationKey != null && m.DeduplicationKey.StartsWith("reminder:"))
                .Select(m => m.DeduplicationKey!).ToListAsync(token);
            var alreadySent = sent.ToHashSet();
            var events = await db.Events.Include(e => e.Venue)
                .Where(e => e.Status == EventStatus.Published && e.StartUtc > now)
                .ToListAsync(token);
            var queued = 0;
            foreach (var @event in events)
            {
                queued += await QueueAnswerRemindersAsync(db, @event, now, alreadySent, token);
                queued += await QueueDayBeforeAsync(db, @event, now, alreadySent, token);
            }

            return queued;
        }, ct);

    private async Task<int> QueueAnswerRemindersAsync(EventHubDbContext db, Event @event, DateTime now, HashSet<string> alreadySent, CancellationToken ct)
    {
        if (@event.RsvpDeadlineUtc is not { } deadline || now >= deadline)
        {
            return 0;
        }

        // The latest reminder day that has arrived; an earlier one that was missed is not sent as well. "7 days before a
        // 17:00 deadline" is 17:00 on that day where the event is held, also with a change of clocks in between.
        DateTime MomentOf(int days) => EventTime.AddLocalDays(deadline, -days, @event.TimeZoneId);
        var due = EventReminders.Parse(@event.ReminderDays).Where(days => now >= MomentOf(days)).Order().FirstOrDefault();
        if (due == 0)
        {
            return 0;
        }

        // Only who was invited before this reminder's moment and has had neither the invitation again nor a reminder since
        // (an organiser's "send again" or "remind"): they have just had it, and a reminder minutes later would be a second
        // email whose new link stops that one's working. A new link the partner asked for ("lost your link?") is no such
        // email: it neither moves SentAtUtc nor counts here, so it never costs the partner their reminder.
        var remindsFrom = MomentOf(due);
        var silent = await db.Invitations.Include(i => i.Contact)
            .Where(i => i.EventId == @event.Id && i.Status == InvitationStatus.Invited && i.SentAtUtc < remindsFrom)
            .Where(i => !db.OutboxMessages.Any(m => m.InvitationId == i.Id && m.CreatedAtUtc >= remindsFrom
                && (m.Kind == InvitationEmails.InvitationKind || m.Kind == InvitationEmails.ReminderKind)))
            .Where(i => i.Contact.DoNotInviteSinceUtc == null) // who asked not to be invited is not chased for an answer
            .ToListAsync(ct);
        var queued = 0;
        foreach (var invitation in silent.Where(i => !alreadySent.Contains(Key(i, due))))
        {
            // Only the link's hash is stored, so a reminder carries a new link (the invitation email says to use the newest).
            var link = PersonalLinkTokens.NewToken();
            invitation.Issue(PersonalLinkTokens.Hash(link), now);
            db.OutboxMessages.Add(InvitationEmails.Reminder(links, invitation, @event, links.Rsvp(link), Key(invitation, due), now));
            queued++;
        }

        return queued;
    }

    private async Task<int> QueueDayBeforeAsync(EventHubDbContext db, Event @event, DateTime now, HashSet<string> alreadySent, CancellationToken ct)
    {
        // From the start's time on the day before until midnight where the event is held (the clock's time, also on the
        // weekend the clocks change): on the day itself "see you tomorrow" would be wrong (someone who accepted that morning
        // has just had their confirmation, and a worker that was down all the day before does not make up for it).
        if (now < EventTime.AddLocalDays(@event.StartUtc, -1, @event.TimeZoneId) || LocalDay(now, @event) == LocalDay(@event.StartUtc, @event))
        {
            return 0;
        }

        // "Maybe" is not "no": people who said maybe are reminded as well. Each gets their own programme, plenaries too.
        await SessionPeople.LoadProgrammeAsync(db, @event, ct);
        var coming = await db.Invitations.Include(i => i.Contact)
            .Include(i => i.Choices)
            .Where(i => i.EventId == @event.Id && (i.Status == InvitationStatus.Accepted || i.Status == InvitationStatus.Tentative))
            .ToListAsync(ct);
        var queued = 0;
        foreach (var invitation in coming.Where(i => !alreadySent.Contains($"reminder:{i.Id}:tomorrow")))
        {
            // Someone who said maybe is asked to say whether they come: with a new link, as an answer reminder has.
            var link = invitation.Status == InvitationStatus.Tentative ? links.Rsvp(invitation.IssueNewLink(now)) : null;
            db.OutboxMessages.Add(InvitationEmails.SeeYouTomorrow(links, invitation, @event, link, $"reminder:{invitation.Id}:tomorrow", now));
            queued++;
        }

        return queued;
    }

    private static DateOnly LocalDay(DateTime utc, Event @event) => DateOnly.FromDateTime(EventTime.ToLocal(utc, @event.TimeZoneId));

    private static string Key(Invitation invitation, int days) => $"reminder:{invitation.Id}:{days}";
}
