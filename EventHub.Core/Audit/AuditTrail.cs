using System.Globalization;
using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Audit;

/// <summary>
/// The audit log's small API for writes the change tracker does not see (<c>ExecuteUpdate</c>/<c>ExecuteDelete</c>),
/// for things done that change no record (exports), and for erasure. Everything here joins the caller's save, so it is
/// written in the same transaction as the work it records.
/// </summary>
public static class AuditTrail
{
    /// <summary>What erased values become in the log.</summary>
    public const string Anonymised = "[anonymised]";

    /// <summary>
    /// Records one entry for the caller's next save; the time and the actor are stamped when it is saved.
    /// <paramref name="summary"/> says what was done with numbers (ids, counts), never names; the log reads it in its reader's language.
    /// </summary>
    public static void Record(EventHubDbContext db, string kind, object recordId, AuditAction action, AuditSummary summary, string label = "", int? contactId = null) =>
        db.Add(new AuditEntry(default, AuditActor.System, kind, Convert.ToString(recordId, CultureInfo.InvariantCulture) ?? "",
            action, label, summary: summary.Write(), contactId: contactId));

    /// <summary>Records an export (a read that changes nothing) in a short write of its own, once the file is written.</summary>
    public static Task RecordExportAsync(
        IDbContextFactory<EventHubDbContext> dbFactory, string kind, object recordId, AuditSummary summary, CancellationToken ct, string label = "") =>
        dbFactory.WriteAsync((db, _) =>
        {
            Record(db, kind, recordId, AuditAction.Exported, summary, label);
            return Task.FromResult(true);
        }, ct);

    /// <summary>
    /// Replaces erased contacts' former values (names, email, phone, job title; by contact id) in the labels and text values
    /// of every entry about them, for the caller's save: a value that is one of them whole, in longer text as whole words.
    /// Entries say which contact they are about when written (<see cref="AuditEntry.ContactId"/>), so this reads only
    /// those, in one query however many contacts.
    /// </summary>
    /// <remarks>Earlier values the log holds (a name before it was corrected) are anonymised as well.</remarks>
    public static async Task AnonymiseContactsAsync(EventHubDbContext db, IReadOnlyDictionary<int, PersonalValues> formerValues, CancellationToken ct)
    {
        var ids = formerValues.Keys.ToList();
        var entries = await db.AuditEntries.Where(e => e.ContactId != null && ids.Contains(e.ContactId.Value)).ToListAsync(ct);
        foreach (var about in entries.GroupBy(e => e.ContactId!.Value))
        {
            Scrub(db, about.ToList(), formerValues[about.Key]);
        }
    }

    /// <summary>
    /// Replaces an erased person's former values in the entries about records that name them without being their contact
    /// (a nomination that typed their name, a merge that kept their duplicate's name), for the caller's save. Found by
    /// kind and record id, so entries written before the record was linked to a contact are found as well.
    /// </summary>
    public static async Task AnonymiseRecordsAsync(EventHubDbContext db, string kind, IReadOnlyDictionary<int, PersonalValues> formerValues, CancellationToken ct)
    {
        if (formerValues.Count == 0)
        {
            return;
        }

        var ids = formerValues.Keys.Select(id => id.ToString(CultureInfo.InvariantCulture)).ToList();
        var entries = await db.AuditEntries.Where(e => e.Kind == kind && ids.Contains(e.RecordId)).ToListAsync(ct);
        foreach (var about in entries.GroupBy(e => e.RecordId))
        {
            Scrub(db, about.ToList(), formerValues[int.Parse(about.Key, CultureInfo.InvariantCulture)]);
        }
    }

    /// <summary>
    /// Hides, in the entries about these records of <paramref name="kind"/>, the values the log keeps only as "changed"
    /// now, for the caller's save: an erased person's feedback answers were recorded word for word before it did.
    /// </summary>
    public static async Task HideSensitiveValuesAsync(EventHubDbContext db, string kind, IReadOnlyCollection<int> recordIds, CancellationToken ct)
    {
        if (recordIds.Count == 0)
        {
            return;
        }

        var ids = recordIds.Select(id => id.ToString(CultureInfo.InvariantCulture)).ToList();
        foreach (var entry in await db.AuditEntries.Where(e => e.Kind == kind && ids.Contains(e.RecordId)).ToListAsync(ct))
        {
            entry.HideSensitiveValues();
        }
    }

    private static void Scrub(EventHubDbContext db, IReadOnlyList<AuditEntry> entries, PersonalValues formerValues)
    {
        var earlier = AuditPolicy.FormerValues(entries.Where(e => e.Kind == "Contact")
            .SelectMany(e => e.Changes)
            .Where(c => AuditPolicy.PersonalContactProperties.Contains(c.Property)));
        var scrubber = new WordScrubber(formerValues.And(earlier), Anonymised);
        foreach (var entry in entries)
        {
            entry.Scrub(scrubber, property => HoldsText(db, entry.Kind, property));
        }
    }

    /// <summary>
    /// Whether a property's values are text that may name a person; a status, a number or a date cannot, so "Refused" stays
    /// "Refused" whatever the person was called. Properties the model does not know (no longer mapped) count as text.
    /// </summary>
    private static bool HoldsText(EventHubDbContext db, string kind, string property) =>
        db.Model.GetEntityTypes().FirstOrDefault(t => AuditPolicy.KindOf(t) == kind)?.FindProperty(property) is not { } known
        || known.ClrType == typeof(string);

    /// <summary>Deletes the entries older than <paramref name="cutoffUtc"/> and records that it did; returns how many.</summary>
    public static async Task<int> DeleteOlderThanAsync(EventHubDbContext db, DateTime cutoffUtc, CancellationToken ct)
    {
        var deleted = await db.AuditEntries.Where(e => e.AtUtc < cutoffUtc).ExecuteDeleteAsync(ct);
        if (deleted > 0)
        {
            Record(db, nameof(AuditEntry), "-", AuditAction.BulkDeleted, AuditSummary.Of("EntriesDeleted", deleted, cutoffUtc));
        }

        return deleted;
    }
}
