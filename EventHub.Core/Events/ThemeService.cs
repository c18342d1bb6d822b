using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Events;

/// <summary>The shared list of themes events and outcomes are tagged with.</summary>
public sealed class ThemeService(IDbContextFactory<EventHubDbContext> dbFactory)
{
    public const string NameRequired = "Theme.NameRequired";

    public async Task<IReadOnlyList<Theme>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Themes.AsNoTracking().Where(t => !t.IsArchived).OrderBy(t => t.Id).ToListAsync(ct);
    }

    /// <summary>
    /// Adds a theme with its English and (optional) Dutch name, or returns the existing one with the same English name
    /// (giving it the Dutch name when it had none yet).
    /// </summary>
    public async Task<Result<int>> AddAsync(string name, string? dutchName = null, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > Theme.NameMaxLength || dutchName?.Trim().Length > Theme.NameMaxLength)
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
                    await db.SaveChangesAsync(token);
                }

                return Result<int>.Success(existing.Id);
            }

            var theme = new Theme(name, dutchName);
            db.Themes.Add(theme);
            await db.SaveChangesAsync(token);
            return Result<int>.Success(theme.Id);
        }, ct);
    }
}
