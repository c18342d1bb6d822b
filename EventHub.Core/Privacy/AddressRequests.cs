using System.Globalization;
using System.Net;
using EventHub.Core.Audit;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Privacy;

/// <summary>
/// Answers an access or erasure request (GDPR art. 15 and 17) from someone known only by their email address: a colleague
/// or delegate a partner named who was refused or still waits for approval, someone emails were written to. Lists what is
/// held under the address, exports it, and erases what no contact owns (<see cref="AddressRecords"/>); contacts the address
/// leads to are listed, and answered on their own page. Admins only; the address is never written to the audit log.
/// </summary>
public sealed class AddressRequests(IDbContextFactory<EventHubDbContext> dbFactory, TimeProvider time)
{
    /// <summary>The audit log's kind for these requests; entries say what was done in numbers, never the address.</summary>
    public const string LoggedAs = "AddressRequest";

    public async Task<Result<AddressHoldings>> FindAsync(TeamMember actor, string? address, CancellationToken ct = default)
    {
        if (Refusal(actor, address) is { } refused)
        {
            return Result<AddressHoldings>.Failure(refused);
        }

        var normalized = TextNormalizer.ForEmail(address!);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var contacts = await AddressRecords.ContactsAsync(db, normalized, ct);
        var nominations = await AddressRecords.Nominations(db, normalized).AsNoTracking().OrderBy(n => n.CreatedAtUtc).ToListAsync(ct);
        var events = await EventTitlesAsync(db, nominations, ct);
        var emails = await ExportedEmailsAsync(db, normalized, ct);
        var mentions = await AddressRecords.MentionsAsync(db.OutboxMessages.AsNoTracking(), nominations.Select(n => n.InvitationId).ToList(),
            NamesIn(nominations, [], []), ct);
        var ids = nominations.Select(n => n.Id.ToString(CultureInfo.InvariantCulture)).ToList();
        var auditEntries = await db.AuditEntries.CountAsync(e => e.Kind == nameof(Nomination) && ids.Contains(e.RecordId), ct);
        var upper = normalized.ToUpperInvariant();
        var staff = await db.Users.AnyAsync(u => u.NormalizedEmail == upper, ct);
        return Result<AddressHoldings>.Success(new AddressHoldings(normalized, contacts,
            nominations.Select(n => Exported(n, events)).ToList(), emails, mentions.Count, auditEntries, staff));
    }

    /// <summary>The export as a ZIP: <c>address.json</c> (<see cref="AddressExport"/>) and <c>address.html</c>, readable in <paramref name="language"/>.</summary>
    public async Task<Result<ContactExportFile>> ExportAsync(TeamMember actor, string? address, Language language, CancellationToken ct = default)
    {
        var found = await FindAsync(actor, address, ct);
        if (!found.Succeeded)
        {
            return Result<ContactExportFile>.Failure(found.ErrorCode!, found.ErrorDetail);
        }

        var held = found.Value;
        var export = new AddressExport(time.GetUtcNow().UtcDateTime, held.Address, held.Contacts, held.Nominations, held.Emails);
        var file = AddressExportFile.Write(export, language);
        await AuditTrail.RecordExportAsync(dbFactory, LoggedAs, "-",
            AuditSummary.Of("AddressDataExported", held.Nominations.Count, held.Emails.Count, held.Contacts.Count), ct);
        return Result<ContactExportFile>.Success(file);
    }

