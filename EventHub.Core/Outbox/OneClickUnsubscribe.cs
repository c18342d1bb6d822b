using MimeKit;

namespace EventHub.Core.Outbox;

/// <summary>
/// Every email to a partner ends with their own "stop inviting me" link (<c>/stop/{token}</c>, PartnerEmailFooter). Mail
/// programs get the same link in the header, as List-Unsubscribe with one-click unsubscribe (RFC 8058): the
/// "Unsubscribe" that Gmail, Outlook and Apple Mail show beside the sender then stops the invitations, where without it
/// people press "Report spam", which hurts the delivery of every partner's email. The header's address is the link's
/// <see cref="Suffix"/>: the app takes the programs' POST of <see cref="PostBody"/> there (the program's button was the
/// person's confirmation), and sends a program that opens it instead to the link's page.
/// </summary>
public static class OneClickUnsubscribe
{
    public const string Suffix = "/one-click";

    /// <summary>The form field a mail program posts (RFC 8058 §3.1), as <c>List-Unsubscribe-Post</c> tells it ...</summary>
    public const string PostField = "List-Unsubscribe";

    /// <summary>... with this value.</summary>
    public const string PostValue = "One-Click";

    public const string PostBody = PostField + "=" + PostValue;

    /// <summary>The headers, when the message carries a stop link whose token is still there to fill in.</summary>
    internal static void AddTo(MimeMessage mime, OutboxMessage message, IReadOnlyList<string> linkTokens)
    {
        if (OutboxLinkTokens.StopLinkIn(message.TextBody) is not { } link)
        {
            return;
        }

        var filled = OutboxLinkTokens.Filled(link, linkTokens);
        if (filled.Contains(OutboxLinkTokens.Mask, StringComparison.Ordinal))
        {
            return; // its token is gone: no working link to offer
        }

        mime.Headers.Add(HeaderId.ListUnsubscribe, $"<{filled}{Suffix}>");
        mime.Headers.Add("List-Unsubscribe-Post", PostBody);
    }
}
