using System.Globalization;
using EventHub.App.Resources;
using EventHub.Core.Actions;
using EventHub.Core.Directory;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace EventHub.App.Components.Pages.Actions;

/// <summary>How action items read and look: status colours, due dates and who recorded an update.</summary>
public static class ActionText
{
    public static Color ColorOf(ActionItemStatus status) => status switch
    {
        ActionItemStatus.Done => Color.Success,
        ActionItemStatus.InProgress => Color.Info,
        ActionItemStatus.Dropped => Color.Default,
        _ => Color.Warning,
    };

    /// <summary>"Thu 10 Dec 2026" / "do 10 dec 2026".</summary>
    public static string Due(DateOnly dueOn) => dueOn.ToString("ddd d MMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>Who recorded an update: a team member's name, "the owner", or (for the owner's own page) "the alliance team".</summary>
    public static string Who(this IStringLocalizer<AppStrings> strings, ActionHistoryEntry entry) => entry.Source switch
    {
        ActionUpdateSource.Owner => strings["Actions_ByOwner"],
        // A removed colleague reads as the stand-in in the reader's language.
        _ => ErasedNames.Read(entry.By, CultureInfo.CurrentUICulture) ?? strings["Actions_ByTeam"],
    };
}
