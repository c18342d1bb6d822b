using System.Text.Json;
using EventHub.Core.Accounts;
using EventHub.Core.Audit;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Privacy;

/// <summary>The ZIP an admin hands over for an access request, with its file name.</summary>
public sealed record ContactExportFile(string FileName, byte[] Content);

/// <summary>
/// Answers an access request (GDPR art. 15): everything about one contact as a ZIP with <c>contact.json</c> (machine
/// readable, <see cref="ContactExport"/>) and <c>contact.html</c> (readable, in the admin's language). A handful of
/// queries whatever the number of rows, so a contact with years of history exports in a moment. Admins only.
/// </summary>
public sealed class ContactExportService(IDbContextFactory<EventHubDbContext> dbFactory, TimeProvider time)
{
    public const string JsonFileName = "contact.json";
    public const string HtmlFileName = "contact.html";

    public async Task<Result<ContactExportFile>> ExportAsync(TeamMember actor, int contactId, Language language, CancellationToken ct = default)
    {
        if (!actor.IsAdmin)
        {
            return Result<ContactExportFile>.Failure(PrivacyErrors.AdminsOnly);
        }

        var export = await ReadAsync(contactId, ct);
        if (export is null)
        {
            return Result<ContactExportFile>.Failure(PrivacyErrors.ContactNotFound);
        }

        var zip = ExportZip.Write(JsonFileName, export, HtmlFileName, ContactExportPage.Render(export, language));

        // Everything about a person left the system: recorded like the directory's and guest lists' exports.
        await AuditTrail.RecordExportAsync(dbFactory, "Contact", contactId, AuditSummary.Of("ContactDataExported"), ct);
        var day = EventTime.ToLocal(export.ExportedAtUtc, EventTime.DefaultTimeZoneId);
        return Result<ContactExportFile>.Success(new ContactExportFile($"contact-{contactId}-{day:yyyy-MM-dd}.zip", zip));
    }

    /// <summary>Reads the contact's data back from a <c>contact.json</c>; for tests and tools that process exports.</summary>
    public static ContactExport? ReadJson(string json) => JsonSerializer.Deserialize<ContactExport>(json, ExportZip.Json);

