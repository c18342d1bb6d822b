using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Directory;

public enum TimelineKind
{
    OrganisationAdded,
    ContactJoined,
    ContactLeft,
    RecordMerged,

    /// <summary>Someone of the organisation came to an event uninvited and was registered at the door (subject: "name · event").</summary>
    WalkedIn,
}

/// <summary>One thing that happened between the alliance and an organisation.</summary>
public sealed record TimelineEntry(DateTime AtUtc, TimelineKind Kind, string Subject, int? ContactId = null);

/// <summary>
/// An organisation's engagement with the alliance, newest first. Each kind of history has its own query here;
/// invitations, answers, attendance and action items join the same list when those features arrive.
/// </summary>
public sealed class OrganisationTimeline(IDbContextFactory<EventHubDbContext> dbFactory)
{
    public async Task<IReadOnlyList<TimelineEntry>> ForAsync(int organisationId, int max = 100, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entries = new List<TimelineEntry>();
        entries.AddRange(await AddedAsync(db, organisationId, ct));
        entries.AddRange(await MembershipsAsync(db, organisationId, ct));
        entries.AddRange(await MergesAsync(db, organisationId, ct));
        entries.AddRange(await WalkInsAsync(db, organisationId, ct));
        return entries.OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Kind).Take(max).ToList();
    }

    private static Task<List<TimelineEntry>> AddedAsync(EventHubDbContext db, int organisationId, CancellationToken ct) =>
        db.Organisations.Where(o => o.Id == organisationId)
            .Select(o => new TimelineEntry(o.CreatedAtUtc, TimelineKind.OrganisationAdded, o.Name, null))
            .ToListAsync(ct);

    private static async Task<IEnumerable<TimelineEntry>> MembershipsAsync(EventHubDbContext db, int organisationId, CancellationToken ct)
    {
        var memberships = await db.ContactAffiliations.Where(a => a.OrganisationId == organisationId)
            .Select(a => new { a.ContactId, Name = a.Contact.FirstName + " " + a.Contact.LastName, a.StartedAtUtc, a.EndedAtUtc })
            .ToListAsync(ct);
        return memberships.SelectMany(m => m.EndedAtUtc is { } ended
            ? new[]
            {
                new TimelineEntry(m.StartedAtUtc, TimelineKind.ContactJoined, m.Name, m.ContactId),
                new TimelineEntry(ended, TimelineKind.ContactLeft, m.Name, m.ContactId),
            }
            : [new TimelineEntry(m.StartedAtUtc, TimelineKind.ContactJoined, m.Name, m.ContactId)]);
    }

    private static Task<List<TimelineEntry>> MergesAsync(EventHubDbContext db, int organisationId, CancellationToken ct) =>
        db.DirectoryMerges.Where(m => m.Kind == MergeKind.Organisation && m.SurvivorId == organisationId)
            .Select(m => new TimelineEntry(m.MergedAtUtc, TimelineKind.RecordMerged, m.MergedName, null))
            .ToListAsync(ct);

    private static Task<List<TimelineEntry>> WalkInsAsync(EventHubDbContext db, int organisationId, CancellationToken ct) =>
        db.Invitations.Where(i => i.IsWalkIn && i.CheckedInAtUtc != null && i.Contact.OrganisationId == organisationId)
            .Select(i => new TimelineEntry(i.CheckedInAtUtc!.Value, TimelineKind.WalkedIn,
                i.Contact.FirstName + " " + i.Contact.LastName + " · " + i.Event.Title, i.ContactId))
            .ToListAsync(ct);
}
