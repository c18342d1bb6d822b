namespace EventHub.App.Hosting;

/// <summary>The <c>EventHub:Security</c> configuration section: how people sign in.</summary>
public sealed class SecurityOptions
{
    public const string Section = "EventHub:Security";

    /// <summary>
    /// Admins and organisers must sign in with an authenticator app; until they have set one up, every page sends them
    /// to the set-up page. Unset: on everywhere except Development (so the demo stays two clicks).
    /// </summary>
    public bool? RequireTwoFactorForStaff { get; set; }

    /// <summary>However active a person is, a sign-in ends this long after it began (the cookie also slides for 12 hours).</summary>
    public TimeSpan AbsoluteSessionLifetime { get; set; } = TimeSpan.FromDays(7);

    public bool TwoFactorRequiredForStaff(IHostEnvironment environment) => RequireTwoFactorForStaff ?? !environment.IsDevelopment();
}
