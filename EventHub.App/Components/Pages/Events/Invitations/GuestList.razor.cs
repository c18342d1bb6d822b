using EventHub.Core.Common;
using EventHub.Core.Invitations;
using EventHub.Core.Organisations;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EventHub.App.Components.Pages.Events.Invitations;

/// <summary>
/// The guest list's filters and grid. It injects nothing: the page hands it <see cref="Load"/> (the server query),
/// the counts per status and the actions, and reloads it through <see cref="ReloadAsync"/> when something changed.
/// </summary>
public partial class GuestList
{
    private const string AllStatuses = "all";

    private MudDataGrid<GuestListRow>? _grid;
    private InvitationStatus? _status;
    private Sector? _sector;
    private int? _sessionId;
    private bool? _hasNeeds;
    private string? _search;
    private GuestSort _sort = GuestSort.Name;
    private bool _descending;

    [Parameter, EditorRequired]
    public int EventId { get; set; }

    /// <summary>Fetches one page of the guest list for a query.</summary>
    [Parameter, EditorRequired]
    public Func<GuestQuery, CancellationToken, Task<Paged<GuestListRow>>> Load { get; set; } = default!;

    [Parameter, EditorRequired]
    public IReadOnlyDictionary<InvitationStatus, int> StatusCounts { get; set; } = new Dictionary<InvitationStatus, int>();

    [Parameter]
    public IReadOnlyList<SessionOption> Sessions { get; set; } = [];

    [Parameter]
    public bool Busy { get; set; }

    [Parameter]
    public EventCallback<GuestListRow> OnRemove { get; set; }

    [Parameter]
    public EventCallback<GuestListRow> OnAnswer { get; set; }

    [Parameter]
    public EventCallback<GuestListRow> OnResend { get; set; }

    [Parameter]
    public EventCallback<GuestListRow> OnCancel { get; set; }

    /// <summary>Resend to everyone the current filter finds (paging aside).</summary>
    [Parameter]
    public EventCallback<GuestQuery> OnBulkResend { get; set; }

    /// <summary>Cancel everyone the current filter finds (paging aside).</summary>
    [Parameter]
    public EventCallback<GuestQuery> OnBulkCancel { get; set; }

    private bool IsFiltered => _status is not null || _sector is not null || _sessionId is not null || _hasNeeds is not null || !string.IsNullOrWhiteSpace(_search);

    public Task ReloadAsync() => _grid?.ReloadServerData() ?? Task.CompletedTask;

    /// <summary>The filter as it stands, for the grid, the bulk actions and the export link.</summary>
    private GuestQuery Query(int page = 0, int pageSize = 25) =>
        new(_status, _sector, null, _sessionId, _hasNeeds, _search, _sort, _descending, page, pageSize);

    private async Task<GridData<GuestListRow>> LoadAsync(GridState<GuestListRow> state, CancellationToken ct)
    {
        var sortBy = state.SortDefinitions.FirstOrDefault();
        _sort = sortBy?.SortBy switch
        {
            nameof(GuestListRow.OrganisationName) => GuestSort.Organisation,
            nameof(GuestListRow.Status) => GuestSort.Status,
            _ => GuestSort.Name,
        };
        _descending = sortBy?.Descending ?? false;
        var page = await Load(Query(state.Page, state.PageSize), ct);
        return new GridData<GuestListRow> { Items = page.Items, TotalItems = page.TotalCount };
    }

    private Task StatusChangedAsync(string? value) =>
        ReloadAsync(() => _status = Enum.TryParse<InvitationStatus>(value, out var status) ? status : null);

    private Task SectorChangedAsync(Sector? sector) => ReloadAsync(() => _sector = sector);

    private Task SessionChangedAsync(int? sessionId) => ReloadAsync(() => _sessionId = sessionId);

    private Task NeedsChangedAsync(bool? hasNeeds) => ReloadAsync(() => _hasNeeds = hasNeeds);

    private Task SearchAsync(string? search) => ReloadAsync(() => _search = search);

    private async Task ReloadAsync(Action change)
    {
        change();
        await ReloadAsync();
    }

    private static Color ColorOf(InvitationStatus status) => status switch
    {
        InvitationStatus.Accepted => Color.Success,
        InvitationStatus.Declined or InvitationStatus.Cancelled => Color.Error,
        InvitationStatus.Waitlisted or InvitationStatus.Tentative => Color.Warning,
        _ => Color.Default,
    };
}
