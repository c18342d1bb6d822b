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
/// "checked in by", "updated by") are replaced where they name them whole, and where the entry holds the account beside
/// the name, only where it is theirs; an event's contact where the address beside the name was theirs
/// (<see cref="AuditPolicy.EventContact"/>). Other text — an event description, a contact or a colleague who happens to
/// share the name — is left as it was.
/// </summary>
public static class AuditStaffErasure
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <param name="names">The names the account has (and had, where the caller knows them).</param>
    /// <param name="addresses">Every address the account had or asked for.</param>
    public static async Task ForgetAsync(EventHubDbContext db, string userId, IReadOnlyCollection<string> names, IReadOnlyCollection<string> addresses,
        CancellationToken ct)
    {
        await db.AuditEntries.Where(e => e.ActorId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ActorName, RemovedAccount.Name), ct);

        var prefix = userId + "/";
        var kinds = AuditPolicy.AccountKinds.ToList();
        var about = await db.AuditEntries
            .Where(e => kinds.Contains(e.Kind) && (e.RecordId == userId || e.RecordId.StartsWith(prefix)))
            .ToListAsync(ct);
        // The names and addresses the account had before, as the log kept them, go as well.
        var former = AuditPolicy.FormerValues(about.Where(e => e.Kind == "User").SelectMany(e => e.Changes)
            .Where(c => !c.Sensitive && AuditPolicy.PersonalAccountProperties.Contains(c.Property)));
        var earlier = former.Names.Concat(former.Others).OfType<string>().ToList();
        var values = Set(names.Concat(addresses).Concat(earlier));
        var scrubber = new WordScrubber(new PersonalValues([.. names], [.. addresses]).And(former), RemovedAccount.Name);
        foreach (var entry in about)
        {
            entry.Scrub(scrubber, _ => true);
        }

        var naming = await NamingAsync(db, values, ct);
        foreach (var entry in naming.Where(e => !about.Contains(e)))
        {
            entry.ReplaceWholeValues(AuditPolicy.StaffNameProperties, values, RemovedAccount.Name, userId);
        }

        // An account's address is its sign-in name too; none of its names holds an @.
        var (contactKind, _, _) = AuditPolicy.EventContact;
        await ForgetEventContactAsync(db, naming.Where(e => e.Kind == contactKind).Select(e => e.RecordId).Distinct().ToList(),
            Set(names.Concat(earlier.Where(v => !v.Contains('@')))), Set(addresses.Concat(earlier.Where(v => v.Contains('@')))), ct);
    }

    /// <summary>
    /// The event's contact in the whole history of these events: each entry's name before and after the change is theirs
    /// where the address beside it then was one of theirs — read from the entry, or from the event's entries before or
    /// after it (an address that changed says what it was before). Only where the log holds no address for that moment (an
    /// event whose earlier entries were deleted after the retention period) is a name replaced because it is theirs whole.
    /// </summary>
    private static async Task ForgetEventContactAsync(EventHubDbContext db, List<string> eventIds, IReadOnlySet<string> names,
        IReadOnlySet<string> addresses, CancellationToken ct)
    {
        var (kind, _, email) = AuditPolicy.EventContact;
        var histories = (await db.AuditEntries.Where(e => e.Kind == kind && eventIds.Contains(e.RecordId)).ToListAsync(ct))
            .GroupBy(e => e.RecordId);
        foreach (var history in histories)
        {
            var entries = history.OrderBy(e => e.AtUtc).ThenBy(e => e.Id).ToList();
            var (before, after) = (new Address[entries.Count], new Address[entries.Count]);
            var known = Address.Unknown;
            for (var i = 0; i < entries.Count; i++)
            {
                var changed = entries[i].Changes.FirstOrDefault(c => c.Property == email && !c.Sensitive);
                (before[i], after[i]) = entries[i].Action switch
                {
                    AuditAction.Added => (new Address(true, null), new Address(true, changed?.New)),
                    AuditAction.Deleted => (new Address(true, changed?.Old), new Address(true, null)),
                    _ when changed is not null => (new Address(true, changed.Old), new Address(true, changed.New)),
                    _ => (known, known),
                };
                known = after[i];
            }

            // Backwards: an address that changed later says what it was until then.
            for (var i = entries.Count - 2; i >= 0; i--)
            {
                if (!after[i].Known && before[i + 1].Known)
                {
                    after[i] = before[i + 1];
                    before[i] = before[i].Known ? before[i] : after[i];
                }
            }

            for (var i = 0; i < entries.Count; i++)
            {
                entries[i].ReplaceEventContact(before[i].IsOneOf(addresses), after[i].IsOneOf(addresses), names, addresses, RemovedAccount.Name);
            }
        }
    }

    /// <summary>The event's contact address at one moment of its history, where the log knows it.</summary>
    private readonly record struct Address(bool Known, string? Value)
    {
        public static readonly Address Unknown = new(false, null);

        public bool? IsOneOf(IReadOnlySet<string> addresses) => Known ? Value is not null && addresses.Contains(Value.Trim()) : null;
    }

    private static HashSet<string> Set(IEnumerable<string> values) =>
        values.Select(v => v.Trim()).Where(v => v.Length >= 2).ToHashSet(StringComparer.OrdinalIgnoreCase);

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
