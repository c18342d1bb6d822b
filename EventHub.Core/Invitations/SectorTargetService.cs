using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Invitations;

/// <summary>One sector's row on the admin page: no minimum and no maximum means "no target" (today's rule).</summary>
public sealed record SectorTargetInput(Sector Sector, int? MinPercent, int? MaxPercent);

/// <summary>Reads and keeps the alliance's target ranges per sector (<see cref="SectorTarget"/>); only admins change them.</summary>
public sealed class SectorTargetService(IDbContextFactory<EventHubDbContext> dbFactory, TimeProvider time)
{
    public async Task<SectorTargets> GetAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await ReadAsync(db, ct);
    }

    /// <summary>The targets as the rule reads them, inside a caller's context (the dashboards read them with their figures).</summary>
    internal static async Task<SectorTargets> ReadAsync(EventHubDbContext db, CancellationToken ct)
    {
        var rows = await db.SectorTargets.AsNoTracking().Select(t => new SectorRange(t.Sector, t.MinPercent, t.MaxPercent)).ToListAsync(ct);
        return rows.Count == 0 ? SectorTargets.None : new SectorTargets(rows.OrderBy(r => r.Sector).ToList());
    }

    /// <summary>
    /// Replaces every target: a sector with neither minimum nor maximum has none; one with only one of them gets 0 or 100 for the
    /// other. Refused when a range lies outside 0-100 %, its minimum is above its maximum, or the ranges together cannot be met.
    /// </summary>
    public async Task<Result> SaveAsync(TeamMember actor, IReadOnlyList<SectorTargetInput> input, CancellationToken ct = default)
    {
        if (!actor.IsAdmin)
        {
            return Result.Failure(SectorTargetErrors.AdminsOnly);
        }

        var ranges = input.Where(i => i.MinPercent is not null || i.MaxPercent is not null)
            .DistinctBy(i => i.Sector)
            .Select(i => new SectorRange(i.Sector, i.MinPercent ?? 0, i.MaxPercent ?? 100))
            .ToList();
        if (ranges.Select(r => SectorRange.Check(r.MinPercent, r.MaxPercent)).FirstOrDefault(e => e is not null) is { } error)
        {
            return Result.Failure(error);
        }

        if (!new SectorTargets(ranges).CanBeMet)
        {
            return Result.Failure(SectorTargetErrors.CannotBeMet);
        }

        return await dbFactory.WriteAsync(async (db, token) =>
        {
            var now = time.GetUtcNow().UtcDateTime;
            var existing = await db.SectorTargets.ToListAsync(token);
            db.SectorTargets.RemoveRange(existing.Where(e => ranges.All(r => r.Sector != e.Sector)));
            foreach (var range in ranges)
            {
                if (existing.FirstOrDefault(e => e.Sector == range.Sector) is { } target)
                {
                    target.Change(range.MinPercent, range.MaxPercent, now);
                }
                else
                {
                    db.SectorTargets.Add(new SectorTarget(range.Sector, range.MinPercent, range.MaxPercent, now));
                }
            }

            return Result.Success();
        }, ct);
    }
}
