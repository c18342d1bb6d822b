using EventHub.App.Components.Shared;
using EventHub.Core.Common;
using EventHub.Core.Events;
using EventHub.Core.Door;
using EventHub.Core.Invitations;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EventHub.App.Components.Pages.Invitations;

/// <summary>The organiser's invite list and guest list for one event, updating live as answers come in.</summary>
public partial class InvitationsPage
{
    private bool _loading = true;
    private UserAction _action = default!;
    private Event? _event;
    private ResponseCounts _counts = ResponseCounts.None;
    private ArrivalCounts _arrivals = ArrivalCounts.None;
    private ExpectedAcceptances? _expected;
    private IReadOnlyList<SectorCount> _balance = [];
    private SectorTargets _targets = SectorTargets.None;
    private IReadOnlyList<SessionFill> _sessionFill = [];
    private IReadOnlyDictionary<InvitationStatus, int> _statusCounts = new Dictionary<InvitationStatus, int>();
    private PlanningCounts _planning = new(PlanningGroup.Empty, PlanningGroup.Empty);
    private NeedsDeletion? _needsDeletion;
    private IReadOnlyList<SessionOption> _sessions = [];
    private IReadOnlyList<EventHub.Core.Directory.OrganisationOption> _organisations = [];
    private IReadOnlyList<PendingNomination> _nominations = [];
    private GuestList? _guestList;
    private IDisposable? _subscription;
    private TeamMember _member = default!;

    /// <summary>Invitations, reminders and withdrawals can go out: published and not over (<see cref="Event.SendsToGuests"/>).</summary>
    private bool SendsToGuests => _event?.SendsToGuests(Time.GetUtcNow().UtcDateTime) == true;

    [Parameter]
    public int Id { get; set; }

    [CascadingParameter]
    private Task<Microsoft.AspNetCore.Components.Authorization.AuthenticationState> Authentication { get; set; } = default!;

