using System.Net.Mail;

namespace EventHub.Core.Common;

/// <summary>
/// The one rule for an email address EventHub stores or writes to — a contact, a walk-in, a colleague sent instead, a
/// team member, the data controller, the emails' reply-to: a plain address (no name around it) with a dot in its domain,
/// what people can actually receive mail on. "anna@gemeente" is a slip, not an address.
/// </summary>
public static class EmailAddresses
{
    public static bool IsValid(string? email)
    {
        email = email?.Trim();
        return !string.IsNullOrEmpty(email)
            && MailAddress.TryCreate(email, out var address)
            && address.Address == email
            && address.Host.Contains('.')
            && !address.Host.EndsWith('.');
    }
}
