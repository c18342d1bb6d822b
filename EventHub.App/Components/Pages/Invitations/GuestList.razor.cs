using System.Globalization;
using EventHub.App.Components.Shared;
using EventHub.App.Components.Pages.Invitations.Messages;
using EventHub.Core.Common;
using EventHub.Core.Invitations;
using EventHub.Core.Directory;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EventHub.App.Components.Pages.Invitations;

/// <summary>
/// The guest list's filters and grid. It injects only the clock (for the search box's pause) and MudBlazor's words for
/// its pager, which copies MudBlazor's: the page hands it
/// <see cref="Load"/> (the server query), the counts per status and the actions, and reloads it through
/// <see cref="ReloadAsync"/> when something changed.
/// </summary>
public sealed partial class GuestList : IDisposable
{
    private const string AllStatuses = "all";

    private static readonly int[] PageSizes = [25, 50, 100];

    private IReadOnlyList<GuestListRow> _rows = [];
    private int _total;
    private int _page;
    private int _pageSize = PageSizes[0];
    private bool _loading = true;
    private bool _loaded; // the list has been read at least once: until then, the number of guests is not known
    private CancellationTokenSource? _loadCancellation;
    private CancellationTokenSource? _typing;
    private InvitationStatus? _status;
    private Sector? _sector;
    private int? _sessionId;
    private bool? _hasNeeds;
    private bool? _checkedIn;
    private bool _notDelivered;
    private OrganisationOption? _organisation;
    private IReadOnlyDictionary<InvitationStatus, int> _statusCounts = new Dictionary<InvitationStatus, int>();
    private string? _search;
    private GuestSort _sort = GuestSort.Name;
    private bool _descending;

    private static readonly TimeSpan TypingPause = TimeSpan.FromMilliseconds(300);

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private MudLocalizer Mud { get; set; } = default!;

    [Parameter, EditorRequired]
    public int EventId { get; set; }

    /// <summary>Fetches one page of the guest list for a query.</summary>
    [Parameter, EditorRequired]
    public Func<GuestQuery, CancellationToken, Task<Paged<GuestListRow>>> Load { get; set; } = default!;

    /// <summary>Counts per status for a query (its status filter aside): the chips count what the other filters leave.</summary>
    [Parameter, EditorRequired]
    public Func<GuestQuery, CancellationToken, Task<IReadOnlyDictionary<InvitationStatus, int>>> CountStatuses { get; set; } = default!;

    /// <summary>The organisations of the people on the list, for the organisation filter.</summary>
    /// <summary>The event's time zone, for arrival times.</summary>
    [Parameter]
    public string TimeZoneId { get; set; } = EventTime.DefaultTimeZoneId;

    [Parameter]
    public IReadOnlyList<OrganisationOption> Organisations { get; set; } = [];

    [Parameter]
    public IReadOnlyList<SessionOption> Sessions { get; set; } = [];

    [Parameter]
    public bool Busy { get; set; }

    /// <summary>The event is published: its guests can be sent invitations, reminders and withdrawals (not once cancelled or over).</summary>
    [Parameter]
    public bool Inviting { get; set; } = true;

    [Parameter]
    public EventCallback<GuestListRow> OnRemove { get; set; }

    [Parameter]
    public EventCallback<GuestListRow> OnAnswer { get; set; }

    [Parameter]
    public EventCallback<GuestListRow> OnResend { get; set; }

    [Parameter]
    public EventCallback<GuestListRow> OnCancel { get; set; }

    /// <summary>Send a withdrawn invitation again (<see cref="GuestListRow.MayBeInvitedAgain"/>).</summary>
    [Parameter]
    public EventCallback<GuestListRow> OnInviteAgain { get; set; }

    [Parameter]
    public EventCallback<GuestListRow> OnCheckIn { get; set; }

    [Parameter]
    public EventCallback<GuestListRow> OnUndoCheckIn { get; set; }

    /// <summary>Resend to everyone the current filter finds (paging aside).</summary>
    [Parameter]
    public EventCallback<GuestQuery> OnBulkResend { get; set; }

