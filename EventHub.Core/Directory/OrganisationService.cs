using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Directory;

/// <summary>Keeping the directory's organisations: list, read, create, edit, archive.</summary>
public sealed class OrganisationService(IDbContextFactory<EventHubDbContext> dbFactory, TimeProvider time)
{
    public async Task<Paged<OrganisationRow>> ListAsync(OrganisationQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var filtered = query.Apply(db.Organisations, db.Contacts);
        var total = await filtered.CountAsync(ct);
        var rows = await query.Order(filtered, db.Contacts)
            .Skip(query.Page * query.PageSize)
            .Take(query.PageSize)
            .Select(o => new OrganisationRow(
                o.Id,
                o.Name,
                o.Sector,
                o.SubSector,
                o.Neighbourhood,
                o.Website,
                db.Contacts.Count(c => c.OrganisationId == o.Id && !c.IsArchived && c.MergedIntoId == null),
                o.Tags.OrderBy(t => t.Name).Select(t => t.Name).ToList(),
                o.IsArchived))
            .ToListAsync(ct);
        return new Paged<OrganisationRow>(rows, total);
    }

    public async Task<OrganisationDetails?> GetAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var organisation = await db.Organisations.AsNoTracking().Include(o => o.Tags).SingleOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null)
        {
            return null;
        }

        var mergedInto = organisation.MergedIntoId is { } survivorId
            ? await db.Organisations.Where(o => o.Id == survivorId).Select(o => o.Name).SingleAsync(ct)
            : null;
        return new OrganisationDetails(organisation, mergedInto);
    }

    /// <summary>Live, active organisations whose name contains <paramref name="search"/>, for pickers.</summary>
    public async Task<IReadOnlyList<OrganisationOption>> PickAsync(string? search, int max = 20, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var options = db.Organisations.Where(o => !o.IsArchived && o.MergedIntoId == null);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var name = TextNormalizer.ForUniqueness(search);
            options = options.Where(o => o.NormalizedName.Contains(name));
        }

        return await options.OrderBy(o => o.NormalizedName).Take(max)
            .Select(o => new OrganisationOption(o.Id, o.Name, o.Sector))
            .ToListAsync(ct);
    }

    /// <summary>All tags in use on live organisations, for the tag filter.</summary>
    public async Task<IReadOnlyList<string>> ListTagsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tags = await db.OrganisationTags
            .GroupBy(t => t.NormalizedName)
            .Select(g => g.Min(t => t.Name)!)
            .ToListAsync(ct);
        return tags.Order(StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    public async Task<Result<int>> CreateAsync(OrganisationInput input, TeamMember caller, CancellationToken ct = default)
    {
        if (!caller.IsOrganiser)
        {
            return Result<int>.Failure(AccessErrors.NotAllowed);
        }

        if (DirectoryRules.Check(input) is [var invalid, ..])
        {
            return Result<int>.Failure(invalid.Code, invalid.Detail);
        }

        return await dbFactory.WriteAsync(async (db, token) =>
        {
            if (await FindByNameAsync(db, input.Name, exceptId: null, token) is { } existing)
            {
                return Result<int>.Failure(DirectoryErrors.DuplicateOrganisationName, existing.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            var organisation = new Organisation(input.Name, input.Sector, input.SubSector, time.GetUtcNow().UtcDateTime);
            Apply(organisation, input);
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync(token);
            return Result<int>.Success(organisation.Id);
        }, ct);
    }

    /// <summary>Changes the organisation's details; a form opened before another organiser's save is refused (<see cref="DirectoryErrors.ChangedMeanwhile"/>).</summary>
    public async Task<Result> UpdateAsync(int id, OrganisationInput input, TeamMember caller, CancellationToken ct = default)
    {
        if (!caller.IsOrganiser)
        {
            return Result.Failure(AccessErrors.NotAllowed);
        }

        if (DirectoryRules.Check(input) is [var invalid, ..])
        {
            return Result.Failure(invalid.Code, invalid.Detail);
        }

        return await dbFactory.WriteAsync(async (db, token) =>
        {
            // Two organisers saving at once on PostgreSQL: the second reads the first's save, and the check below holds.
            await RowLocks.LockAsync<Organisation>(db, id, token);
            var organisation = await db.Organisations.Include(o => o.Tags).SingleOrDefaultAsync(o => o.Id == id, token);
            if (organisation is null)
            {
                return Result.Failure(DirectoryErrors.NotFound);
            }

            if (organisation.MergedIntoId is not null)
            {
                return Result.Failure(DirectoryErrors.MergedRecord);
            }

            // Opened before another organiser saved it: saving would silently put back what they changed.
            if (input.StartedFrom is { } startedFrom && organisation.EditedState != startedFrom)
            {
                return Result.Failure(DirectoryErrors.ChangedMeanwhile);
            }

            if (await FindByNameAsync(db, input.Name, exceptId: id, token) is { } existing)
            {
                return Result.Failure(DirectoryErrors.DuplicateOrganisationName, existing.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            organisation.Rename(input.Name);
            organisation.Classify(input.Sector, input.SubSector);
            Apply(organisation, input);
            organisation.Touch(time.GetUtcNow().UtcDateTime);
            return Result.Success();
        }, ct);
    }

    public Task<Result> ArchiveAsync(int id, TeamMember caller, CancellationToken ct = default) =>
        ChangeAsync(id, caller, organisation => organisation.Archive(), ct);

    public Task<Result> RestoreAsync(int id, TeamMember caller, CancellationToken ct = default) =>
        ChangeAsync(id, caller, organisation => organisation.Restore(), ct);

    private Task<Result> ChangeAsync(int id, TeamMember caller, Action<Organisation> change, CancellationToken ct) =>
        !caller.IsOrganiser ? Task.FromResult(Result.Failure(AccessErrors.NotAllowed)) : dbFactory.WriteAsync(async (db, token) =>
        {
            var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, token);
            if (organisation is null)
            {
                return Result.Failure(DirectoryErrors.NotFound);
            }

            if (organisation.MergedIntoId is not null)
            {
                return Result.Failure(DirectoryErrors.MergedRecord);
            }

            change(organisation);
            organisation.Touch(time.GetUtcNow().UtcDateTime);
            return Result.Success();
        }, ct);

    private static void Apply(Organisation organisation, OrganisationInput input)
    {
        var website = string.IsNullOrWhiteSpace(input.Website) ? null : DirectoryRules.NormalizeWebsite(input.Website);
        organisation.Describe(website, input.Notes);
        organisation.Locate(input.Address, input.Neighbourhood);
        organisation.Retag(input.Tags);
        organisation.UseEmailDomains(input.EmailDomains);
    }

    private static async Task<int?> FindByNameAsync(EventHubDbContext db, string name, int? exceptId, CancellationToken ct)
    {
        var normalized = TextNormalizer.ForUniqueness(name);
        return await db.Organisations
            .Where(o => o.NormalizedName == normalized && o.MergedIntoId == null && o.Id != exceptId)
            .Select(o => (int?)o.Id)
            .FirstOrDefaultAsync(ct);
    }
}

/// <summary>An organisation for a picker: enough to recognise it.</summary>
public sealed record OrganisationOption(int Id, string Name, Sector Sector);

/// <summary>An organisation with what its page shows besides its fields.</summary>
public sealed record OrganisationDetails(Organisation Organisation, string? MergedIntoName);
