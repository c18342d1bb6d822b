using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Outbox;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Invitations;

/// <summary>What the organisers' personal message says, per language (empty when not written).</summary>
public sealed record InvitationMessage(string? English, string? Dutch);

/// <summary>
/// The invitation before it goes out: the organisers write its personal message in English and Dutch, see it exactly as a
/// Dutch and an English guest will (the same code that sends it, with the alliance's branding), and send a test to themselves.
/// </summary>
public sealed class InvitationComposer(IDbContextFactory<EventHubDbContext> dbFactory, SiteLinks links, TimeProvider time)
{
    public const string TestKind = "test";

    /// <summary>The link shown in previews and tests: a personal link is made for each guest only when their invitation is sent.</summary>
    public const string PreviewToken = "preview";

    public async Task<InvitationMessage?> MessageAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Events.Where(e => e.Id == eventId)
            .Select(e => new InvitationMessage(e.InvitationMessageEn, e.InvitationMessageNl))
            .SingleOrDefaultAsync(ct);
    }

    public async Task<Result> SaveMessageAsync(int eventId, InvitationMessage message, TeamMember organiser, CancellationToken ct = default)
    {
        if (!organiser.IsOrganiser)
        {
            return Result.Failure(AccessErrors.NotAllowed);
        }

        if (message.English?.Trim().Length > Event.InvitationMessageMaxLength || message.Dutch?.Trim().Length > Event.InvitationMessageMaxLength)
        {
            return Result.Failure(InvitationErrors.MessageTooLong, Event.InvitationMessageMaxLength.ToString());
        }

        return await dbFactory.WriteAsync(async (db, token) =>
        {
            var @event = await db.Events.SingleOrDefaultAsync(e => e.Id == eventId, token);
            if (@event is null)
            {
                return Result.Failure(InvitationErrors.NotFound);
            }

            @event.WriteInvitationMessage(message.English, message.Dutch);
            return Result.Success();
        }, ct);
    }

    /// <summary>
    /// The invitation as a guest reading <paramref name="language"/> gets it: addressed to the first such person on the list
    /// not yet invited (their name, organisation and delegate seats), or, when there is none, to the organiser.
    /// </summary>
    public async Task<Result<EmailPreview>> PreviewAsync(int eventId, Language language, TeamMember organiser, CancellationToken ct = default)
    {
        if (!organiser.IsOrganiser)
        {
            return Result<EmailPreview>.Failure(AccessErrors.NotAllowed);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var draft = await DraftAsync(db, eventId, language, organiser, await SelfAsync(db, organiser, ct), ct);
        return draft is null
            ? Result<EmailPreview>.Failure(InvitationErrors.NotFound)
            : Result<EmailPreview>.Success(EmailPreview.Of(draft, await BrandingAsync(db, ct), links.Root));
    }

    /// <summary>Queues the preview to the organiser's own address, its subject marked as a test; returns that address.</summary>
    public async Task<Result<string>> SendTestAsync(int eventId, Language language, TeamMember organiser, CancellationToken ct = default)
    {
        if (!organiser.IsOrganiser)
        {
            return Result<string>.Failure(AccessErrors.NotAllowed);
        }

        return await dbFactory.WriteAsync(async (db, token) =>
        {
            var self = await SelfAsync(db, organiser, token);
            var invitation = await DraftAsync(db, eventId, language, organiser, self, token);
            if (invitation is null || self is null)
            {
                return Result<string>.Failure(InvitationErrors.NotFound);
            }

            var test = new OutboxMessage(self.Email, self.FullName, $"[Test] {invitation.Subject}", invitation.Draft!, TestKind, time.GetUtcNow().UtcDateTime);
            db.OutboxMessages.Add(test);
            return Result<string>.Success(self.Email);
        }, ct);
    }

    /// <param name="self">The organiser as a contact (<see cref="SelfAsync"/>), addressed when no guest of that language is listed.</param>
    private async Task<OutboxMessage?> DraftAsync(EventHubDbContext db, int eventId, Language language, TeamMember organiser, Contact? self, CancellationToken ct)
    {
        var @event = await db.Events.AsNoTracking().AsSplitQuery().Include(e => e.Venue).Include(e => e.Sessions).ThenInclude(s => s.Room)
            .SingleOrDefaultAsync(e => e.Id == eventId, ct);
        if (@event is null)
        {
            return null;
        }

        var guest = await db.Invitations.AsNoTracking().Include(i => i.Contact).ThenInclude(c => c.Organisation)
            .Where(i => i.EventId == eventId && i.Status == InvitationStatus.Listed && i.Contact.PreferredLanguage == language)
            .OrderBy(i => i.Id).FirstOrDefaultAsync(ct);
        var invitation = guest ?? new Invitation(@event, Sample(organiser, language, self?.Email), time.GetUtcNow().UtcDateTime);
        // Not saved: the personal link and the footer's stop link are made for each guest when the invitation is sent.
        return InvitationEmails.Invitation(links, invitation, @event, links.Rsvp(PreviewToken), time.GetUtcNow().UtcDateTime);
    }

    /// <summary>The organiser as a contact (name, their account's address and language), to address previews and tests to.</summary>
    private async Task<Contact?> SelfAsync(EventHubDbContext db, TeamMember organiser, CancellationToken ct)
    {
        var account = await db.Users.AsNoTracking().Where(u => u.Id == organiser.UserId)
            .Select(u => new { u.Email, u.PreferredLanguage }).SingleOrDefaultAsync(ct);
        return account?.Email is null ? null : Sample(organiser, account.PreferredLanguage, account.Email);
    }

    private Contact Sample(TeamMember organiser, Language language, string? email = null)
    {
        var names = organiser.DisplayName.Trim().Split(' ', 2);
        return new Contact(names[0], names.Length > 1 ? names[1] : "", email ?? "organiser@eventhub.invalid", language, time.GetUtcNow().UtcDateTime);
    }

    private static async Task<EmailBranding> BrandingAsync(EventHubDbContext db, CancellationToken ct) =>
        await EmailBranding.CurrentAsync(db.EmailBranding, ct);
}
