using EventHub.App.Components.Shared;
using EventHub.App.Resources;
using EventHub.Core.Invitations;
using EventHub.Core.Texts;
using Microsoft.Extensions.Localization;

namespace EventHub.App.Components.Pages.Invitations;

/// <summary>Core's sector-balance warning (<see cref="SectorBalance"/>) as one sentence in the person's language, with Core's sector names.</summary>
public static class SectorBalanceText
{
    /// <param name="dominantKey">
    /// The text for a sector above the threshold, naming what it is a share of: the list (the default), those coming, the room.
    /// </param>
    public static string Describe(this IStringLocalizer<AppStrings> strings, SectorBalanceWarning warning, IStringLocalizer<CoreTexts> names,
        string dominantKey = "Invitations_WarningDominant")
    {
        var parts = new List<string>();
        if (warning.Missing.Count > 0)
        {
            parts.Add(strings["Invitations_WarningMissing", string.Join(", ", warning.Missing.Select(s => names.Name(s)))]);
        }

        if (warning.Dominant.Count > 0)
        {
            parts.Add(strings[dominantKey, string.Join(", ", warning.Dominant.Select(s => names.Name(s))), warning.Threshold]);
        }

        if (warning.Below.Count > 0)
        {
            parts.Add(strings["SectorTargets_WarningBelow", string.Join(", ", warning.Below.Select(s => names.Name(s)))]);
        }

        if (warning.Above.Count > 0)
        {
            parts.Add(strings["SectorTargets_WarningAbove", string.Join(", ", warning.Above.Select(s => names.Name(s)))]);
        }

        return string.Join(" ", parts);
    }
}
