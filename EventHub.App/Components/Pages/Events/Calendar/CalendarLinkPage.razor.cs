using System.Security.Claims;
using EventHub.App.Components.Shared;
using EventHub.Core.Events;
using EventHub.Core.Outbox;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using MudBlazor;

namespace EventHub.App.Components.Pages.Events.Calendar;

public partial class CalendarLinkPage
{
    private bool? _hasLink;
    private string? _newUrl;
    private UserAction _action = default!;
    private string _userId = "";

    [Inject]
    private CalendarFeedService Feeds { get; set; } = default!;

    [Inject]
    private SiteLinks Links { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = default!;

    protected override void OnInitialized() => _action = new UserAction(Snackbar, L, CoreL);

    protected override async Task OnInitializedAsync()
    {
        _userId = (await Authentication).User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        _hasLink = await Feeds.HasFeedAsync(_userId);
    }

    private async Task CreateAsync()
    {
        await _action.RunAsync(async () =>
        {
            var created = await Feeds.CreateAsync(_userId);
            if (!created.Succeeded)
            {
                Snackbar.Add(CoreL.Describe(created), Severity.Error);
                return;
            }

            // The token exists only in this component's memory from here on: the database keeps its hash.
            // The public address: a calendar app polls it from outside, whatever address this page was opened on.
            _newUrl = new Uri(Links.Root, $"calendar/feed/{created.Value}.ics").ToString();
            _hasLink = true;
        });
    }

    private async Task RevokeAsync()
    {
        var confirmed = await ConfirmDialog.AskAsync(Dialogs, L["CalendarLink_RevokeTitle"], L["CalendarLink_RevokeMessage"],
            L["CalendarLink_Revoke"], destructive: true);
        if (!confirmed)
        {
            return;
        }

        await _action.RunAsync(async () =>
        {
            var revoked = await Feeds.RevokeAsync(_userId);
            if (revoked.Succeeded)
            {
                _newUrl = null;
                _hasLink = false;
                Snackbar.Add(L["CalendarLink_Revoked"], Severity.Success);
            }
            else
            {
                Snackbar.Add(CoreL.Describe(revoked), Severity.Error);
            }
        });
    }

    private async Task CopyAsync()
    {
        var copied = await JS.InvokeAsync<bool>("eventHub.copyText", _newUrl);
        Snackbar.Add(copied ? L["CalendarLink_Copied"] : L["CalendarLink_CopyFailed"], copied ? Severity.Success : Severity.Warning);
    }
}
