namespace EventHub.App.Components.Pages.Accounts;

/// <summary>Where a staff member goes once they have chosen a password through an invitation or reset link.</summary>
public static class StaffLanding
{
    /// <summary>
    /// The role landing (<c>/start</c>): door staff to today's check-in, facilitators to My sessions, others home.
    /// Where two-factor sign-in is required and not yet set up, <see cref="TwoFactorGate"/> sends them to set it up first.
    /// </summary>
    public const string AfterPasswordSet = "/start";
}