    [Inject]
    private EventService Events { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private InvitationService Invitations { get; set; } = default!;

    [Inject]
    private SectorTargetService Targets { get; set; } = default!;

    [Inject]
    private GuestListService Guests { get; set; } = default!;

    [Inject]
    private PhoneAnswerService PhoneAnswers { get; set; } = default!;

    [Inject]
    private NominationService Nominations { get; set; } = default!;

    [Inject]
    private CheckInService CheckIns { get; set; } = default!;

    [Inject]
    private InvitationNotifier Notifier { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private int ListedCount => _statusCounts.GetValueOrDefault(InvitationStatus.Listed);

    private bool CanInvite => _event?.IsOpenForChanges == true;

    /// <summary>
    /// The door's counts beside the answers once there is something to count: someone checked in, or a published (or
    /// ended) event begun. Before that "0 of 40 expected" would say nothing; a cancelled event has no door.
    /// </summary>
    private ArrivalCounts? Arrivals => _arrivals.InTheRoom > 0
        || (_event is { Status: EventStatus.Published or EventStatus.Closed or EventStatus.Archived } e && Time.GetUtcNow().UtcDateTime >= e.StartUtc)
        ? _arrivals : null;

    private List<BreadcrumbItem> Breadcrumbs =>
    [
        new(L["Events_Title"], href: "events"),
        new(_event?.Title ?? "", href: $"events/{Id}"),
    ];

    protected override void OnInitialized() => _action = new UserAction(Snackbar, L, CoreL);

    protected override async Task OnParametersSetAsync()
    {
        _loading = true;
        _member = TeamMembers.Of((await Authentication).User);
        await LoadEventAsync();
        await ReloadAsync();
        _loading = false;
        _subscription?.Dispose();
        // Answers arrive on other requests; redraw on this circuit's own thread.
        _subscription = Notifier.Subscribe(Id, () => InvokeAsync(async () =>
        {
            if (await Events.StatusAsync(Id) != _event?.Status)
            {
                await LoadEventAsync(); // another organiser cancelled or closed it: stop offering to invite
            }

            await ReloadAsync();
            StateHasChanged();
        }));
    }

    private async Task LoadEventAsync()
    {
        _event = await Events.GetAsync(Id);
        // Follows the event's end and the daily privacy job, not the answers: read with the event, not on every live update.
        _needsDeletion = await Guests.NeedsDeletionAsync(Id);
        _sessions = _event?.Sessions.Where(s => s.IsChoosable).OrderBy(s => s.StartUtc)
            .Select(s => new SessionOption(s.Id, s.Title, s.StartUtc, s.EndUtc, Full: false)).ToList() ?? [];
    }

    private async Task ReloadAsync()
    {
        _balance = await Invitations.SectorBalanceAsync(Id);
        _targets = await Targets.GetAsync();
        _sessionFill = await Invitations.SessionFillAsync(Id);
        _statusCounts = await Guests.StatusCountsAsync(Id);
        _counts = ResponseCounts.From(_statusCounts);
        _arrivals = await CheckIns.CountsAsync(Id); // check-ins tell the notifier as answers do, so these follow live too
        _expected = await Invitations.ExpectedAcceptancesAsync(Id);
        _planning = await Guests.PlanningCountsAsync(Id);
        _organisations = await Guests.OrganisationsAsync(Id);
        _nominations = await Nominations.PendingAsync(Id, _member);
        if (_guestList is not null)
        {
            await _guestList.ReloadAsync();
        }
    }

    private Task<Paged<GuestListRow>> LoadGuestsAsync(GuestQuery query, CancellationToken ct) => Guests.ListAsync(Id, query, ct);

    private Task<IReadOnlyDictionary<InvitationStatus, int>> CountGuestsAsync(GuestQuery query, CancellationToken ct) => Guests.StatusCountsAsync(Id, query, ct);

    private async Task AddPeopleAsync()
    {
        if (await AddPeopleDialog.ShowAsync(Dialogs, Id, _event!.SectorBalanceThreshold) is { } added)
        {
            Snackbar.Add(L.Plural("Invitations_Added", added), Severity.Success);
            await ReloadAsync();
        }
    }

    private async Task InviteOrganisationAsync()
    {
        if (await InviteOrganisationDialog.ShowAsync(Dialogs, Id) is { } organisation)
        {
            Snackbar.Add(L["Delegates_Added", organisation], Severity.Success);
            await ReloadAsync();
        }
    }

    private async Task SendAsync()
    {
        var warning = SectorBalance.Warning(_balance, _event!.SectorBalanceThreshold, _targets) is { } found ? L.Describe(found, CoreL) : null;
        if (await SendInvitationsDialog.ShowAsync(Dialogs, Id, ListedCount, warning) is not null)
        {
            Snackbar.Add(L["Invitations_Sent"], Severity.Success);
            await ReloadAsync();
        }
    }

    private Task RemoveAsync(GuestListRow guest) => RunAsync(() => Invitations.RemoveAsync(guest.InvitationId, _member), L["Invitations_Removed", guest.Name]);

    private Task ResendAsync(GuestListRow guest) => RunAsync(() => Invitations.ResendAsync(guest.InvitationId, _member), L["Invitations_Resent", guest.Name]);

    private Task InviteAgainAsync(GuestListRow guest) =>
        RunAsync(() => Invitations.InviteAgainAsync(guest.InvitationId, _member), L["Invitations_InvitedAgain", guest.Name]);

    private async Task CancelAsync(GuestListRow guest)
    {
        if (await ConfirmDialog.AskAsync(Dialogs, L["Invitations_CancelTitle"], L["Invitations_CancelMessage", guest.Name], L["Invitations_Cancel"], destructive: true))
        {
            await RunAsync(() => Invitations.CancelAsync(guest.InvitationId, _member), L["Invitations_Cancelled", guest.Name]);
        }
    }

    private Task ApproveNominationAsync(PendingNomination nomination) =>
        RunAsync(() => Nominations.ApproveAsync(nomination.Id, _member), L["Access_NominationApproved", nomination.Name]);

    private Task RefuseNominationAsync(PendingNomination nomination) =>
        RunAsync(() => Nominations.RefuseAsync(nomination.Id, _member), L["Access_NominationRefused", nomination.Name]);

    private Task RunAsync(Func<Task<Result>> action, string success) => _action.RunAsync(action, success, ReloadAsync);

    public void Dispose() => _subscription?.Dispose();
}
