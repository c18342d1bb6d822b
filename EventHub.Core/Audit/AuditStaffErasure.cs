using System.Runtime.CompilerServices;
using System.Text.Json;
using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Audit;

/// <summary>
/// Takes a removed staff account's name and addresses out of the audit log, for the caller's save: the entries the
/// person made say <see cref="RemovedAccount.Name"/> for who made them; the entries about the account itself (its
/// name, address and sign-in settings, Identity's keys under its id) lose every former value, in labels and values;
/// and elsewhere the values that named them as a colleague who did something (<see cref="AuditPolicy.StaffNameProperties"/>:
/// "checked in by", "updated by", an event's contact) are replaced where they name them whole, and where the entry holds
/// the account beside the name, only where it is theirs. Other text — an event description, a contact or a colleague
/// who happens to share the name — is left as it was.
/// </summary>
public static class AuditStaffErasure
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task ForgetAsync(EventHubDbContext db, string userId, IReadOnlyCollection<string> formerValues, CancellationToken ct)
    {
        await db.AuditEntries.Where(e => e.ActorId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ActorName, RemovedAccount.Name), ct);

        var prefix = userId + "/";
        var kinds = AuditPolicy.AccountKinds.ToList();
        var about = await db.AuditEntries
            .Where(e => kinds.Contains(e.Kind) && (e.RecordId == userId || e.RecordId.StartsWith(prefix)))
            .ToListAsync(ct);
        // The names and addresses the account had before, as the log kept them, go as well.
        var values = formerValues
            .Concat(about.Where(e => e.Kind == "User").SelectMany(e => e.Changes)
                .Where(c => !c.Sensitive && AuditPolicy.PersonalAccountProperties.Contains(c.Property))
                .SelectMany(c => new[] { c.Old, c.New }).OfType<string>())
            .Select(v => v.Trim()).Where(v => v.Length >= 2)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var scrubber = new WordScrubber(values, RemovedAccount.Name);
        foreach (var entry in about)
        {
            entry.Scrub(scrubber, _ => true);
        }

        var naming = await NamingAsync(db, values, ct);
        foreach (var entry in naming.Where(e => !about.Contains(e)))
        {
            entry.ReplaceWholeValues(AuditPolicy.StaffNameProperties, values, RemovedAccount.Name, userId);
        }
    }

    /// <summary>
    /// The entries whose changes hold one of the values as a whole text value, found in one query: the changes are kept
    /// as one JSON column, where such a value stands in quotes.
    /// </summary>
    private static async Task<List<AuditEntry>> NamingAsync(EventHubDbContext db, IReadOnlyCollection<string> values, CancellationToken ct)
    {
        if (values.Count == 0)
        {
            return [];
        }

        var patterns = values.Select(v => "%" + JsonSerializer.Serialize(v, Json).ToLowerInvariant() + "%").ToArray();
        var sql = "SELECT * FROM \"AuditEntries\" WHERE " + string.Join(" OR ", patterns.Select((_, i) => $"lower(\"Changes\") LIKE {{{i}}}"));
        return await db.AuditEntries.FromSql(FormattableStringFactory.Create(sql, patterns)).ToListAsync(ct);
    }
}
