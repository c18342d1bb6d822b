using EventHub.App.Components.Shared;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Door;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace EventHub.App.Components.Pages.Invitations;

/// <summary>
/// Whom to add: a directory filter (organisation, sector, tag, search), everyone who attended an earlier event, or everyone
/// invited to another event (<see cref="InvitedElsewhereService"/>), all ticked, with who is left out and why counted
/// before the organiser adds them. Core checks every rule again on adding.
/// </summary>
public sealed partial class AddPeopleDialog
{
    private const int PageSize = 25;
    private OrganisationOption? _organisation;
    private Sector? _sector;
    private string? _search;
    private string? _tag;
    private IReadOnlyList<string> _tags = [];
    private int? _attendedEventId;
    private IReadOnlyList<AttendedEvent> _attendedEvents = [];
    private int? _invitedEventId;
    private bool _leaveOutDeclined;
    private IReadOnlyList<InvitedEvent> _invitedEvents = [];

    /// <summary>Who the chosen other event's list brings, and how many who declined it were left out; null for the other ways.</summary>
    private InviteesOfEvent? _invitees;
    private IReadOnlyList<AddCandidate>? _candidates;
    private IReadOnlyList<SectorCount> _balance = [];
    private SectorTargets _targets = SectorTargets.None;
    private readonly HashSet<int> _selected = [];
    private int _page;
    private UserAction _action = default!;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = default!;

    [Parameter, EditorRequired]
    public int EventId { get; set; }

    /// <summary>The event's sector-balance threshold, for the warning under the preview.</summary>
    [Parameter]
    public int Threshold { get; set; } = 50;

    private ContactQuery? Query => _organisation is null && _sector is null && _tag is null && string.IsNullOrWhiteSpace(_search)
        ? null
        : new ContactQuery(_search, _organisation?.Id, _sector, OrganisationTag: _tag);

    private IReadOnlyList<AddCandidate> Addable => _candidates?.Where(c => c.CanAdd).ToList() ?? [];

    /// <summary>Found, but on this event's list already (a second "add" of the same people adds nobody twice).</summary>
    private int AlreadyListed => _candidates?.Count(c => c.State == CandidateState.AlreadyOnList) ?? 0;

    private int LeftOut => _candidates?.Count(c => c.State == CandidateState.DoNotInvite) ?? 0;

    /// <summary>People on the other event's list who are no longer in the directory (erased, archived or merged since).</summary>
    private int NoLongerInDirectory => _invitees is { } invitees && _candidates is { } candidates ? invitees.ContactIds.Count - candidates.Count : 0;

    /// <summary>"Everyone who attended" and "everyone invited to" are lists of their own; the directory's filters wait meanwhile.</summary>
    private bool FromAnotherEvent => _attendedEventId is not null || _invitedEventId is not null;

    private int Pages => _candidates is null ? 0 : (_candidates.Count + PageSize - 1) / PageSize;

    /// <summary>The list's sector shares if the ticked people were added.</summary>
    private IReadOnlyList<SectorCount> BalanceAfter =>
        SectorBalance.WithAdded(_balance, _candidates?.Where(c => _selected.Contains(c.ContactId)).Select(c => c.Sector) ?? []);

    protected override void OnInitialized() => _action = new UserAction(Snackbar, L, CoreL);

    protected override async Task OnInitializedAsync()
    {
        _tags = await Organisations.ListTagsAsync();
        _attendedEvents = await CheckIns.AttendedEventsAsync(EventId);
        _invitedEvents = await InvitedElsewhere.EventsAsync(EventId);
        _balance = await Invitations.SectorBalanceAsync(EventId);
        _targets = await Targets.GetAsync();
    }

    private readonly LatestSearch<OrganisationOption> _organisationSearch = new();

    private Task<IEnumerable<OrganisationOption>> SearchOrganisationsAsync(string? search, CancellationToken ct) =>
        _organisationSearch.AnswerAsync(Organisations.PickAsync(search, ct: CancellationToken.None));

    private async Task ChangedAsync(Action change)
    {
        change();
        // "Everyone who attended" and "everyone invited to" are lists of their own; the other filters narrow the directory instead.
        _invitees = _invitedEventId is { } otherEventId ? await InvitedElsewhere.PeopleAsync(otherEventId, _leaveOutDeclined) : null;
        _candidates = _attendedEventId is { } pastEventId ? await Invitations.CandidatesAsync(EventId, await Invitations.AttendeesOfAsync(pastEventId))
            : _invitees is { } invitees ? await Invitations.CandidatesAsync(EventId, invitees.ContactIds)
            : Query is { } query ? await Invitations.CandidatesAsync(EventId, query)
            : null;
        _page = 0;
        SelectAll();
    }

    private void SelectAll()
    {
        _selected.Clear();
        _selected.UnionWith(Addable.Select(c => c.ContactId));
    }

    private void SelectNone() => _selected.Clear();

    private MudButton? _selectAllButton;
    private MudButton? _selectNoneButton;
    private MudButton? _focusAfterRender;

    /// <summary>Select all (or none) disables the button pressed: the focus goes to the other one, not out of the dialog.</summary>
    private void Press(Action select, MudButton? other)
    {
        select();
        _focusAfterRender = other;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_focusAfterRender is { } other)
        {
            _focusAfterRender = null;
            await other.FocusAsync();
        }
    }

    private void Choose(int contactId, bool on)
    {
        if (on)
        {
            _selected.Add(contactId);
        }
        else
        {
            _selected.Remove(contactId);
        }
    }

    private async Task AddAsync()
    {
        if (_selected.Count == 0 || _action.Busy)
        {
            return;
        }

        await _action.RunAsync(async () =>
        {
            // Core checks every rule again (do-not-invite, already on the list, the event still open) for exactly these people.
            var organiser = TeamMembers.Of((await Authentication).User);
            var added = await Invitations.AddAsync(EventId, _selected.ToList(), organiser);
            Dialog.Close(DialogResult.Ok(added.Succeeded ? added.Value : 0));
        });
    }

    /// <summary>"Alliantiedag · Tuesday 10 March 2027 · Cancelled (34 invited)": a cancelled meeting says so, as it is the one planned again.</summary>
    private string InvitedEventLabel(InvitedEvent other) =>
        $"{other.Title} · {EventDates.Days(other.StartUtc, other.EndUtc, other.TimeZoneId)}"
        + (other.Status == EventStatus.Cancelled ? $" · {CoreL.Name(other.Status)}" : "")
        + $" ({L.Plural("Invitations_InvitedCount", other.Invited)})";

    /// <summary>Opens the dialog; returns how many people were added, or null when nothing was.</summary>
    public static async Task<int?> ShowAsync(IDialogService dialogs, int eventId, int threshold)
    {
        var dialog = await dialogs.ShowAsync<AddPeopleDialog>("", new DialogParameters<AddPeopleDialog> { { d => d.EventId, eventId }, { d => d.Threshold, threshold } },
            new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true });
        return await dialog.Result is { Canceled: false, Data: int added } ? added : null;
    }
}
