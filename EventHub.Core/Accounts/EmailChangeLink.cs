using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace EventHub.Core.Accounts;

/// <summary>
/// What a link to confirm a new email address carries, as one URL-safe token (<c>/account/confirm-email/{token}</c>): the
/// account, the address asked for and Identity's change-email code. The code is the secret; the outbox keeps the whole
/// token apart from the stored email, as it does for every personal link (<c>OutboxLinkTokens</c>).
/// </summary>
public sealed record EmailChangeLink(string UserId, string NewEmail, string Code)
{
    /// <summary>Longer than any token this makes; anything longer is not read.</summary>
    public const int MaxTokenLength = 3000;

    public static string Encode(string userId, string newEmail, string code) =>
        WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(string.Join('\n', userId, newEmail, code)));

    /// <summary>The link's parts, or null for anything that is not such a token.</summary>
    public static EmailChangeLink? Decode(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > MaxTokenLength)
        {
            return null;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token)).Split('\n');
            return parts is [{ Length: > 0 } userId, { Length: > 0 } email, { Length: > 0 } code] ? new EmailChangeLink(userId, email, code) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
