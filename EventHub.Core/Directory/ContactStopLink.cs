using EventHub.Core.Outbox;

namespace EventHub.Core.Directory;

/// <summary>
/// One "stop inviting me" link, sent at the foot of one email to a partner. Only the token's SHA-256 is stored; opening
/// the link and confirming sets the contact's do-not-invite mark (GDPR art. 21).
/// </summary>
public class ContactStopLink
{
    public const string PathPrefix = "/stop";

    private ContactStopLink()
    {
    }

    internal ContactStopLink(Contact contact, string tokenHash, DateTime nowUtc)
    {
        Contact = contact;
        TokenHash = tokenHash;
        CreatedAtUtc = nowUtc;
    }

    public int Id { get; private set; }
    public int ContactId { get; private set; }
    public Contact Contact { get; private set; } = null!;
    public string TokenHash { get; private set; } = "";
    public DateTime CreatedAtUtc { get; private set; }
}

public static class StopLinks
{
    /// <summary>The personal "stop inviting me" link <c>/stop/{token}</c>.</summary>
    public static string StopInviting(this SiteLinks links, string token) => new Uri(links.Root, $"stop/{token}").ToString();
}