    private async Task<ContactExport?> ReadAsync(int contactId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var contact = await db.Contacts.AsNoTracking().Where(c => c.Id == contactId)
            .Select(c => new ExportedContact(c.Id, c.FirstName, c.LastName, c.Email, c.Phone, c.JobTitle,
                c.Organisation != null ? c.Organisation.Name : null, c.PreferredLanguage, c.Source, c.IsArchived,
                c.CreatedAtUtc, c.UpdatedAtUtc, c.DoNotInviteSinceUtc, c.AnonymisedAtUtc))
            .SingleOrDefaultAsync(ct);
        if (contact is null)
        {
            return null;
        }

        var memberships = await db.ContactAffiliations.AsNoTracking().Where(a => a.ContactId == contactId)
            .OrderBy(a => a.StartedAtUtc)
            .Select(a => new ExportedMembership(a.Organisation.Name, a.StartedAtUtc, a.EndedAtUtc))
            .ToListAsync(ct);
        var invitations = await db.Invitations.AsNoTracking().Where(i => i.ContactId == contactId)
            .OrderBy(i => i.Event.StartUtc)
            .Select(i => new
            {
                i.Id, Event = i.Event.Title, i.Event.StartUtc, i.Event.TimeZoneId, i.Status, i.SentAtUtc, i.AnsweredAtUtc,
                i.DeclineReason, i.DeclineNote, i.AccessNeeds, i.InterpretationLanguage, i.OtherNeeds, i.DietaryNeeds,
                i.CheckedInAtUtc, i.PrivacyNoticeVersion, i.PrivacyAcceptedAtUtc,
                Sessions = i.Choices.OrderBy(c => c.Session.StartUtc)
                    .Select(c => new ExportedSessionChoice(c.Session.Title, c.Session.StartUtc, c.Status)).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        var invitationIds = invitations.Select(i => i.Id).ToList();
        var delegates = (await db.Invitations.AsNoTracking()
                .Where(i => i.NominatedThroughId != null && invitationIds.Contains(i.NominatedThroughId.Value))
                .Select(i => new { By = i.NominatedThroughId!.Value, Name = i.Contact.FirstName + " " + i.Contact.LastName, i.Status })
                .ToListAsync(ct))
            .ToLookup(d => d.By, d => new ExportedDelegate(d.Name, d.Status));
        var actionItems = await db.ActionItems.AsNoTracking().Where(a => a.OwnerContactId == contactId)
            .OrderBy(a => a.CreatedAtUtc)
            .Select(a => new ExportedActionItem(a.What, a.Session.Event.Title, a.Session.Title, a.OwnerOrganisation.Name, a.DueOn, a.Status, a.CreatedAtUtc))
            .ToListAsync(ct);
        var nominations = await db.Nominations.AsNoTracking()
            .Where(n => invitationIds.Contains(n.InvitationId) || (n.NomineeInvitation != null && n.NomineeInvitation.ContactId == contactId))
            .OrderBy(n => n.CreatedAtUtc)
            .Select(n => new ExportedNomination(
                invitationIds.Contains(n.InvitationId) ? NominationRole.MadeByContact : NominationRole.NamingContact,
                n.Kind, n.Invitation.Event.Title, n.FirstName, n.LastName, n.Email, n.Status, n.CreatedAtUtc))
            .ToListAsync(ct);
        var address = contact.Email.ToLower();
        var emails = (await db.OutboxMessages.AsNoTracking()
                .Where(m => m.ToAddress.ToLower() == address || (m.InvitationId != null && invitationIds.Contains(m.InvitationId.Value)))
                .OrderBy(m => m.CreatedAtUtc).ThenBy(m => m.Id)
                .Select(m => new { m.Subject, m.Kind, m.Status, m.CreatedAtUtc, m.SentAtUtc })
                .ToListAsync(ct))
            .Select(m => new ExportedEmail(OutboxLinkTokens.Masked(m.Subject), m.Kind, m.Status, m.CreatedAtUtc, m.SentAtUtc))
            .ToList();

        var feedback = await db.FeedbackRequests.AsNoTracking()
            .Where(r => r.Invitation.ContactId == contactId && r.Answer != null)
            .OrderBy(r => r.Answer!.AnsweredAtUtc)
            .Select(r => new ExportedFeedback(r.Event.Title, r.Answer!.AnsweredAtUtc, r.Answer.UpdatedAtUtc, r.Answer.Heard, r.Answer.Worthwhile,
                r.Answer.RightMix, r.Answer.ShouldChange, r.Answer.NextStep))
            .ToListAsync(ct);

        return new ContactExport(
            time.GetUtcNow().UtcDateTime,
            contact,
            memberships,
            invitations.Select(i => new ExportedInvitation(
                i.Event, i.StartUtc, i.TimeZoneId, i.Status, i.SentAtUtc, i.AnsweredAtUtc, i.DeclineReason, i.DeclineNote,
                NeedsOf(i.AccessNeeds, i.InterpretationLanguage, i.OtherNeeds, i.DietaryNeeds), i.CheckedInAtUtc,
                i.PrivacyNoticeVersion, i.PrivacyAcceptedAtUtc, i.Sessions, delegates[i.Id].ToList())).ToList(),
            actionItems,
            nominations,
            emails,
            feedback);
    }

    private static ExportedNeeds? NeedsOf(AccessNeeds needs, string? interpretationLanguage, string? otherNeeds, string? dietaryNeeds) =>
        needs == AccessNeeds.None && interpretationLanguage is null && otherNeeds is null && dietaryNeeds is null
            ? null
            : new ExportedNeeds(
                Enum.GetValues<AccessNeeds>().Where(n => n != AccessNeeds.None && needs.HasFlag(n)).ToList(),
                interpretationLanguage, otherNeeds, dietaryNeeds);
}
