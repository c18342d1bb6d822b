namespace EventHub.Core.Outbox;

/// <summary>Where the site lives for people outside it (links in emails). Config: <c>EventHub:PublicBaseUrl</c>.</summary>
public sealed class SiteLinks
{
    private readonly Func<Uri> _root;

    public SiteLinks(Uri root) => _root = () => root;

    /// <summary>A root known only once the app runs (in Development: the address it listens on), asked at each link.</summary>
    public SiteLinks(Func<Uri> root) => _root = root;

    public Uri Root => _root();

    /// <summary>
    /// The address emails come from (<c>EventHub:Smtp:FromAddress</c>): a calendar's ORGANIZER when the event names no
    /// organiser. Null when no sender is configured (then such a calendar names no organiser).
    /// </summary>
    public string? SenderAddress { get; init; }

    public string Rsvp(string token) => new Uri(Root, $"rsvp/{token}").ToString();

    /// <summary>Where a partner who lost their personal link asks for a new one (the app's <c>/new-link</c> page).</summary>
    public string NewLink() => new Uri(Root, NewLinkPath).ToString();

    /// <summary>The path of <see cref="NewLink"/>, without its leading slash.</summary>
    public const string NewLinkPath = "new-link";

    public string PublicEvent(string slug) => new Uri(Root, $"e/{slug}").ToString();

    /// <summary>The alliance's public annual report of a year, once published.</summary>
    public string PublicAnnualReport(int year) => new Uri(Root, $"alliance/{year}").ToString();

    /// <summary>A staff member's one-time link to choose a password (invitation or reset).</summary>
    public string SetPassword(string token) => new Uri(Root, $"account/set-password/{token}").ToString();

    /// <summary>A staff member's own account page (its history shows what changed, and who changed it).</summary>
    public string MyAccount() => new Uri(Root, "account").ToString();

    /// <summary>The staff sign-in page.</summary>
    public string SignIn() => new Uri(Root, "Account/Login").ToString();

    /// <summary>The link that confirms a staff member's new email address (<c>EmailChangeLink</c>).</summary>
    public string ConfirmEmail(string token) => new Uri(Root, $"account/confirm-email/{token}").ToString();
}
