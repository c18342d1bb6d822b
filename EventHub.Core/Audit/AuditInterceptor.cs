using System.Globalization;
using System.Runtime.CompilerServices;
using EventHub.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace EventHub.Core.Audit;

/// <summary>
/// Every save records who changed what: one <see cref="AuditEntry"/> per added, changed or deleted record, with old and
/// new values of the changed properties (sensitive ones only as "changed", see <see cref="AuditPolicy"/>), written in
/// the same transaction as the change. It reads only what the change tracker holds — never the database. A save that
/// erases people (<see cref="EventHubDbContext.AnonymisesContacts"/>) is recorded without any old values.
/// </summary>
/// <remarks>
/// Entries whose record already has its key are added to the same save. A record added now gets its key from the
/// database during the save (and records pointing at it their foreign key), so its entry is written just after, by a second save inside the same transaction: the
/// caller's, or one this interceptor opens before the save and commits after it (so a crash leaves both or neither).
/// It is registered after the other interceptors, so they have seen the save before its entries are written and its
/// transaction committed.
/// </remarks>
internal sealed class AuditInterceptor(TimeProvider time) : ISaveChangesInterceptor
{
    private const int ValueMaxLength = 500;

    private readonly ConditionalWeakTable<DbContext, Pending> _pending = new();

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && Collect(context) is { } waiting)
        {
            var owned = context.Database.CurrentTransaction is null ? context.Database.BeginTransaction() : null;
            _pending.AddOrUpdate(context, new Pending(waiting, owned));
        }

        return result;
    }

    public async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && Collect(context) is { } waiting)
        {
            var owned = context.Database.CurrentTransaction is null ? await context.Database.BeginTransactionAsync(cancellationToken) : null;
            _pending.AddOrUpdate(context, new Pending(waiting, owned));
        }

        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && Take(context) is { } pending)
        {
            using var owned = pending.Owned;
            context.AddRange(pending.Identified());
            context.SaveChanges();
            owned?.Commit();
        }

        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && Take(context) is { } pending)
        {
            await using var owned = pending.Owned;
            context.AddRange(pending.Identified());
            await context.SaveChangesAsync(cancellationToken);
            if (owned is not null)
            {
                await owned.CommitAsync(cancellationToken);
            }
        }

        return result;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Take(eventData.Context)?.Owned?.Dispose();

    public async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context)?.Owned is { } owned)
        {
            await owned.DisposeAsync();
        }
    }

    public void SaveChangesCanceled(DbContextEventData eventData) => Take(eventData.Context)?.Owned?.Dispose();

    public async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context)?.Owned is { } owned)
        {
            await owned.DisposeAsync();
        }
    }

    private Pending? Take(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending))
        {
            return null;
        }

        _pending.Remove(context);
        return pending;
    }

    /// <summary>
    /// Adds the entries of records whose key is known to this save; returns those of records that get their key from
    /// this save (null when there are none).
    /// </summary>
    private List<(AuditEntry Entry, EntityEntry Source)>? Collect(DbContext context)
    {
        if (context.ChangeTracker.AutoDetectChangesEnabled)
        {
            context.ChangeTracker.DetectChanges(); // the save detects changes only after its interceptors ran
        }

        var now = time.GetUtcNow().UtcDateTime;
        var actor = CurrentActor.Now;
        List<(AuditEntry, EntityEntry)>? waiting = null;
        List<AuditEntry>? ready = null;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry is { State: EntityState.Added, Entity: AuditEntry { AtUtc.Ticks: 0 } recorded })
            {
                recorded.Stamp(now, actor);
                continue;
            }

            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)
                || entry.Metadata.IsOwned()
                || AuditPolicy.SkippedKinds.Contains(entry.Metadata.ClrType.Name)
                || Describe(context, entry, now, actor) is not { } audit)
            {
                continue;
            }

            if (entry.Properties.Any(p => p.IsTemporary))
            {
                (waiting ??= []).Add((audit, entry));
            }
            else
            {
                (ready ??= []).Add(audit);
            }
        }

        if (ready is not null)
        {
            context.AddRange(ready);
        }

        return waiting;
    }

    private static AuditEntry? Describe(DbContext context, EntityEntry entry, DateTime now, AuditActor actor)
    {
        if (entry.Entity is IdentityUserRole<string> userRole)
        {
            return DescribeRole(context, entry, userRole, now, actor);
        }

        if (entry.Entity is IdentityUserToken<string> token)
        {
            return DescribeToken(context, entry, token, now, actor);
        }

        var kind = AuditPolicy.KindOf(entry.Metadata);
        var label = LabelOf(entry) ?? PrincipalLabels(entry);
        var contactId = ContactOf(kind, entry);
        var erasing = context is EventHubDbContext { AnonymisesContacts: true };
        if (entry.State == EntityState.Modified && (erasing || IsAnonymising(entry)))
        {
            return new AuditEntry(now, actor, kind, KeyOf(entry), AuditAction.Anonymised, label, contactId: contactId);
        }

        if (entry.State == EntityState.Deleted && erasing)
        {
            return new AuditEntry(now, actor, kind, KeyOf(entry), AuditAction.Deleted, label, contactId: contactId);
        }

        var changes = new List<AuditChange>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (property.Metadata.IsPrimaryKey() || AuditPolicy.IsLeftOut(name) || property.Metadata.IsShadowProperty() && property.Metadata.IsForeignKey())
            {
                continue;
            }

            var (old, @new) = entry.State switch
            {
                EntityState.Added => (null, property.CurrentValue),
                EntityState.Deleted => (property.OriginalValue, null),
                _ => property.IsModified ? (property.OriginalValue, property.CurrentValue) : (null, null),
            };
            if (entry.State == EntityState.Modified && (!property.IsModified || Equals(old, @new)))
            {
                continue;
            }

            if (entry.State != EntityState.Modified && (old ?? @new) is null)
            {
                continue;
            }

            changes.Add(AuditPolicy.IsSensitive(kind, name)
                ? AuditChange.Hidden(name)
                : new AuditChange(name, Text(old), Text(@new)));
        }

        if (entry.State == EntityState.Modified && changes.Count == 0)
        {
            return null;
        }

        var action = entry.State switch
        {
            EntityState.Added => AuditAction.Added,
            EntityState.Deleted => AuditAction.Deleted,
            _ => AuditAction.Modified,
        };
        return new AuditEntry(now, actor, kind, KeyOf(entry), action, label, changes, contactId: contactId);
    }

    /// <summary>A role given or taken is recorded as a change of the user: "Role: — → Organiser".</summary>
    private static AuditEntry? DescribeRole(DbContext context, EntityEntry entry, IdentityUserRole<string> userRole, DateTime now, AuditActor actor)
    {
        if (entry.State == EntityState.Modified)
        {
            return null;
        }

        var role = context.ChangeTracker.Entries<IdentityRole>().FirstOrDefault(r => r.Entity.Id == userRole.RoleId)?.Entity.Name ?? userRole.RoleId;
        var user = context.ChangeTracker.Entries().FirstOrDefault(e => e.Metadata.ClrType.Name == "AppUser" && Equals(e.Property("Id").CurrentValue, userRole.UserId));
        var added = entry.State == EntityState.Added;
        return new AuditEntry(now, actor, "User", userRole.UserId, AuditAction.Modified, user is null ? userRole.UserId : LabelOf(user) ?? userRole.UserId,
            [new AuditChange(AuditChange.RoleProperty, added ? null : role, added ? role : null)]);
    }

    /// <summary>
    /// One of Identity's sign-in keys under an account (the authenticator key, the recovery codes) set up, replaced or
    /// removed is recorded as a change of the account, by the key's name and never its value: "AuthenticatorKey" with
    /// an empty old value when it was there before and an empty new value when it is there after.
    /// </summary>
    private static AuditEntry DescribeToken(DbContext context, EntityEntry entry, IdentityUserToken<string> token, DateTime now, AuditActor actor)
    {
        var user = context.ChangeTracker.Entries().FirstOrDefault(e => e.Metadata.ClrType.Name == "AppUser" && Equals(e.Property("Id").CurrentValue, token.UserId));
        var change = new AuditChange(token.Name, entry.State == EntityState.Added ? null : "", entry.State == EntityState.Deleted ? null : "", Sensitive: true);
        return new AuditEntry(now, actor, "User", token.UserId, AuditAction.Modified, user is null ? "" : LabelOf(user) ?? "", [change]);
    }

    /// <summary>A contact (or other record with a personal-data stamp) being anonymised: its old values must not be copied.</summary>
    private static bool IsAnonymising(EntityEntry entry) =>
        entry.Metadata.FindProperty("AnonymisedAtUtc") is not null
        && entry.Property("AnonymisedAtUtc") is { IsModified: true, OriginalValue: null, CurrentValue: not null };

    private static string KeyOf(EntityEntry entry) =>
        string.Join("/", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Text(entry.Property(p.Name).CurrentValue)));

    private static int? ContactOf(string kind, EntityEntry entry)
    {
        if (kind == "Contact")
        {
            return entry.Property("Id").CurrentValue as int?;
        }

        var property = entry.Metadata.GetProperties().FirstOrDefault(p => p.Name.EndsWith("ContactId", StringComparison.Ordinal));
        return property is null ? null : entry.Property(property.Name).CurrentValue as int?;
    }

    /// <summary>The record's own name: its display name, name or title, first and last name, or email.</summary>
    private static string? LabelOf(EntityEntry entry)
    {
        if (entry.Metadata.FindProperty("FirstName") is not null && entry.Metadata.FindProperty("LastName") is not null)
        {
            var full = $"{entry.Property("FirstName").CurrentValue} {entry.Property("LastName").CurrentValue}".Trim();
            if (full.Length > 0)
            {
                return full;
            }
        }

        foreach (var name in AuditPolicy.LabelProperties)
        {
            if (entry.Metadata.FindProperty(name) is not null && entry.Property(name).CurrentValue is string { Length: > 0 } value)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>For a record without a name (an invitation): the names of the records it belongs to that are loaded.</summary>
    private static string PrincipalLabels(EntityEntry entry) =>
        string.Join(" · ", entry.References
            .Select(r => r.TargetEntry is { } target ? LabelOf(target) : null)
            .OfType<string>());

    private static string? Text(object? value)
    {
        var text = value switch
        {
            null => null,
            DateTime d => d.ToString(AuditChange.TimeFormat, CultureInfo.InvariantCulture),
            DateTimeOffset d => d.ToString(AuditChange.TimeFormat + " zzz", CultureInfo.InvariantCulture),
            DateOnly d => d.ToString(AuditChange.DateFormat, CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        return text is { Length: > ValueMaxLength } ? text[..ValueMaxLength] + "…" : text;
    }

    private sealed record Pending(List<(AuditEntry Entry, EntityEntry Source)> Waiting, IDbContextTransaction? Owned)
    {
        /// <summary>The waiting entries with their records' keys, which the save has just given them.</summary>
        public IEnumerable<AuditEntry> Identified() => Waiting.Select(w =>
        {
            if (w.Source.Entity is not (IdentityUserRole<string> or IdentityUserToken<string>))
            {
                w.Entry.IdentifyRecord(KeyOf(w.Source), ContactOf(w.Entry.Kind, w.Source),
                    name => w.Source.Metadata.FindProperty(name) is null ? null : Text(w.Source.Property(name).CurrentValue));
            }

            return w.Entry;
        });
    }
}
