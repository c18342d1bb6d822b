using EventHub.App.Components.Shared;
using EventHub.Core.Actions;
using EventHub.Core.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace EventHub.App.Components.Pages.Actions;

/// <summary>
/// The open action items of earlier events that share a theme with this event (or session) or whose owner is invited.
/// Progress recorded here goes into the item's history as reported back at <see cref="EventId"/>.
/// </summary>
public partial class ReportBackList
{
    private IReadOnlyList<ActionRow>? _items;
    private IReadOnlySet<int> _changeable = new HashSet<int>();
    private IReadOnlyDictionary<int, ActionHistoryEntry> _notes = new Dictionary<int, ActionHistoryEntry>();
    private int? _open;
    private bool _updatedMeanwhile;
    private UserAction _action = default!;
    private readonly Dictionary<int, MudButton> _toggles = [];
    private ElementReference _list;
    private int? _refocus;

    /// <summary>The event the items are reported back at.</summary>
    [Parameter, EditorRequired]
    public int EventId { get; set; }

    /// <summary>A session of that event: its outcome's themes count too.</summary>
    [Parameter]
    public int? SessionId { get; set; }

    [Inject]
    private ReportBackService ReportBack { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override void OnInitialized() => _action = new UserAction(Snackbar, L, CoreL);

    protected override Task OnParametersSetAsync() => ReloadAsync();

    /// <summary>
    /// A save closes the form that held the focus: the focus goes back to the item's "Record progress" button, or to the
    /// list when the item left it, rather than to the top of the page.
    /// </summary>
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_refocus is not { } id)
        {
            return;
        }

        _refocus = null;
        if (_items?.Any(i => i.Id == id) == true && _changeable.Contains(id) && _toggles.TryGetValue(id, out var toggle))
        {
            await toggle.FocusAsync();
        }
        else if (_items is { Count: > 0 })
        {
            await _list.FocusAsync();
        }
    }

    /// <summary>The items, and which of them this person may record progress on (facilitators: their own sessions' items).</summary>
    private async Task ReloadAsync()
    {
        var items = SessionId is { } sessionId ? await ReportBack.ForSessionAsync(sessionId) : await ReportBack.ForEventAsync(EventId);
        _changeable = await ReportBack.ChangeableByAsync(items, EventId, TeamMembers.Of((await AuthenticationState).User));
        _notes = await ReportBack.LatestNotesAsync(items.Select(i => i.Id).ToList());
        _items = items;
        foreach (var gone in _toggles.Keys.Where(id => !_changeable.Contains(id)).ToList())
        {
            _toggles.Remove(gone);
        }
    }

    private void Toggle(int id) => (_open, _updatedMeanwhile) = (_open == id ? null : id, false);

    private async Task RecordAsync(int id, ActionProgressInput input)
    {
        var member = TeamMembers.Of((await AuthenticationState).User);
        await _action.RunAsync(() => ReportBack.RecordProgressAsync(id, input, EventId, member), L["Actions_ProgressSaved"], result =>
        {
            // Closed once saved; refused, the form stays open with what was entered (over the newer version if it was stale).
            _updatedMeanwhile = result.ErrorCode == ActionErrors.Stale;
            _open = result.Succeeded ? null : _open;
            _refocus = result.Succeeded ? id : null;
            return ReloadAsync();
        }, saidOnPage: ActionErrors.Stale);
    }
}