    /// <summary>Remind everyone the current filter finds who has not answered yet (paging aside).</summary>
    [Parameter]
    public EventCallback<GuestQuery> OnBulkRemind { get; set; }

    /// <summary>Cancel everyone the current filter finds (paging aside).</summary>
    [Parameter]
    public EventCallback<GuestQuery> OnBulkCancel { get; set; }

    /// <summary>Invite again everyone withdrawn the current filter finds (paging aside): the filter shows the cancelled ones.</summary>
    [Parameter]
    public EventCallback<GuestQuery> OnBulkInviteAgain { get; set; }

    /// <summary>Write a message to everyone the current filter finds (paging aside), with the filter in words.</summary>
    [Parameter]
    public EventCallback<GuestSelection> OnMessage { get; set; }

    private bool IsFiltered => _status is not null || ActiveFilters > 0 || !string.IsNullOrWhiteSpace(_search);

    /// <summary>The phone's "Filters" panel is open (below 600 px; wider, the filters always show).</summary>
    private bool _filtersOpen;

    /// <summary>How many of the filters behind the phone's "Filters" button are in use (the search and the status chips show themselves).</summary>
    private int ActiveFilters =>
        new[] { _sector is not null, _organisation is not null, _sessionId is not null, _hasNeeds is not null, _checkedIn is not null, _notDelivered }
            .Count(inUse => inUse);

    private const string NoGuestsId = "guest-actions-none";

    /// <summary>The filter (or the event) has nobody: messaging and the bulk actions would act on no one.</summary>
    private bool NoGuests => _loaded && _total == 0;

    private string? WhyNot => NoGuests ? NoGuestsId : null;

    /// <summary>
    /// Messaging, the bulk actions and the export act on the guests the filter finds: not before the list has been read
    /// once, and not when the filter finds nobody. Later loads (a live answer, a new filter) keep them as they were.
    /// </summary>
    private bool Unavailable => Busy || !_loaded || NoGuests;

    private int LastPage => Math.Max(0, (_total - 1) / _pageSize);

    /// <summary>Loads the current page again (after an action changed the list), keeping the filter, sort and page.</summary>
    public Task ReloadAsync() => LoadAsync();

    protected override Task OnInitializedAsync() => LoadAsync();

    /// <summary>The filter as it stands, for the grid, the bulk actions and the export link.</summary>
    private GuestQuery Query(int page = 0, int pageSize = 25) =>
        new(_status, _sector, _organisation?.Id, _sessionId, _hasNeeds, _search, _sort, _descending, page, pageSize, _checkedIn, _notDelivered);

    private Task MessageAsync() => OnMessage.InvokeAsync(new GuestSelection(Query(),
        GuestFilterText.Describe(L, CoreL, Query(), _organisation?.Name, Sessions.FirstOrDefault(s => s.Id == _sessionId)?.Title)));

    /// <summary>One page and the counts per status for the filter as it stands; a newer load cancels an older one.</summary>
    private async Task LoadAsync()
    {
        // Cancelled, not disposed: the older load may still be reading its token.
        _loadCancellation?.Cancel();
        var cancellation = _loadCancellation = new CancellationTokenSource();
        var token = cancellation.Token;
        _loading = true;
        try
        {
            var query = Query(_page, _pageSize);
            var page = await Load(query, token);
            if (page.Items.Count == 0 && page.TotalCount > 0 && _page > 0)
            {
                // The page emptied (people removed or cancelled): show the last page that has rows.
                _page = Math.Max(0, (page.TotalCount - 1) / _pageSize);
                page = await Load(Query(_page, _pageSize), token);
            }
            var counts = await CountStatuses(query, token);
            token.ThrowIfCancellationRequested();
            // An erased guest's stand-in name in the reader's language, once per load: the cells, the buttons' labels and
            // the page's messages about a row all read it from here.
            var rows = page.Items.Select(row => row with { Name = CoreL.Person(row.Name) }).ToList();
            (_rows, _total, _statusCounts, _loaded) = (rows, page.TotalCount, counts, true);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return; // a newer load took over
        }
        finally
        {
            if (!cancellation.IsCancellationRequested)
            {
                _loading = false;
            }
        }
        StateHasChanged();
    }

