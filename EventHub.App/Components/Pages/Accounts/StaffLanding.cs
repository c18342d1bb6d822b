namespace EventHub.App.Components.Pages.Accounts;

/// <summary>Where a staff member goes once they have chosen a password through an invitation or reset link.</summary>
public static class StaffLanding
{
    /// <summary>
    /// Their home, signed in. Seam for two-factor sign-in: where it is required and not yet set up, the enrolment
    /// redirect after sign-in (branch <c>signin</c>) takes over from here, before any staff page is shown.
    /// </summary>
    public const string AfterPasswordSet = "/";
}
