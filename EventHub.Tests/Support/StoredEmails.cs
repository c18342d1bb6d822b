using EventHub.Core.Common;
using EventHub.Core.Outbox;

namespace EventHub.Tests.Support;

/// <summary>
/// An outbox message with exactly the bodies a test gives (a stored message as the outbox page or the sender finds it),
/// instead of the ones the house layout would write from a draft.
/// </summary>
public static class StoredEmails
{
    public static OutboxMessage Message(string to, string? toName, string subject, string htmlBody, string textBody, string kind, DateTime nowUtc)
    {
        var message = new EmailDraft(Language.Nl).ToMessage(to, toName, subject, kind, nowUtc);
        message.LayOut(htmlBody, textBody);
        return message;
    }
}
