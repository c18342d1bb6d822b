namespace EventHub.App.Hosting;

/// <summary>The <c>EventHub:Accounts</c> configuration section.</summary>
public sealed class AccountOptions
{
    public const string Section = "EventHub:Accounts";

    /// <summary>
    /// How often a signed-in person's security stamp is checked again, both for the cookie on each request and for an
    /// open page: a deactivated person (or one whose password was reset) is signed out within this time. Default one
    /// minute; zero checks the cookie on every request (open pages then check every second).
    /// </summary>
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>An open page's check interval: the setting, but at least a second.</summary>
    public TimeSpan CircuitRevalidationInterval => RevalidationInterval < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : RevalidationInterval;
}
