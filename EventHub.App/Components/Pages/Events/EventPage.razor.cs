using EventHub.App.Components.Shared;
using EventHub.Core.Common;
using EventHub.Core.Door;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EventHub.App.Components.Pages.Events;

public partial class EventPage
{
    private bool _loading = true;
    private UserAction _action = default!;
    private Event? _event;
    private ResponseCounts _counts = ResponseCounts.None;
    private ArrivalCounts _arrivals = ArrivalCounts.None;
    private TeamMember _member = default!;

    [CascadingParameter]
    private Task<Microsoft.AspNetCore.Components.Authorization.AuthenticationState> Authentication { get; set; } = default!;

    [Parameter]
    public int Id { get; set; }

    [Inject]
    private EventService Events { get; set; } = default!;

    [Inject]
    private EventPlanningService Planning { get; set; } = default!;

    [Inject]
    private InvitationService Invitations { get; set; } = default!;

    [Inject]
    private CheckInService CheckIns { get; set; } = default!;

    [Inject]
    private InvitedElsewhereService InvitedElsewhere { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    private List<BreadcrumbItem> Breadcrumbs => [new(L["Events_Title"], href: "events")];

    protected override void OnInitialized() => _action = new UserAction(Snackbar, L, CoreL);

    protected override async Task OnParametersSetAsync()
    {
        _loading = true;
        _member = TeamMembers.Of((await Authentication).User);
        await ReloadAsync();
        _loading = false;
    }

    private async Task ReloadAsync()
    {
        _event = await Events.GetAsync(Id);
        _counts = _event is null ? ResponseCounts.None : await Invitations.CountsAsync(Id);
        _arrivals = _event is null ? ArrivalCounts.None : await CheckIns.CountsAsync(Id);
    }

    private async Task PublishAsync()
    {
        // What is missing is said at once, not after the organiser confirmed (the service checks again when publishing).
        if (_event?.ReadyToPublish() is { Succeeded: false } missing)
        {
            Snackbar.Add(CoreL.Describe(missing), Severity.Error);
            return;
        }

        var over = _event!.EndUtc <= Time.GetUtcNow().UtcDateTime;
        if (await ConfirmDialog.AskAsync(Dialogs, L["Events_PublishTitle"], L[over ? "Events_PublishPastMessage" : "Events_PublishMessage"], L["Events_Publish"]))
        {
            await RunAsync(() => Planning.PublishAsync(Id, _member), L["Events_Published"]);
        }
    }

    private async Task CloseAsync()
    {
        // "End event": the meeting is over (status Closed); answers closed already at the RSVP deadline.
        if (await ConfirmDialog.AskAsync(Dialogs, L["Edges_EndEventTitle"], L["Edges_EndEventMessage"], L["Edges_EndEvent"]))
        {
            await RunAsync(() => Planning.CloseAsync(Id, _member), L["Edges_EventEnded"]);
        }
    }

    private async Task ArchiveAsync()
    {
        if (await ConfirmDialog.AskAsync(Dialogs, L["Events_ArchiveTitle"], L["Events_ArchiveMessage"], L["Directory_Archive"]))
        {
            await RunAsync(() => Planning.ArchiveAsync(Id, _member), L["Events_Archived"]);
        }
    }

    private async Task CancelAsync()
    {
        if (await CancelEventDialog.AskReasonAsync(Dialogs, _event!.Title, await Invitations.ToldOfChangesAsync(Id)) is { } reason)
        {
            await RunAsync(() => Planning.CancelAsync(Id, reason, _member), L["Events_CancelledDone"]);
        }
    }

    private async Task CopyAsync()
    {
        if (await CopyEventDialog.AskAsync(Dialogs, _event!) is not { } choice)
        {
            return;
        }

        await _action.RunAsync(async () =>
        {
            var copy = await Planning.CopyAsync(Id, choice.Day, _member);
            if (!copy.Succeeded)
            {
                Snackbar.Add(CoreL.Describe(copy), Severity.Error);
                return;
            }

            // A meeting called off, planned again: its guests go on the copy's invite list, not sent until the organiser sends.
            var listed = choice.WithGuests ? await InvitedElsewhere.AddAsync(copy.Value, Id, choice.LeaveOutDeclined, _member) : null;
            if (listed is { Succeeded: false })
            {
                Snackbar.Add(CoreL.Describe(listed), Severity.Error);
            }

            Snackbar.Add(listed is { Succeeded: true } ? L.Plural("Events_CopiedWithGuests", listed.Value) : L["Events_Copied"], Severity.Success);
            Navigation.NavigateTo($"events/{copy.Value}");
        });
    }

    private Task RunAsync(Func<Task<Result>> action, string success) => _action.RunAsync(action, success, ReloadAsync);
}
