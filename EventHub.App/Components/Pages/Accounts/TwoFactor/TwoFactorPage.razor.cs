using System.ComponentModel.DataAnnotations;
using EventHub.App.Hosting;
using EventHub.App.Resources;
using EventHub.Core.Accounts;
using EventHub.Core.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EventHub.App.Components.Pages.Accounts.TwoFactor;

public partial class TwoFactorPage
{
    private const int RecoveryCodeCount = 10;
    private const string NewCodesAction = "new-codes";
    private const string TurnOffAction = "turn-off";

    private AppUser? _user;
    private string? _key;
    private bool _required;
    private int _codesLeft;
    private string? _error;
    private bool _turnedOn;
    private bool _turnedOff;
    private IReadOnlyList<string>? _recoveryCodes;

    [Inject]
    private UserManager<AppUser> UserManager { get; set; } = default!;

    [Inject]
    private SignInManager<AppUser> SignInManager { get; set; } = default!;

    [Inject]
    private IUserStore<AppUser> UserStore { get; set; } = default!;

    [Inject]
    private TwoFactorChanges Changes { get; set; } = default!;

    [Inject]
    private IOptions<SecurityOptions> Security { get; set; } = default!;

    [Inject]
    private IHostEnvironment Environment { get; set; } = default!;

    [Inject]
    private ILogger<TwoFactorPage> Logger { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "turn-on")]
    private CodeForm Input { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "manage")]
    private ConfirmForm Confirm { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        Input ??= new CodeForm();
        Confirm ??= new ConfirmForm();
        _user = await UserManager.GetUserAsync(HttpContext.User);
        if (_user is null)
        {
            Navigation.NavigateTo("Account/Login", forceLoad: true);
            return;
        }

        _required = Security.Value.TwoFactorRequiredForStaff(Environment)
            && (HttpContext.User.IsInRole(Roles.Admin) || HttpContext.User.IsInRole(Roles.Organiser));
        await LoadAsync(_user);
    }

    private async Task LoadAsync(AppUser user)
    {
        _codesLeft = await UserManager.CountRecoveryCodesAsync(user);
        _key = await UserManager.GetAuthenticatorKeyAsync(user);
        if (_key is null && !user.TwoFactorEnabled)
        {
            _key = await NewAuthenticatorKeyAsync(user);
        }
    }

    /// <summary>
    /// A first key, kept without a new security stamp (which Identity's ResetAuthenticatorKeyAsync would give): only
    /// opening this page must not sign the person out of their other tabs and devices, nor race a page still open in
    /// this tab. Turning two-factor on changes the stamp.
    /// </summary>
    private async Task<string> NewAuthenticatorKeyAsync(AppUser user)
    {
        var key = UserManager.GenerateNewAuthenticatorKey();
        await ((IUserAuthenticatorKeyStore<AppUser>)UserStore).SetAuthenticatorKeyAsync(user, key, CancellationToken.None);
        await UserManager.UpdateAsync(user);
        return key;
    }

    private async Task TurnOnAsync()
    {
        var code = Input.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (_user is null || !await UserManager.VerifyTwoFactorTokenAsync(_user, UserManager.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            _error = L["TwoFactor_WrongCode"];
            return;
        }

        _recoveryCodes = await Changes.TurnOnAsync(_user, RecoveryCodeCount); // with its line in the account's history
        await SignInManager.RefreshSignInAsync(_user); // the cookie now says two-factor is on: every page opens again
        Logger.LogInformation("User turned on two-factor sign-in");
        _turnedOn = true;
    }

    /// <summary>New recovery codes, or two-factor off: only with the password, and the person is emailed that it happened.</summary>
    private async Task ManageAsync()
    {
        if (_user is not { TwoFactorEnabled: true } || Confirm.Action is not (NewCodesAction or TurnOffAction)
            || (Confirm.Action == TurnOffAction && _required))
        {
            return;
        }

        // As the sign-in page counts wrong passwords: a copied cookie is no way to guess the password here either.
        if (!(await SignInManager.CheckPasswordSignInAsync(_user, Confirm.Password, lockoutOnFailure: true)).Succeeded)
        {
            _error = L["TwoFactor_WrongPassword"];
            return;
        }

        // The change and the email about it are saved together (TwoFactorChanges).
        if (Confirm.Action == NewCodesAction)
        {
            _recoveryCodes = await Changes.RenewRecoveryCodesAsync(_user, RecoveryCodeCount);
            Logger.LogInformation("User made new recovery codes");
            return;
        }

        await Changes.TurnOffAsync(_user);
        await SignInManager.RefreshSignInAsync(_user);
        Logger.LogInformation("User turned off two-factor sign-in");
        _turnedOff = true;
        await LoadAsync(_user);
    }

    private sealed class CodeForm
    {
        [Required(ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.TwoFactorLogin_CodeRequired))]
        public string Code { get; set; } = "";
    }

    private sealed class ConfirmForm
    {
        [Required(ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Login_PasswordRequired))]
        public string Password { get; set; } = "";

        /// <summary>Which button was pressed: <see cref="NewCodesAction"/> or <see cref="TurnOffAction"/>.</summary>
        public string? Action { get; set; }
    }
}
