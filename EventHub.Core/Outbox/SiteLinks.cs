namespace EventHub.Core.Outbox;

/// <summary>Where the site lives for people outside it (links in emails). Config: <c>EventHub:PublicBaseUrl</c>.</summary>
public sealed class SiteLinks(Uri root)
{
    public Uri Root { get; } = root;

    public string Rsvp(string token) => new Uri(Root, $"rsvp/{token}").ToString();

    public string PublicEvent(string slug) => new Uri(Root, $"e/{slug}").ToString();

    /// <summary>A staff member's one-time link to choose a password (invitation or reset).</summary>
    public string SetPassword(string token) => new Uri(Root, $"account/set-password/{token}").ToString();
}
