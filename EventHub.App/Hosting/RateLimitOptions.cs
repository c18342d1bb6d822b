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

    /// <summary>
    /// Anonymous pages that read the database (an event's page, calendar file and report; the annual report), per client
    /// address. Generous: a room of 200 guests on the venue's network, or a municipality's office, is one address, and
    /// all of them may open the programme in the same minute; the limit only stops one client hammering the database.
    /// </summary>
    public RateLimitWindow PublicPage { get; set; } = new() { PermitLimit = 600, WindowSeconds = 60 };

    /// <summary>Requests to personal links that do not exist, per client address: guessing links.</summary>
    public RateLimitWindow UnknownLink { get; set; } = new() { PermitLimit = 20, WindowSeconds = 60 };

    /// <summary>
    /// Requests for a new personal link ("lost your link?"), per client address: each may email someone, so it is kept
    /// low, yet leaves room for a few colleagues behind one office address. Each address typed in is limited in Core.
    /// </summary>
    public RateLimitWindow NewLinkRequest { get; set; } = new() { PermitLimit = 10, WindowSeconds = 600 };

    /// <summary>
    /// Partners' pages rendered, and partners' answers handled, at the same time (each its own line): when an
    /// invitation brings a thousand answers at once, the rest wait their turn in a line that costs about 28 KB each
    /// instead of a page render of about 120 KB each waiting for the database (issue 17: the storm ran out of a 192 MiB heap).
    /// </summary>
    public RateLimitLine PartnerRequests { get; set; } = new() { PermitLimit = 32, QueueLimit = 10_000 };
}

public sealed class RateLimitLine
{
    /// <summary>Requests handled at the same time.</summary>
    public int PermitLimit { get; set; }

    /// <summary>Requests waiting their turn, oldest first; beyond that the answer is 429.</summary>
    public int QueueLimit { get; set; }
}

public sealed class RateLimitWindow
{
    public int PermitLimit { get; set; }

    public int WindowSeconds { get; set; }
}
