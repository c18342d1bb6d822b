using EventHub.App.Components.Shared;
using EventHub.Core.Actions;
using EventHub.Core.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace EventHub.App.Components.Pages.Actions;

/// <summary>One action item: where it came from, its whole history across events, progress and the owner's link.</summary>
public partial class ActionItemPage
{
    private bool _loading = true;
    private UserAction _action = default!;
    private ActionDetail? _detail;
    private bool _updatedMeanwhile;
    private bool _canRecord;

    [Parameter]
    public int Id { get; set; }

    [Inject]
    private ActionTrackerService Tracker { get; set; } = default!;

    [Inject]
    private ActionOwnerService Owners { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private List<BreadcrumbItem> Breadcrumbs => [new(L["Actions_Title"], href: "actions")];

    protected override void OnInitialized() => _action = new UserAction(Snackbar, L, CoreL);

    protected override async Task OnParametersSetAsync()
    {
        _loading = true;
        await ReloadAsync();
        // A facilitator reads every item but records progress only on their own sessions' items: the others get no form to fill in vain.
        _canRecord = _detail is { } detail && await Tracker.CanRecordProgressAsync(detail.Item, TeamMembers.Of((await AuthenticationState).User));
        _loading = false;
    }

    private async Task ReloadAsync() => _detail = await Tracker.GetAsync(Id);

    private async Task RecordAsync(ActionProgressInput input)
    {
        var member = TeamMembers.Of((await AuthenticationState).User);
        await _action.RunAsync(() => Tracker.RecordProgressAsync(Id, input, member), L["Actions_ProgressSaved"], result =>
        {
            // Refused as stale: the item is shown as it is now, and the form keeps what was entered to save on top of it.
            _updatedMeanwhile = result.ErrorCode == ActionErrors.Stale;
            return ReloadAsync();
        }, saidOnPage: ActionErrors.Stale);
    }

    private async Task SendLinkAsync()
    {
        var contact = CoreL.Person(_detail?.Item.OwnerContactName) ?? "";
        if (await ConfirmDialog.AskAsync(Dialogs, L["Actions_SendOwnerLinkTitle"], L["Actions_SendOwnerLinkMessage", contact], L["Actions_SendOwnerLink"]))
        {
            var member = TeamMembers.Of((await AuthenticationState).User);
            await _action.RunAsync(() => Owners.SendLinkAsync(Id, member), L["Actions_OwnerLinkQueued", contact], ReloadAsync);
        }
    }
}
