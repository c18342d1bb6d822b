namespace EventHub.App.Hosting;

/// <summary>
/// The <c>EventHub:RateLimits</c> configuration section: how many requests fit in a window before the answer is
/// <c>429 Too Many Requests</c>. The test app and anyone load-testing set their own.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "EventHub:RateLimits";

    public bool Enabled { get; set; } = true;

    /// <summary>Sign-in, two-factor and forgot-password posts, per client address.</summary>
    public RateLimitWindow SignIn { get; set; } = new() { PermitLimit = 10, WindowSeconds = 60 };

    /// <summary>Requests to one valid personal link (RSVP, action owner, calendar feed), whoever sends them: a school's colleagues share one address.</summary>
    public RateLimitWindow PersonalLink { get; set; } = new() { PermitLimit = 60, WindowSeconds = 60 };

    /// <summary>Requests to personal links that do not exist, per client address: guessing links.</summary>
    public RateLimitWindow UnknownLink { get; set; } = new() { PermitLimit = 20, WindowSeconds = 60 };
}

public sealed class RateLimitWindow
{
    public int PermitLimit { get; set; }

    public int WindowSeconds { get; set; }
}