    private Task SortAsync(GuestSort sort)
    {
        _descending = _sort == sort && !_descending;
        _sort = sort;
        _page = 0;
        return LoadAsync();
    }

    private Task GoToPageAsync(int page)
    {
        _page = Math.Clamp(page, 0, LastPage);
        return LoadAsync();
    }

    private Task PageSizeChangedAsync(ChangeEventArgs e)
    {
        _pageSize = int.TryParse(e.Value?.ToString(), out var size) && PageSizes.Contains(size) ? size : PageSizes[0];
        _page = 0;
        return LoadAsync();
    }

    public void Dispose()
    {
        _loadCancellation?.Cancel();
        _loadCancellation?.Dispose();
        _typing?.Cancel();
        _typing?.Dispose();
    }

    private Task StatusChangedAsync(string? value) =>
        ReloadAsync(() => _status = Enum.TryParse<InvitationStatus>(value, out var status) ? status : null);

    private Task SectorChangedAsync(string? value) =>
        ReloadAsync(() => _sector = Enum.TryParse<Sector>(value, out var sector) ? sector : null);

    private Task SessionChangedAsync(string? value) =>
        ReloadAsync(() => _sessionId = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null);

    private Task NeedsChangedAsync(string? value) => ReloadAsync(() => _hasNeeds = YesNo(value));

    private Task OrganisationChangedAsync(OrganisationOption? organisation) => ReloadAsync(() => _organisation = organisation);

    private Task CheckedInChangedAsync(string? value) => ReloadAsync(() => _checkedIn = YesNo(value));

    private Task DeliveryChangedAsync(string? value) => ReloadAsync(() => _notDelivered = YesNo(value) == true);

    private ElementReference _filtersToggle;

    private void ToggleFilters() => _filtersOpen = !_filtersOpen;

    /// <summary>
    /// Every filter behind the phone's "Filters" button back to "All" (the search and the status stay), in one load. The
    /// button pressed goes away with the filters, so the focus moves to the "Filters" button beside it rather than being
    /// dropped to the top of the page (WCAG 2.4.3).
    /// </summary>
    private async Task ClearFiltersAsync()
    {
        await ReloadAsync(() =>
            (_sector, _organisation, _sessionId, _hasNeeds, _checkedIn, _notDelivered) = (null, null, null, null, null, false));
        await _filtersToggle.FocusAsync();
    }

    private static bool? YesNo(string? value) => bool.TryParse(value, out var yes) ? yes : null;

    private static string? YesNo(bool? value) => value switch { true => "true", false => "false", null => null };

    private Task<IEnumerable<OrganisationOption>> SearchOrganisations(string? text, CancellationToken ct) =>
        Task.FromResult(string.IsNullOrWhiteSpace(text)
            ? Organisations
            : Organisations.Where(o => o.Name.Contains(text.Trim(), StringComparison.CurrentCultureIgnoreCase)));

    /// <summary>Searches once the typing pauses, not at every key; a key typed during the pause starts it again.</summary>
    private void SearchTyped(ChangeEventArgs e)
    {
        _typing?.Cancel();
        _typing?.Dispose();
        _typing = new CancellationTokenSource();
        _ = SearchAfterThePauseAsync(e.Value?.ToString(), _typing.Token);
    }

    private async Task SearchAfterThePauseAsync(string? search, CancellationToken typing)
    {
        try
        {
            await Task.Delay(TypingPause, Time, typing);
            await InvokeAsync(() => ReloadAsync(() => _search = search));
        }
        catch (OperationCanceledException) when (typing.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            await DispatchExceptionAsync(exception);
        }
    }

    /// <summary>A filter changed: back to the first page.</summary>
    private Task ReloadAsync(Action change)
    {
        change();
        _page = 0;
        return LoadAsync();
    }
}
