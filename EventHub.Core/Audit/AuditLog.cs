using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EventHub.Core.Audit;

/// <summary>Reading the audit log (newest first, filtered, one page at a time) and keeping it no longer than the setting says.</summary>
public sealed class AuditLog(IDbContextFactory<EventHubDbContext> dbFactory, IOptions<PrivacyOptions> options, TimeProvider time)
{
    /// <summary>One page of entries, newest first. Admins only: anyone else reaching this is a programming error.</summary>
    public async Task<AuditPage> FindAsync(AuditFilter filter, int skip, int take, TeamMember reader, CancellationToken ct = default)
    {
        if (!reader.IsAdmin)
        {
            throw new UnauthorizedAccessException(AccessErrors.NotAllowed);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrEmpty(filter.ActorId))
        {
            query = filter.ActorId switch
            {
                SystemActor => query.Where(e => e.ActorKind == AuditActorKind.System),
                LostLinkFormActor => query.Where(e => e.ActorKind == AuditActorKind.LostLinkForm),
                // A removed account is no longer in the team to pick; what it did is kept under the stand-in.
                RemovedActor => query.Where(e => e.ActorKind == AuditActorKind.User && e.ActorName == RemovedAccount.Name),
                _ => query.Where(e => e.ActorId == filter.ActorId),
            };
        }

        var recordId = filter.RecordId?.Trim();
        if (filter.Kind == "User" && !string.IsNullOrEmpty(recordId))
        {
            // An account's whole history: also Identity's sign-in keys under its id, which the log kept as records of
            // their own before it recorded them as changes of the account.
            var kinds = AuditPolicy.AccountKinds.ToList();
            var under = recordId + "/";
            query = query.Where(e => kinds.Contains(e.Kind) && (e.RecordId == recordId || e.RecordId.StartsWith(under)));
        }
        else
        {
            if (!string.IsNullOrEmpty(filter.Kind))
            {
                query = query.Where(e => e.Kind == filter.Kind);
            }

            if (!string.IsNullOrEmpty(recordId))
            {
                query = query.Where(e => e.RecordId == recordId);
            }
        }

        if (filter.FromUtc is { } from)
        {
            query = query.Where(e => e.AtUtc >= from);
        }

        if (filter.ToUtc is { } to)
        {
            query = query.Where(e => e.AtUtc < to);
        }

        var total = await query.CountAsync(ct);
        var entries = await query.OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id)
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 200)).ToListAsync(ct);
        return new AuditPage(entries, total);
    }

    /// <summary>The kinds of record the log holds, for the filter.</summary>
    public async Task<IReadOnlyList<string>> KindsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.AuditEntries.Select(e => e.Kind).Distinct().OrderBy(k => k).ToListAsync(ct);
    }

    /// <summary>Deletes the entries older than <see cref="PrivacyOptions.AuditRetentionMonths"/>; returns how many.</summary>
    public Task<int> ApplyRetentionAsync(CancellationToken ct = default)
    {
        var cutoff = time.GetUtcNow().UtcDateTime.AddMonths(-options.Value.AuditRetentionMonths);
        return dbFactory.WriteAsync((db, token) => AuditTrail.DeleteOlderThanAsync(db, cutoff, token), ct);
    }

    /// <summary>
    /// The type of a recorded property (an enum, a date, yes or no), so a screen can show its stored text in the reader's
    /// language and time zone; null for a kind or property the model no longer has.
    /// </summary>
    public Type? TypeOf(string kind, string property)
    {
        if (_types is null)
        {
            using var db = dbFactory.CreateDbContext();
            _types = db.Model.GetEntityTypes()
                .SelectMany(t => t.GetProperties().Select(p => (Key: (AuditPolicy.KindOf(t), p.Name), Type: Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType)))
                .DistinctBy(p => p.Key)
                .ToDictionary(p => p.Key, p => p.Type);
        }

        return _types.GetValueOrDefault((kind, property));
    }

    /// <summary>The properties' types by kind and name: the same for every database and every reader.</summary>
    private static Dictionary<(string Kind, string Property), Type>? _types;

    /// <summary>
    /// The kind of record a recorded property points at (a contact's <c>OrganisationId</c>: <c>Organisation</c>), so a
    /// screen can name the record instead of giving its number; null for a property that points at nothing.
    /// </summary>
    public string? ReferenceOf(string kind, string property)
    {
        if (_references is null)
        {
            using var db = dbFactory.CreateDbContext();
            _references = db.Model.GetEntityTypes()
                .SelectMany(t => t.GetForeignKeys().Where(k => k.Properties.Count == 1)
                    .Select(k => (Key: (AuditPolicy.KindOf(t), k.Properties[0].Name), Kind: AuditPolicy.KindOf(k.PrincipalEntityType))))
                .DistinctBy(r => r.Key)
                .ToDictionary(r => r.Key, r => r.Kind);
        }

        return _references.GetValueOrDefault((kind, property));
    }

    private static Dictionary<(string Kind, string Property), string>? _references;

    /// <summary>
    /// The name the log last recorded for each of these records (an organisation's name, an event's title, a person's
    /// name as erasure left it); records it never named, or whose entries are past retention, are missing.
    /// </summary>
    public async Task<IReadOnlyDictionary<(string Kind, string RecordId), string>> NamesAsync(IEnumerable<(string Kind, string RecordId)> records, CancellationToken ct = default)
    {
        var names = new Dictionary<(string Kind, string RecordId), string>();
        var wanted = records.Distinct().GroupBy(r => r.Kind, r => r.RecordId).ToList();
        if (wanted.Count == 0)
        {
            return names;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        foreach (var kind in wanted)
        {
            var ids = kind.ToList();
            var latest = await db.AuditEntries.AsNoTracking()
                .Where(e => e.Kind == kind.Key && ids.Contains(e.RecordId) && e.Label != "")
                .GroupBy(e => e.RecordId)
                .Select(g => g.OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id).Select(e => new { e.RecordId, e.Label }).First())
                .ToListAsync(ct);
            foreach (var record in latest)
            {
                names[(kind.Key, record.RecordId)] = record.Label;
            }
        }

        return names;
    }

    /// <summary>The <see cref="AuditFilter.ActorId"/> that selects what the system did (background jobs).</summary>
    public const string SystemActor = "system";

    /// <summary>The <see cref="AuditFilter.ActorId"/> that selects the new links partners asked for ("lost your link?").</summary>
    public const string LostLinkFormActor = "lost-link-form";

    /// <summary>The <see cref="AuditFilter.ActorId"/> that selects what removed staff accounts did (<see cref="RemovedAccount"/>).</summary>
    public const string RemovedActor = "removed-account";
}

/// <summary>Who (a user's id, a link such as <c>invitation:12</c>, or <see cref="AuditLog.SystemActor"/>), what kind, which record, when.</summary>
public sealed record AuditFilter(string? ActorId = null, string? Kind = null, string? RecordId = null, DateTime? FromUtc = null, DateTime? ToUtc = null);

public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Total);
