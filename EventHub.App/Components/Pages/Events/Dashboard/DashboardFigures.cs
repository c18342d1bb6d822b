using System.Globalization;
using EventHub.App.Components.Shared;
using EventHub.App.Components.Shared.Charts;
using EventHub.App.Resources;
using EventHub.Core.Directory;
using EventHub.Core.Engagement;
using EventHub.Core.Invitations;
using EventHub.Core.Texts;
using Microsoft.Extensions.Localization;

namespace EventHub.App.Components.Pages.Events.Dashboard;

/// <summary>The dashboard's figures as <see cref="FigureData"/> in the reader's language: the numbers are Core's, only the words are the screen's.</summary>
public static class DashboardFigures
{
    /// <summary>A row's name: its sector ("no organisation" for none), or at the sub-sector level "sector · sub-sector" (or "sector, no sub-sector").</summary>
    public static string GroupName(this IStringLocalizer<AppStrings> strings, IStringLocalizer<CoreTexts> names, FunnelRow row, bool subSectorLevel) =>
        row.Sector is not { } sector ? strings["Invitations_NoSector"]
        : !subSectorLevel ? names.Name(sector)
        : row.SubSector is { } sub ? names.Classification(sector, sub)
        : strings["Dashboard_NoSubSector", names.Name(sector)];

    public static string SectorName(this IStringLocalizer<AppStrings> strings, IStringLocalizer<CoreTexts> names, Sector? sector) =>
        sector is { } s ? names.Name(s) : strings["Invitations_NoSector"];

    /// <summary>Invited, answered, accepted and attended (series) per sector (categories).</summary>
    public static FigureData Funnel(EventDashboard dashboard, IStringLocalizer<AppStrings> strings, IStringLocalizer<CoreTexts> names)
    {
        var rows = dashboard.BySector;
        FigureSeries Series(string key, Func<FunnelRow, int> value) => new(strings[key], rows.Select(r => (double?)value(r)).ToList());
        return new FigureData(strings["Directory_Sector"], rows.Select(r => strings.SectorName(names, r.Sector)).ToList(),
        [
            Series("Dashboard_Invited", r => r.Invited),
            Series("Dashboard_Answered", r => r.Answered),
            Series("Dashboard_Accepted", r => r.Accepted),
            Series("Dashboard_Attended", r => r.Attended),
        ]);
    }

    /// <summary>Declines per reason (series) in each sector that has any (categories); empty when nobody declined.</summary>
    public static FigureData Declines(EventDashboard dashboard, IStringLocalizer<AppStrings> strings, IStringLocalizer<CoreTexts> names)
    {
        var sectors = dashboard.Declines.Select(d => d.Sector).Distinct().ToList();
        var reasons = Enum.GetValues<DeclineReason>().Cast<DeclineReason?>().Append(null)
            .Where(reason => dashboard.Declines.Any(d => d.Reason == reason)).ToList();
        return new FigureData(strings["Directory_Sector"], sectors.Select(s => strings.SectorName(names, s)).ToList(),
            reasons.Select(reason => new FigureSeries(
                reason is { } r ? names.Name(r) : strings["Dashboard_NoReason"],
                sectors.Select(s => (double?)dashboard.Declines.Where(d => d.Sector == s && d.Reason == reason).Sum(d => d.Count)).ToList())).ToList());
    }

    /// <summary>Yes, maybe and no (series) per day (categories), in the event's time zone.</summary>
    public static FigureData AnswersPerDay(EventDashboard dashboard, IStringLocalizer<AppStrings> strings, CultureInfo culture)
    {
        var days = dashboard.AnswersPerDay;
        return new FigureData(strings["Dashboard_Day"], days.Select(d => d.Day.ToString("d MMM", culture)).ToList(),
        [
            new FigureSeries(strings["Dashboard_Yes"], days.Select(d => (double?)d.Yes).ToList()),
            new FigureSeries(strings["Dashboard_Maybe"], days.Select(d => (double?)d.Maybe).ToList()),
            new FigureSeries(strings["Dashboard_No"], days.Select(d => (double?)d.No).ToList()),
        ],
        days.Select(d => d.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList());
    }

    /// <summary>New and returning organisations (series) at the invited, accepted and attended stages (categories).</summary>
    public static FigureData Organisations(EventDashboard dashboard, IStringLocalizer<AppStrings> strings)
    {
        var stages = new[] { dashboard.Organisations.Invited, dashboard.Organisations.Accepted, dashboard.Organisations.Attended };
        return new FigureData(strings["Dashboard_Stage"], [strings["Dashboard_Invited"], strings["Dashboard_Accepted"], strings["Dashboard_Attended"]],
        [
            new FigureSeries(strings["Dashboard_New"], stages.Select(s => (double?)s.New).ToList()),
            new FigureSeries(strings["Dashboard_Returning"], stages.Select(s => (double?)s.Returning).ToList()),
        ]);
    }
}
