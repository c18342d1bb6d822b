namespace EventHub.App.Components.Pages.Accounts.SignIn;

/// <summary>Where the steps of signing in lead: only ever to a page of this site.</summary>
public static class SignInLinks
{
    /// <summary>
    /// The return address when it is a page of this site other than home; otherwise where the person's work starts
    /// (<see cref="Home.RoleLanding"/>: check-in for door staff, My sessions for facilitators, home for the others).
    /// </summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl != "/" && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : Home.RoleLanding.Path;

    /// <summary>The two-factor step (authenticator code or recovery code), carrying where to go afterwards.</summary>
    public static string SecondStep(string page, string? returnUrl, bool rememberMe) =>
        $"{page}?ReturnUrl={Uri.EscapeDataString(SafeReturnUrl(returnUrl))}&RememberMe={(rememberMe ? "true" : "false")}";
}
