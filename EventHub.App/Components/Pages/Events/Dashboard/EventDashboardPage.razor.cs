using EventHub.Core.Engagement;
using EventHub.Core.Invitations;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EventHub.App.Components.Pages.Events.Dashboard;

/// <summary>One event's figures for organisers (<see cref="EventDashboardService"/>), updating live as answers and check-ins come in.</summary>
public partial class EventDashboardPage
{
    private bool _loading = true;
    private EventDashboard? _dashboard;
    private IDisposable? _subscription;

    [Parameter]
    public int Id { get; set; }

    [Inject]
    private EventDashboardService Dashboards { get; set; } = default!;

    [Inject]
    private InvitationNotifier Notifier { get; set; } = default!;

    /// <summary>As the summary's card: not called no-shows while they may still come.</summary>
    private string? NoShowsHeader => _dashboard?.Stage switch
    {
        AttendanceStage.Running => L["Attendance_NotYetIn"].Value,
        AttendanceStage.Ended => L["Dashboard_NoShows"].Value,
        _ => null,
    };

    private List<BreadcrumbItem> Breadcrumbs =>
    [
        new(L["Events_Title"], href: "events"),
        new(_dashboard?.Title ?? "", href: $"events/{Id}"),
    ];

    protected override async Task OnParametersSetAsync()
    {
        _loading = true;
        _dashboard = await Dashboards.ForAsync(Id);
        _loading = false;
        _subscription?.Dispose();
        // Answers and check-ins arrive on other requests; redraw on this circuit's own thread.
        _subscription = Notifier.Subscribe(Id, () => InvokeAsync(async () =>
        {
            _dashboard = await Dashboards.ForAsync(Id);
            StateHasChanged();
        }));
    }

    public void Dispose() => _subscription?.Dispose();
}
