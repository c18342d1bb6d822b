using EventHub.App.Components.Shared;
using EventHub.Core.Actions;
using EventHub.Core.Events;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EventHub.App.Components.Pages.Actions;

/// <summary>
/// Every action item across events: filters with counts, a server-paged grid, overdue items highlighted. The filters
/// are kept in the address (all but the owner), so Back from an item, a bookmark or a shared link shows the same list.
/// </summary>
public partial class ActionTracker
{
    private const string AllStatuses = "all";

    private MudDataGrid<ActionRow>? _grid;
    private bool _loaded; // the grid's first page has come back
    private ActionCounts? _counts;
    private IReadOnlyList<Theme> _themes = [];
    private IReadOnlyList<EventOption> _events = [];
    private ActionItemStatus? _status;
    private OwnerOption? _owner;
    private readonly LatestSearch<OwnerOption> _ownerSearch = new();
    private int? _themeId;
    private int? _eventId;
    private bool _overdue;
    private string? _search;

    [Inject]
    private ActionTrackerService Tracker { get; set; } = default!;

    [Inject]
    private ThemeService Themes { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "status")]
    private string? StatusInAddress { get; set; }

    [SupplyParameterFromQuery(Name = "theme")]
    private int? ThemeInAddress { get; set; }

    [SupplyParameterFromQuery(Name = "event")]
    private int? EventInAddress { get; set; }

    [SupplyParameterFromQuery(Name = "overdue")]
    private bool? OverdueInAddress { get; set; }

    [SupplyParameterFromQuery(Name = "q")]
    private string? SearchInAddress { get; set; }

    private bool IsFiltered => _status is not null || _owner is not null || _themeId is not null || _eventId is not null || _overdue || !string.IsNullOrWhiteSpace(_search);

    protected override async Task OnInitializedAsync()
    {
        _status = Enum.TryParse<ActionItemStatus>(StatusInAddress, out var status) ? status : null;
        (_themeId, _eventId, _overdue, _search) = (ThemeInAddress, EventInAddress, OverdueInAddress ?? false, SearchInAddress);
        _themes = await Themes.ListAsync();
        _events = await Tracker.EventsAsync();
        // The filters' counts in the first paint too (the grid asks for its rows only once the circuit runs); they change
        // with the filters (ReloadAsync), not with the grid's page or order.
        _counts = await Tracker.CountsAsync(Query());
    }

    private ActionQuery Query(int page = 0, int pageSize = 25, ActionSort sort = ActionSort.DueOn, bool descending = false) =>
        new(_owner?.Id, _status, _overdue, _themeId, _eventId, _search, sort, descending, page, pageSize);

    private async Task<GridData<ActionRow>> LoadAsync(GridState<ActionRow> state, CancellationToken ct)
    {
        var sortBy = state.SortDefinitions.FirstOrDefault();
        var sort = sortBy?.SortBy switch
        {
            nameof(ActionRow.What) => ActionSort.What,
            nameof(ActionRow.OwnerOrganisation) => ActionSort.Owner,
            nameof(ActionRow.Status) => ActionSort.Status,
            nameof(ActionRow.EventTitle) => ActionSort.Event,
            nameof(ActionRow.UpdatedAtUtc) => ActionSort.UpdatedAt,
            _ => ActionSort.DueOn,
        };
        var query = Query(state.Page, state.PageSize, sort, sortBy?.Descending ?? false);
        var page = await Tracker.ListAsync(query, ct);
        _loaded = true;
        return new GridData<ActionRow> { Items = page.Items, TotalItems = page.TotalCount };
    }

    private Task<IEnumerable<OwnerOption>> SearchOwnersAsync(string? text, CancellationToken ct) =>
        _ownerSearch.AnswerAsync(Tracker.OwnersAsync(text, CancellationToken.None));

    private Task StatusChangedAsync(string? value) =>
        ReloadAsync(() => _status = Enum.TryParse<ActionItemStatus>(value, out var status) ? status : null);

    private Task OwnerChangedAsync(OwnerOption? owner) => ReloadAsync(() => _owner = owner);

    private Task ThemeChangedAsync(int? themeId) => ReloadAsync(() => _themeId = themeId);

    private Task EventChangedAsync(int? eventId) => ReloadAsync(() => _eventId = eventId);

    private Task OverdueChangedAsync(bool overdue) => ReloadAsync(() => _overdue = overdue);

    private Task SearchAsync(string? search) => ReloadAsync(() => _search = search);

    private async Task ReloadAsync(Action change)
    {
        change();
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["status"] = _status?.ToString(),
            ["theme"] = _themeId,
            ["event"] = _eventId,
            ["overdue"] = _overdue ? true : null,
            ["q"] = string.IsNullOrWhiteSpace(_search) ? null : _search,
        }), replace: true);
        _counts = await Tracker.CountsAsync(Query());
        if (_grid is not null)
        {
            await _grid.ReloadServerData();
        }
    }
}
