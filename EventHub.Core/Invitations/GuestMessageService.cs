using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Events;
using EventHub.Core.Outbox;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Invitations;

/// <summary>
/// Messages to guests: an organiser writes an update to whoever a filter of the guest list finds, previews it and sends
/// it through the outbox. Preview and send share one plan (<see cref="PlanAsync"/>) and one email
/// (<see cref="GuestMessageEmails"/>), so the preview is what is queued. Organisers and admins only.
/// </summary>
public sealed class GuestMessageService(IDbContextFactory<EventHubDbContext> dbFactory, SiteLinks links, TimeProvider time)
{
    /// <summary>The email in English and Dutch, each for someone who will read it, and the recipients and the people left out.</summary>
    public async Task<Result<GuestMessagePreview>> PreviewAsync(int eventId, GuestMessageDraft draft, TeamMember organiser, CancellationToken ct = default)
    {
        if (Refusal(draft, organiser) is { } refused)
        {
            return Result<GuestMessagePreview>.Failure(refused);
        }

        // Composing issues a stop link on the tracked contact: this context is never saved, so the preview leaves nothing behind.
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await PlanAsync(db, eventId, draft, ct) is not { } plan)
        {
            return Result<GuestMessagePreview>.Failure(GuestMessageErrors.EventNotFound);
        }

        if (plan.Recipients.Count == 0)
        {
            return Result<GuestMessagePreview>.Failure(GuestMessageErrors.NoRecipients);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var branding = await EmailBranding.CurrentAsync(db.EmailBranding, ct);
        var emails = new[] { Language.En, Language.Nl }.Select(language =>
        {
            var readers = plan.Recipients.Where(i => i.Language == language).ToList();
            var sample = readers.FirstOrDefault() ?? plan.Recipients[0];
            var (subject, text, writtenIn) = draft.For(language);
            // Laid out with the branding as the outbox does when it stores the message: the preview is the email.
            var email = EmailPreview.Of(GuestMessageEmails.Update(links, sample, plan.Event, language, subject, text, writtenIn, now, deduplicationKey: null), branding, links.Root);
            return new GuestMessageEmail(language, sample.Contact.FullName, readers.Count, writtenIn != language, email.Subject, email.Html, email.Text);
        }).ToList();
        return Result<GuestMessagePreview>.Success(new GuestMessagePreview(
            emails, plan.Recipients.Select(i => i.Contact.FullName).ToList(), plan.LeftOut.Select(p => new GuestMessageLeftOutPerson(p.Invitation.Contact.FullName, p.Reason)).ToList()));
    }

    /// <summary>
    /// Queues the email for everyone the filter finds (less those left out) and keeps the message on the event, in one
    /// transaction. <paramref name="idempotencyKey"/> comes from the dialog: sending the same key again sends nothing.
    /// </summary>
    public async Task<Result<GuestMessageSent>> SendAsync(int eventId, GuestMessageDraft draft, string idempotencyKey, TeamMember organiser, CancellationToken ct = default)
    {
        if (Refusal(draft, organiser) is { } refused)
        {
            return Result<GuestMessageSent>.Failure(refused);
        }

        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > GuestMessageDraft.IdempotencyKeyMaxLength)
        {
            return Result<GuestMessageSent>.Failure(GuestMessageErrors.MissingKey);
        }