    /// <summary>
    /// Erases, in one transaction, what no contact owns under the address: nominations forget the name and address typed
    /// (a waiting one is refused: no one can approve an invitation to an erased person, and the partner's seat is free
    /// again); emails to it are scrubbed, and fail for good if still waiting, so they are never sent; the notices to the
    /// partners who named them lose the name; the audit entries about those nominations lose the values. Contacts are left
    /// alone. Returns how many nominations and emails it erased.
    /// </summary>
    public async Task<Result<int>> EraseAsync(TeamMember actor, string? address, CancellationToken ct = default)
    {
        if (Refusal(actor, address) is { } refused)
        {
            return Result<int>.Failure(refused);
        }

        var normalized = TextNormalizer.ForEmail(address!);
        return await dbFactory.WriteAsync(async (db, token) =>
        {
            // The saves below erase a person: the audit log records them without the old values.
            db.AnonymisesContacts = true;
            var nominations = await AddressRecords.Nominations(db, normalized).ToListAsync(token);
            var emails = await AddressRecords.Emails(db, normalized).Include(m => m.Attachments).ToListAsync(token);
            if (nominations.Count == 0 && emails.Count == 0)
            {
                return Result<int>.Failure(PrivacyErrors.NothingToErase);
            }

            var names = NamesIn(nominations, emails.Select(m => m.ToName), [normalized]);
            foreach (var message in await AddressRecords.MentionsAsync(db.OutboxMessages, nominations.Select(n => n.InvitationId).ToList(), names, token))
            {
                message.ForgetNamed(names);
            }

            var typed = nominations.ToDictionary(n => n.Id, n => n.TypedValues);
            var now = time.GetUtcNow().UtcDateTime;
            foreach (var nomination in nominations)
            {
                if (nomination.Status == NominationStatus.AwaitingApproval)
                {
                    nomination.Refuse(actor, now);
                }

                nomination.ForgetPerson(Contact.AnonymousName, $"#{nomination.Id}", $"nomination-{nomination.Id}@{OutboxMessage.ErasedDomain}");
            }

            foreach (var message in emails)
            {
                message.Scrub($"message-{message.Id}@{OutboxMessage.ErasedDomain}", names.Scrub(message.Subject)!);
            }

            await AuditTrail.AnonymiseRecordsAsync(db, nameof(Nomination), typed, token);
            AuditTrail.Record(db, LoggedAs, "-", AuditAction.Anonymised,
                AuditSummary.Of("AddressErased", nominations.Count, emails.Count));
            return Result<int>.Success(nominations.Count + emails.Count);
        }, ct);
    }

    private static string? Refusal(TeamMember actor, string? address) =>
        !actor.IsAdmin ? PrivacyErrors.AdminsOnly
        : string.IsNullOrWhiteSpace(address) ? PrivacyErrors.AddressMissing
        : address.Trim().Length > Contact.EmailMaxLength || !address.Contains('@') ? PrivacyErrors.AddressInvalid
        : null;

    /// <summary>The values typed for the person with the other names and addresses given, as whole words, also as HTML writes them.</summary>
    private static WordScrubber NamesIn(IEnumerable<Nomination> nominations, IEnumerable<string?> names, IEnumerable<string?> addresses)
    {
        var values = nominations.Select(n => n.TypedValues).Aggregate(new PersonalValues([.. names], [.. addresses]), (all, typed) => all.And(typed));
        return new WordScrubber(new PersonalValues(AsInHtml(values.Names), AsInHtml(values.Others)), Contact.AnonymousName);
    }

    private static List<string?> AsInHtml(IEnumerable<string?> values) =>
        values.OfType<string>().SelectMany(v => new[] { v, WebUtility.HtmlEncode(v) }).ToList<string?>();

    private static async Task<Dictionary<int, string>> EventTitlesAsync(EventHubDbContext db, List<Nomination> nominations, CancellationToken ct)
    {
        var ids = nominations.Select(n => n.EventId).Distinct().ToList();
        return await db.Events.Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Title, ct);
    }

    private static ExportedNomination Exported(Nomination n, Dictionary<int, string> events) =>
        new(NominationRole.NamingContact, n.Kind, events.GetValueOrDefault(n.EventId, ""), n.FirstName, n.LastName, n.Email, n.Status, n.CreatedAtUtc);

    private static async Task<List<ExportedEmail>> ExportedEmailsAsync(EventHubDbContext db, string address, CancellationToken ct) =>
        (await AddressRecords.Emails(db, address).AsNoTracking()
            .OrderBy(m => m.CreatedAtUtc).ThenBy(m => m.Id)
            .Select(m => new { m.Subject, m.Kind, m.Status, m.CreatedAtUtc, m.SentAtUtc })
            .ToListAsync(ct))
        .Select(m => new ExportedEmail(OutboxLinkTokens.Masked(m.Subject), m.Kind, m.Status, m.CreatedAtUtc, m.SentAtUtc))
        .ToList();
}
