using EventHub.Core.Directory;
using EventHub.Core.Texts;
using Microsoft.Extensions.Localization;

namespace EventHub.App.Components.Shared;

/// <summary>Sector and sub-sector names as screens combine and search them (the names themselves are Core's).</summary>
public static class SectorText
{
    /// <summary>"Education · Primary" or just "Education".</summary>
    public static string Classification(this IStringLocalizer<CoreTexts> names, Sector sector, SubSector? subSector) =>
        subSector is { } sub ? $"{names.Name(sector)} · {names.Name(sub)}" : names.Name(sector);

    /// <summary>Sub-sectors whose name contains <paramref name="search"/>, so "basis" finds primary schools.</summary>
    public static IReadOnlyList<SubSector> SubSectorsMatching(this IStringLocalizer<CoreTexts> names, string? search) =>
        string.IsNullOrWhiteSpace(search) || search.Trim().Length < 3
            ? []
            : Enum.GetValues<SubSector>()
                .Where(s => names.Name(s).Contains(search.Trim(), StringComparison.CurrentCultureIgnoreCase))
                .ToList();
}
