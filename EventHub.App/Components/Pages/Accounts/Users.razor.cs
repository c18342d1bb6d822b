using EventHub.App.Components.Pages.Accounts.Details;
using EventHub.App.Components.Pages.Accounts.History;
using EventHub.App.Components.Shared;
using EventHub.Core.Accounts;
using EventHub.Core.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace EventHub.App.Components.Pages.Accounts;

/// <summary>The admin's list of staff accounts, with what they can do for each person.</summary>
public partial class Users
{
    private IReadOnlyList<UserSummary>? _users;
    private UserAction _action = default!;
    private TeamMember _actor = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _action = new UserAction(Snackbar, L, CoreL);
        _actor = TeamMembers.Of((await AuthenticationState).User);
        await LoadAsync();
    }

    private async Task LoadAsync() => _users = await Team.ListUsersAsync();

    /// <summary>
    /// Not on the admin's own row: they are signed in, and their own two-factor page changes it after asking for their
    /// password (Core refuses it here too).
    /// </summary>
    private bool CanResetTwoFactor(UserSummary person) =>
        person.TwoFactorEnabled && person.State != AccountState.Deactivated && person.Id != _actor.UserId;

    /// <summary>
    /// Not on the admin's own row (another admin removes their account), nor on the row of the last active admin: Core
    /// refuses both too.
    /// </summary>
    private bool CanRemove(UserSummary person) =>
        person.Id != _actor.UserId
        && !(person is { State: AccountState.Active } && person.Roles.Contains(Roles.Admin)
             && !_users!.Any(u => u.Id != person.Id && u.State == AccountState.Active && u.Roles.Contains(Roles.Admin)));

    private Task ChooseAsync(UserSummary person, UserRowActions.Choice choice) => choice switch
    {
        UserRowActions.Choice.Roles => ChangeRolesAsync(person),
        UserRowActions.Choice.Resend => ResendAsync(person),
        UserRowActions.Choice.Unlock => UnlockAsync(person),
        UserRowActions.Choice.Reactivate => ReactivateAsync(person),
        UserRowActions.Choice.History => ShowHistoryAsync(person),
        UserRowActions.Choice.Rename => RenameAsync(person),
        UserRowActions.Choice.SendReset => SendResetAsync(person),
        UserRowActions.Choice.ResetTwoFactor => ResetTwoFactorAsync(person),
        UserRowActions.Choice.Deactivate => DeactivateAsync(person),
        UserRowActions.Choice.Remove => RemoveAsync(person),
        _ => throw new ArgumentOutOfRangeException(nameof(choice), choice, null),
    };

    private Task ShowHistoryAsync(UserSummary person) => _action.RunAsync(() => AccountHistoryDialog.ShowAsync(Dialogs, _actor, person));

    private Task InviteAsync() => _action.RunAsync(async () =>
    {
        if (await InviteDialog.ShowAsync(Dialogs, L["Staff_InviteTitle"], _actor))
        {
            await LoadAsync();
        }
    });

    /// <summary>An admin corrects a colleague's name (not on their own row: their own name is theirs to change on /account).</summary>
    private Task RenameAsync(UserSummary person) => _action.RunAsync(async () =>
    {
        if (await AccountDetailsDialog.ShowAsync(Dialogs, _actor, person.Id, person.DisplayName))
        {
            Snackbar.Add(L["Staff_Renamed"], Severity.Success);
            await LoadAsync();
        }
    });

    private Task ChangeRolesAsync(UserSummary person) => _action.RunAsync(async () =>
    {
        if (await RolesDialog.ShowAsync(Dialogs, _actor, person))
        {
            await LoadAsync();
        }
    });

    private Task ResendAsync(UserSummary person) =>
        _action.RunAsync(() => Accounts.ResendInvitationAsync(_actor, person.Id), L["Staff_Resent", person.Email], LoadAsync);

    private Task SendResetAsync(UserSummary person) =>
        _action.RunAsync(() => Accounts.SendResetLinkAsync(_actor, person.Id), L["Staff_ResetSent", person.Email], LoadAsync);

    private Task UnlockAsync(UserSummary person) =>
        _action.RunAsync(() => Accounts.UnlockAsync(_actor, person.Id), L["Staff_Unlocked", person.DisplayName], LoadAsync);

    private Task ReactivateAsync(UserSummary person) =>
        _action.RunAsync(() => Accounts.ReactivateAsync(_actor, person.Id), L["Staff_Reactivated", person.DisplayName], LoadAsync);

    private async Task ResetTwoFactorAsync(UserSummary person)
    {
        if (!await ConfirmDialog.AskAsync(Dialogs, L["Staff_ResetTwoFactorTitle", person.DisplayName], L["Staff_ResetTwoFactorMessage", person.DisplayName],
                L["Staff_ResetTwoFactor"], destructive: true))
        {
            return;
        }

        await _action.RunAsync(() => Accounts.ResetTwoFactorAsync(_actor, person.Id), L["Staff_TwoFactorReset", person.DisplayName], LoadAsync);
    }

    /// <summary>First what else the removal changes (read now, for the dialog to say), then the dialog, then the removal.</summary>
    private Task RemoveAsync(UserSummary person) => _action.RunAsync(async () =>
    {
        var preview = await Removal.PreviewAsync(_actor, person.Id);
        if (!preview.Succeeded)
        {
            Snackbar.Add(CoreL.Describe(preview), Severity.Error);
            await LoadAsync();
            return;
        }

        if (await RemoveAccountDialog.AskAsync(Dialogs, person.DisplayName, preview.Value) is not { } typed)
        {
            return;
        }

        var removed = await Removal.RemoveAsync(_actor, person.Id, typed);
        Snackbar.Add(removed.Succeeded ? L["Staff_Removed", person.DisplayName] : CoreL.Describe(removed), removed.Succeeded ? Severity.Success : Severity.Error);
        await LoadAsync();
    });

    private async Task DeactivateAsync(UserSummary person)
    {
        if (!await ConfirmDialog.AskAsync(Dialogs, L["Staff_DeactivateTitle", person.DisplayName], L["Staff_DeactivateMessage"], L["Staff_Deactivate"], destructive: true))
        {
            return;
        }

        await _action.RunAsync(() => Accounts.DeactivateAsync(_actor, person.Id), L["Staff_Deactivated", person.DisplayName], LoadAsync);
    }
}