        return await dbFactory.WriteAsync(async (db, token) =>
        {
            // Inside the write transaction (BEGIN IMMEDIATE), so a second submit waits for the first and then finds it.
            if (await db.GuestMessages.AsNoTracking().Where(m => m.IdempotencyKey == idempotencyKey)
                    .Select(m => new GuestMessageSent(m.Id, m.RecipientCount, m.LeftOutCount, true)).SingleOrDefaultAsync(token) is { } earlier)
            {
                return Result<GuestMessageSent>.Success(earlier);
            }

            if (await PlanAsync(db, eventId, draft, token) is not { } plan)
            {
                return Result<GuestMessageSent>.Failure(GuestMessageErrors.EventNotFound);
            }

            if (plan.Recipients.Count == 0)
            {
                return Result<GuestMessageSent>.Failure(GuestMessageErrors.NoRecipients);
            }

            var now = time.GetUtcNow().UtcDateTime;
            var message = new GuestMessage(eventId, draft, idempotencyKey, organiser, now);
            foreach (var invitation in plan.Recipients)
            {
                var (subject, text, writtenIn) = draft.For(invitation.Language);
                var email = GuestMessageEmails.Update(links, invitation, plan.Event, invitation.Language, subject, text, writtenIn, now, $"guest-message:{idempotencyKey}:{invitation.Id}");
                db.OutboxMessages.Add(email);
                message.SendTo(invitation, invitation.Language, email);
            }

            foreach (var (invitation, reason) in plan.LeftOut)
            {
                message.LeaveOut(invitation, reason);
            }

            db.GuestMessages.Add(message);
            await db.SaveChangesAsync(token);
            return Result<GuestMessageSent>.Success(new GuestMessageSent(message.Id, message.RecipientCount, message.LeftOutCount, false));
        }, ct);
    }

    /// <summary>The messages sent about the event, newest first.</summary>
    public async Task<Paged<GuestMessageSummary>> ListAsync(int eventId, int page, int pageSize, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var messages = db.GuestMessages.AsNoTracking().Where(m => m.EventId == eventId);
        var total = await messages.CountAsync(ct);
        var rows = await messages.OrderByDescending(m => m.SentAtUtc).ThenByDescending(m => m.Id)
            .Skip(page * pageSize).Take(pageSize).ToListAsync(ct);
        return new Paged<GuestMessageSummary>(await SummariesAsync(db, rows, ct), total);
    }

    public async Task<GuestMessageDetail?> GetAsync(int eventId, int messageId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var message = await db.GuestMessages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == messageId && m.EventId == eventId, ct);
        if (message is null)
        {
            return null;
        }

        var eventTitle = await db.Events.Where(e => e.Id == eventId).Select(e => e.Title).SingleAsync(ct);
        return new GuestMessageDetail((await SummariesAsync(db, [message], ct))[0], eventTitle, message.TextEn, message.TextNl);
    }

    /// <summary>Everyone the message's filter found, by name: those sent it first, with their email's delivery status, then those left out.</summary>
    public async Task<Paged<GuestMessageRecipientRow>> RecipientsAsync(int messageId, int page, int pageSize, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var recipients = db.GuestMessageRecipients.AsNoTracking().Where(r => r.GuestMessageId == messageId);
        var total = await recipients.CountAsync(ct);
        var rows = await recipients
            .OrderBy(r => r.LeftOut != null).ThenBy(r => r.Invitation.Contact.SortName).ThenBy(r => r.Id)
            .Skip(page * pageSize).Take(pageSize)
            .Select(r => new GuestMessageRecipientRow(
                r.Invitation.Contact.FirstName + " " + r.Invitation.Contact.LastName,
                r.Invitation.Contact.Email,
                r.Language,
                r.LeftOut,
                r.OutboxMessage != null ? r.OutboxMessage.Status : null,
                r.OutboxMessage != null ? r.OutboxMessage.SentAtUtc : null,
                r.OutboxMessage != null ? r.OutboxMessage.LastError : null))
            .ToListAsync(ct);
        return new Paged<GuestMessageRecipientRow>(rows, total);
    }

    private static string? Refusal(GuestMessageDraft draft, TeamMember organiser) =>
        !organiser.IsOrganiser ? AccessErrors.NotAllowed : draft.Error();

    /// <summary>
    /// Whom the filter finds, in the guest list's order, split into those who get the message and those left out: not
    /// invited yet, withdrawn, passed on to a colleague, erased, asked not to be contacted, or without an email address.
    /// </summary>
    private static async Task<Plan?> PlanAsync(EventHubDbContext db, int eventId, GuestMessageDraft draft, CancellationToken ct)
    {
        var @event = await db.Events.SingleOrDefaultAsync(e => e.Id == eventId, ct);
        if (@event is null)
        {
            return null;
        }

        var filter = draft.Filter with { Sort = GuestSort.Name, Descending = false };
        var found = await filter.Order(filter.Apply(db.Invitations.Where(i => i.EventId == eventId), db.OutboxMessages))
            .Include(i => i.Contact).ToListAsync(ct);
        var recipients = new List<Invitation>();
        var leftOut = new List<(Invitation Invitation, GuestMessageLeftOut Reason)>();
        foreach (var invitation in found)
        {
            if (ReasonToLeaveOut(invitation) is { } reason)
            {
                leftOut.Add((invitation, reason));
            }
            else
            {
                recipients.Add(invitation);
            }
        }

        return new Plan(@event, recipients, leftOut);
    }

    private static GuestMessageLeftOut? ReasonToLeaveOut(Invitation invitation) => invitation switch
    {
        { Contact.AnonymisedAtUtc: not null } => GuestMessageLeftOut.Erased,
        { Contact.DoNotInviteSinceUtc: not null } => GuestMessageLeftOut.DoNotContact,
        { Contact.HasEmail: false } => GuestMessageLeftOut.NoEmail,
        { Status: InvitationStatus.Listed } => GuestMessageLeftOut.NotInvitedYet,
        { Status: InvitationStatus.Cancelled } => GuestMessageLeftOut.Withdrawn,
        // Someone who passed the invitation on and came after all (let in at the door) was there: as every list counts them, they are written to.
        { Status: InvitationStatus.Substituted, CheckedInAtUtc: null } => GuestMessageLeftOut.PassedOn,
        _ => null,
    };

    private static async Task<IReadOnlyList<GuestMessageSummary>> SummariesAsync(EventHubDbContext db, IReadOnlyList<GuestMessage> messages, CancellationToken ct)
    {
        var organisationIds = messages.Select(m => m.FilterOrganisationId).OfType<int>().Distinct().ToList();
        var sessionIds = messages.Select(m => m.FilterSessionId).OfType<int>().Distinct().ToList();
        var organisations = await db.Organisations.Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var sessions = await db.Sessions.Where(s => sessionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Title, ct);
        return messages.Select(m => new GuestMessageSummary(
            m.Id, m.EventId, m.SentAtUtc, m.SenderName, m.SubjectEn, m.SubjectNl, m.Filter,
            m.FilterOrganisationId is { } o ? organisations.GetValueOrDefault(o) : null,
            m.FilterSessionId is { } s ? sessions.GetValueOrDefault(s) : null,
            m.RecipientCount, m.LeftOutCount)).ToList();
    }

    private sealed record Plan(Event Event, IReadOnlyList<Invitation> Recipients, IReadOnlyList<(Invitation Invitation, GuestMessageLeftOut Reason)> LeftOut);
}
