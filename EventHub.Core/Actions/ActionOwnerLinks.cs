using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Outbox;

namespace EventHub.Core.Actions;

/// <summary>The owner's personal link <c>/a/{token}</c>: 256 random bits, only the hash is stored on the one item it opens.</summary>
public static class ActionOwnerLinks
{
    public const string PathPrefix = "/a";

    public static string ActionOwner(this SiteLinks links, string token) => new Uri(links.Root, $"a/{token}").ToString();

    /// <summary>
    /// Whether the item's owner contact may be emailed a link: there is one, and they were not erased. Erasure keeps the
    /// anonymised contact on the item and revokes its link; a new link would bring back what it revoked.
    /// </summary>
    internal static bool CanEmailOwner(ActionItem item) => item.OwnerContact is { AnonymisedAtUtc: null };

    /// <summary>Gives the item a new link; the previous one stops working. Returns the token for the email.</summary>
    internal static string Rotate(ActionItem item)
    {
        var token = PersonalLinkTokens.NewToken();
        item.IssueOwnerLink(PersonalLinkTokens.Hash(token));
        return token;
    }

    /// <summary>
    /// Emails the owner contact a new link (the previous one stops working). Needs the item with its owner contact and
    /// organisation, session and event loaded.
    /// </summary>
    internal static void Send(EventHubDbContext db, ActionItem item, SiteLinks links, DateTime nowUtc)
    {
        var token = Rotate(item);
        db.OutboxMessages.Add(ActionEmails.OwnerLink(links, item, links.ActionOwner(token), nowUtc));
    }

    /// <summary>
    /// The item changed hands (another owner contact or organisation): a link already sent stops working, and the new
    /// owner contact, if any, gets one of their own, as when a link is first sent. Nothing happens while no link was sent.
    /// </summary>
    internal static void AfterOwnerChange(EventHubDbContext db, ActionItem item, SiteLinks links, DateTime nowUtc)
    {
        if (item.OwnerTokenHash is null)
        {
            return;
        }

        item.RevokeOwnerLink();
        if (CanEmailOwner(item))
        {
            Send(db, item, links, nowUtc);
        }
    }
}
