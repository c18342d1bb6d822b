using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Events;

/// <summary>The shared list of themes events and outcomes are tagged with.</summary>
public sealed class ThemeService(IDbContextFactory<EventHubDbContext> dbFactory)
{
    public const string NameRequired = "Theme.NameRequired";
    public const string NameTaken = "Theme.NameTaken";
    public const string NotFound = "Theme.NotFound";

    /// <summary>The themes offered when tagging: archived ones left out.</summary>
    public async Task<IReadOnlyList<Theme>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Themes.AsNoTracking().Where(t => !t.IsArchived).OrderBy(t => t.Id).ToListAsync(ct);
    }

    /// <summary>Every theme for the themes page, archived ones last, each with the number of events tagged with it.</summary>
    public async Task<IReadOnlyList<ThemeUse>> ListWithUseAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var themes = await db.Themes.AsNoTracking().ToListAsync(ct);
        var events = await db.Events.SelectMany(e => e.Themes).GroupBy(t => t.Id)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return themes.OrderBy(t => t.IsArchived).ThenBy(t => t.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(t => new ThemeUse(t.Id, t.Name, t.DutchName, t.IsArchived, events.GetValueOrDefault(t.Id)))
            .ToList();
    }

    /// <summary>
    /// Adds a theme with its English and (optional) Dutch name, or returns the existing one with the same English name
    /// (giving it the Dutch name when it had none yet, and offering it again when it was archived).
    /// </summary>
    public async Task<Result<int>> AddAsync(string name, string? dutchName, TeamMember caller, CancellationToken ct = default)
    {
        if (!caller.IsOrganiser)
        {
            return Result<int>.Failure(AccessErrors.NotAllowed);
        }

        if (!IsValid(name, dutchName))
        {
            return Result<int>.Failure(NameRequired);
        }

        return await dbFactory.WriteAsync(async (db, token) =>
        {
            var normalized = TextNormalizer.ForUniqueness(name);
            if (await db.Themes.SingleOrDefaultAsync(t => t.NormalizedName == normalized, token) is { } existing)
            {
                if (existing.DutchName is null && !string.IsNullOrWhiteSpace(dutchName))
                {
                    existing.Rename(existing.Name, dutchName);
                }

                existing.Restore();
                await db.SaveChangesAsync(token);
                return Result<int>.Success(existing.Id);
            }

            var theme = new Theme(name, dutchName);
            db.Themes.Add(theme);
            await db.SaveChangesAsync(token);
            return Result<int>.Success(theme.Id);
        }, ct);
    }

    /// <summary>New English and Dutch names; the events and records tagged with the theme show the new names.</summary>
    public async Task<Result> RenameAsync(int id, string name, string? dutchName, TeamMember caller, CancellationToken ct = default)
    {
        if (!caller.IsOrganiser)
        {
            return Result.Failure(AccessErrors.NotAllowed);
        }

        if (!IsValid(name, dutchName))
        {
            return Result.Failure(NameRequired);
        }

        return await dbFactory.WriteAsync(async (db, token) =>
        {
            var theme = await db.Themes.SingleOrDefaultAsync(t => t.Id == id, token);
            if (theme is null)
            {
                return Result.Failure(NotFound);
            }

            var normalized = TextNormalizer.ForUniqueness(name);
            if (await db.Themes.AnyAsync(t => t.Id != id && t.NormalizedName == normalized, token))
            {
                return Result.Failure(NameTaken, name.Trim());
            }

            theme.Rename(name, dutchName);
            await db.SaveChangesAsync(token);
            return Result.Success();
        }, ct);
    }

    public Task<Result> ArchiveAsync(int id, TeamMember caller, CancellationToken ct = default) => ChangeAsync(id, caller, theme => theme.Archive(), ct);

    public Task<Result> RestoreAsync(int id, TeamMember caller, CancellationToken ct = default) => ChangeAsync(id, caller, theme => theme.Restore(), ct);

    private Task<Result> ChangeAsync(int id, TeamMember caller, Action<Theme> change, CancellationToken ct) =>
        !caller.IsOrganiser ? Task.FromResult(Result.Failure(AccessErrors.NotAllowed)) : dbFactory.WriteAsync(async (db, token) =>
        {
            var theme = await db.Themes.SingleOrDefaultAsync(t => t.Id == id, token);
            if (theme is null)
            {
                return Result.Failure(NotFound);
            }

            change(theme);
            await db.SaveChangesAsync(token);
            return Result.Success();
        }, ct);

    private static bool IsValid(string name, string? dutchName) =>
        !string.IsNullOrWhiteSpace(name) && name.Trim().Length <= Theme.NameMaxLength && !(dutchName?.Trim().Length > Theme.NameMaxLength);
}

/// <summary>A theme on the themes page: its names, whether it is archived, and how many events carry it.</summary>
public sealed record ThemeUse(int Id, string Name, string? DutchName, bool IsArchived, int EventCount);
