using EventHub.Core.Common;
using EventHub.Core.Outbox;

namespace EventHub.Core.Actions;

/// <summary>The owner's personal link <c>/a/{token}</c>: 256 random bits, only the hash is stored on the one item it opens.</summary>
public static class ActionOwnerLinks
{
    public const string PathPrefix = "/a";

    public static string ActionOwner(this SiteLinks links, string token) => new Uri(links.Root, $"a/{token}").ToString();

    /// <summary>Gives the item a new link; the previous one stops working. Returns the token for the email.</summary>
    internal static string Rotate(ActionItem item)
    {
        var token = PersonalLinkTokens.NewToken();
        item.IssueOwnerLink(PersonalLinkTokens.Hash(token));
        return token;
    }
}
