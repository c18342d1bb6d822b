using EventHub.App.Resources;
using EventHub.Core.Directory;
using Microsoft.Extensions.Localization;

namespace EventHub.App.Components.Shared;

/// <summary>Sector and sub-sector names in the person's language (resource keys <c>Sector_*</c>, <c>SubSector_*</c>).</summary>
public static class SectorText
{
    public static string Name(this IStringLocalizer<AppStrings> strings, Sector sector) => strings[$"Sector_{sector}"];

    public static string Name(this IStringLocalizer<AppStrings> strings, SubSector subSector) => strings[$"SubSector_{subSector}"];

    /// <summary>"Education · Primary" or just "Education".</summary>
    public static string Classification(this IStringLocalizer<AppStrings> strings, Sector sector, SubSector? subSector) =>
        subSector is { } sub ? $"{strings.Name(sector)} · {strings.Name(sub)}" : strings.Name(sector);

    /// <summary>Sub-sectors whose name contains <paramref name="search"/>, so "basis" finds primary schools.</summary>
    public static IReadOnlyList<SubSector> SubSectorsMatching(this IStringLocalizer<AppStrings> strings, string? search) =>
        string.IsNullOrWhiteSpace(search) || search.Trim().Length < 3
            ? []
            : Enum.GetValues<SubSector>()
                .Where(s => strings.Name(s).Contains(search.Trim(), StringComparison.CurrentCultureIgnoreCase))
                .ToList();
}
