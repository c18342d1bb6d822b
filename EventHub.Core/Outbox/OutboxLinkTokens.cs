using System.Text.RegularExpressions;
using Microsoft.AspNetCore.DataProtection;

namespace EventHub.Core.Outbox;

/// <summary>
/// Personal links (RSVP <c>/rsvp/…</c>, action owners <c>/a/…</c>, "stop inviting me" <c>/stop/…</c>, feedback surveys <c>/feedback/…</c>, staff <c>/account/set-password/…</c>) never lie in an
/// outbox message's stored text: each token is replaced by a placeholder (<c>personal-link-1</c>) and kept beside the
/// message, encrypted with Data Protection, until the message is sent; then it is wiped. So a copy of the database gives
/// no one a working link. Every message passes through here when it is stored (<see cref="OutboxInterceptor"/>), so no
/// feature can forget it, and rows written before this existed are converted once at start-up (<see cref="OutboxLinkUpgrade"/>).
/// </summary>
public sealed partial class OutboxLinkTokens(IDataProtectionProvider protection)
{
    /// <summary>The Data Protection purpose of these tokens only: a payload protected for anything else does not open here.</summary>
    public const string Purpose = "EventHub.Outbox.PersonalLinkTokens.v1";

    /// <summary>What the Outbox page shows in place of a token.</summary>
    public const string Mask = "••••••";

    /// <summary>How every placeholder starts: a text carries a personal link when it holds this (see <see cref="OutboxMessage.RetryRefusalRule"/>).</summary>
    public const string PlaceholderPrefix = "personal-link-";

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    public static string Placeholder(int number) => $"{PlaceholderPrefix}{number}";

    /// <summary>The text with its links masked, for people other than the recipient.</summary>
    public static string Masked(string text) => PlaceholderPattern().Replace(text, Mask);

    /// <summary>The text with its links filled in: what the recipient receives.</summary>
    public static string Filled(string text, IReadOnlyList<string> tokens) =>
        PlaceholderPattern().Replace(text, match =>
            int.TryParse(match.Groups[1].ValueSpan, out var number) && number >= 1 && number <= tokens.Count ? tokens[number - 1] : Mask);

    /// <summary>The first address in <paramref name="text"/> that carries a personal link (with its placeholder), or null.</summary>
    public static string? FirstLink(string text) => LinkPattern().Match(text) is { Success: true } match ? match.Value : null;

    /// <summary>The first "stop inviting me" link (<c>/stop/…</c>) in <paramref name="text"/>, with its placeholder, or null.</summary>
    public static string? StopLinkIn(string text) => StopLinkPattern().Match(text) is { Success: true } match ? match.Value : null;

    /// <summary>
    /// Uses the key ring once, outside any write transaction. Encrypting happens while a message is stored, inside the
    /// feature's write transaction; if Data Protection had to create a key then (the first one, or the next one shortly
    /// before the current one expires) and keeps its keys in this database, writing that key would wait for the write
    /// lock the transaction holds. Called at start-up and before every round of the outbox worker, so keys are made here.
    /// </summary>
    public void PrepareKeyRing() => _protector.Protect([]);

    /// <summary>The message's tokens, decrypted (none when it carries no link, or its link was wiped).</summary>
    /// <exception cref="System.Security.Cryptography.CryptographicException">The key ring no longer holds the key they were encrypted with.</exception>
    public IReadOnlyList<string> TokensOf(OutboxMessage message) =>
        message.ProtectedLinkTokens is { } protectedTokens
            ? _protector.Unprotect(protectedTokens).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            : [];

    /// <summary>
    /// Takes the live tokens out of a message's subject and bodies. A queued message keeps them beside it, encrypted, until
    /// it is sent; a message that is no longer queued (sent, or failed for good) keeps none: its links are only masked.
    /// A message whose links were already taken out is left alone.
    /// </summary>
    internal void KeepApart(OutboxMessage message)
    {
        if (message.ProtectedLinkTokens is not null)
        {
            return;
        }

        var tokens = new List<string>();
        string Replace(string text) => TokenPattern().Replace(text, match =>
        {
            var index = tokens.IndexOf(match.Value);
            if (index < 0)
            {
                tokens.Add(match.Value);
                index = tokens.Count - 1;
            }

            return Placeholder(index + 1);
        });
        var subject = Replace(message.Subject);
        var html = Replace(message.HtmlBody);
        var text = Replace(message.TextBody);
        if (tokens.Count == 0)
        {
            return;
        }

        var kept = message.Status == OutboxStatus.Queued ? _protector.Protect(string.Join(' ', tokens)) : null;
        message.KeepLinksApart(subject, html, text, kept);
    }

    /// <summary>
    /// A token of <see cref="Common.PersonalLinkTokens"/> (43 base64url characters) right after a personal link's path, or
    /// the longer token of a link that confirms a staff member's new address (<c>EmailChangeLink</c>).
    /// </summary>
    [GeneratedRegex("(?<=/(?:rsvp|a|stop|feedback|account/set-password)/)[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])|(?<=/account/confirm-email/)[A-Za-z0-9_-]{43,3000}(?![A-Za-z0-9_-])")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("personal-link-([0-9]{1,3})(?![0-9])")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex("https?://[^\\s\"'<>]*personal-link-[0-9]{1,3}(?![0-9])")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("https?://[^\\s\"'<>]*/stop/personal-link-[0-9]{1,3}(?![0-9])")]
    private static partial Regex StopLinkPattern();
}
