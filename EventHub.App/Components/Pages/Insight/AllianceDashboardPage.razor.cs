using System.Globalization;
using EventHub.Core.Common;
using EventHub.Core.Engagement;

namespace EventHub.App.Components.Pages.Insight;

/// <summary>The quick picks of the date range.</summary>
public enum RangePick
{
    Last12Months,
    ThisYear,
    LastYear,
}

public partial class AllianceDashboardPage
{
    private AllianceDashboard? _dashboard;
    private string _from = "";
    private string _to = "";
    private int _notEngagedPage;

    private string RangeText => _dashboard is null ? "" : L["Alliance_RangeShown", _dashboard.From.ToString("d MMMM yyyy", CultureInfo.CurrentCulture), _dashboard.To.ToString("d MMMM yyyy", CultureInfo.CurrentCulture)];

    protected override async Task OnInitializedAsync() => await PickAsync(RangePick.Last12Months);

    /// <summary>The range of a quick pick, ending or starting around today in the alliance's time zone.</summary>
    public static (DateOnly From, DateOnly To) Range(RangePick pick, DateOnly today) => pick switch
    {
        RangePick.ThisYear => (new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31)),
        RangePick.LastYear => (new DateOnly(today.Year - 1, 1, 1), new DateOnly(today.Year - 1, 12, 31)),
        _ => (today.AddMonths(-12).AddDays(1), today),
    };

    private DateOnly Today => DateOnly.FromDateTime(EventTime.ToLocal(Time.GetUtcNow().UtcDateTime, EventTime.DefaultTimeZoneId));

    private async Task PickAsync(RangePick pick)
    {
        var (from, to) = Range(pick, Today);
        await LoadAsync(from, to);
    }

    private async Task FromChangedAsync(string value)
    {
        _from = value;
        if (Parse(value) is { } from && Parse(_to) is { } to)
        {
            await LoadAsync(from, to);
        }
    }

    private async Task ToChangedAsync(string value)
    {
        _to = value;
        if (Parse(_from) is { } from && Parse(value) is { } to)
        {
            await LoadAsync(from, to);
        }
    }

    private async Task LoadAsync(DateOnly from, DateOnly to)
    {
        _dashboard = await Dashboard.ForAsync(from, to);
        _notEngagedPage = 0;
        _from = Format(_dashboard.From);
        _to = Format(_dashboard.To);
    }

    private async Task NotEngagedPageAsync(int page)
    {
        if (_dashboard is not null)
        {
            _dashboard = _dashboard with { NotEngaged = await Dashboard.NotEngagedAsync(page) };
            _notEngagedPage = page;
        }
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Parse(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
