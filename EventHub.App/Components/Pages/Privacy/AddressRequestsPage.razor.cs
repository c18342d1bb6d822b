using System.Globalization;
using EventHub.App.Components.Shared;
using EventHub.App.Hosting;
using EventHub.Core.Common;
using EventHub.Core.Privacy;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using MudBlazor;

namespace EventHub.App.Components.Pages.Privacy;

public partial class AddressRequestsPage
{
    private string? _typed;
    private string? _fieldError;
    private AddressHoldings? _held;
    private UserAction _action = default!;
    private TeamMember _actor = default!;

    [Inject]
    private AddressRequests Requests { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _action = new UserAction(Snackbar, L, CoreL);
        _actor = TeamMembers.Of((await AuthenticationState).User);
    }

    private Task LookUpAsync() => _action.RunAsync(async () =>
    {
        var found = await Requests.FindAsync(_actor, _typed);
        // A refused address stays in the field, with the reason under it; the last answer goes, so it is not taken for this one.
        _fieldError = found.Succeeded ? null : CoreL.Describe(found);
        _held = found.Succeeded ? found.Value : null;
    });

    private Task ExportAsync() => _action.RunAsync(async () =>
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "nl" ? Language.Nl : Language.En;
        var export = await Requests.ExportAsync(_actor, _held!.Address, language);
        if (!export.Succeeded)
        {
            Snackbar.Add(CoreL.Describe(export), Severity.Error);
            return;
        }

        await JS.InvokeVoidAsync("eventHub.downloadFile", export.Value.FileName, "application/zip", Convert.ToBase64String(export.Value.Content));
    });

    private async Task EraseAsync()
    {
        var held = _held!;
        if (!await ConfirmDialog.AskAsync(Dialogs, L["Rights_Address_ConfirmTitle", held.Address],
                L["Rights_Address_ConfirmMessage"], L["Rights_Address_Erase"], destructive: true))
        {
            return;
        }

        await _action.RunAsync(async () =>
        {
            var erased = await Requests.EraseAsync(_actor, held.Address);
            Snackbar.Add(erased.Succeeded ? L.Plural("Rights_Address_Erased", erased.Value).Value : CoreL.Describe(erased),
                erased.Succeeded ? Severity.Success : Severity.Error);
            var found = await Requests.FindAsync(_actor, held.Address);
            _held = found.Succeeded ? found.Value : null;
        });
    }

}
