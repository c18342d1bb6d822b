using System.Net;
using EventHub.Core.Common;

namespace EventHub.Core.Outbox;

/// <summary>
/// What an email says, block by block, each written once for the HTML part and once for the plain-text part. The house
/// layout and the alliance's branding go around it when the message is stored (<see cref="EmailLayout"/>), so every email
/// looks alike and none can forget its text part, its language or its signature.
/// </summary>
public sealed class EmailDraft(Language language)
{
    private readonly List<EmailBlock> _body = [];
    private readonly List<EmailBlock> _foot = [];

    public Language Language => language;

    internal IReadOnlyList<EmailBlock> Body => _body;

    /// <summary>The small print under the signature (the partner footer: where their data came from, how to stop).</summary>
    internal IReadOnlyList<EmailBlock> Foot => _foot;

    public EmailDraft Paragraph(string text) => Add(new EmailBlock($"<p>{Encode(text)}</p>", text));

    /// <summary>A paragraph worded for each part: <paramref name="plainText"/> where the HTML's words point at something only the HTML shows.</summary>
    public EmailDraft Paragraph(string text, string plainText) => Add(new EmailBlock($"<p>{Encode(text)}</p>", plainText));

    /// <summary>A block of facts (the event's title, day and place): the first line bold, in <paramref name="titleLanguage"/> when given.</summary>
    public EmailDraft Facts(string title, IEnumerable<string> lines, Language? titleLanguage = null)
    {
        var rest = lines.Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        var lang = titleLanguage is { } l ? $" lang=\"{l.ToCultureName()}\"" : "";
        var html = $"<p class=\"eh-facts\"><strong{lang}>{Encode(title)}</strong>{string.Concat(rest.Select(r => "<br>" + Encode(r)))}</p>";
        return Add(new EmailBlock(html, string.Join("\n", [title, .. rest])));
    }

    /// <summary>A heading with a list under it (the chosen sessions, the sessions still without a record).</summary>
    public EmailDraft List(string? heading, IEnumerable<string> items)
    {
        var lines = items.ToList();
        if (lines.Count == 0)
        {
            return this;
        }

        var head = heading is null ? "" : $"<p><strong>{Encode(heading)}</strong></p>";
        var text = (heading is null ? "" : heading + "\n") + string.Join("\n", lines.Select(l => "- " + l));
        return Add(new EmailBlock($"{head}<ul>{string.Concat(lines.Select(l => $"<li>{Encode(l)}</li>"))}</ul>", text));
    }

    /// <summary>Text an organiser wrote in Markdown: sanitised for the HTML part, plain for the text part. Nothing when empty.</summary>
    public EmailDraft Markdown(string? markdown, Language? writtenIn = null)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return this;
        }

        var lang = writtenIn is { } l ? $" lang=\"{l.ToCultureName()}\"" : "";
        return Add(new EmailBlock($"<div class=\"eh-message\"{lang}>{MarkdownText.ToSafeHtml(markdown)}</div>", MarkdownText.ToPlainText(markdown)));
    }

    /// <summary>A call to action: a real link styled as a button, and the address spelled out for mail programs that hide buttons.</summary>
    public EmailDraft Button(string label, string link) => Add(new EmailBlock(
        $"""
        <table role="presentation" class="eh-button" cellspacing="0" cellpadding="0"><tr><td><a href="{Encode(link)}">{Encode(label)}</a></td></tr></table>
        <p class="eh-small eh-link">{Encode(link)}</p>
        """,
        $"{label}: {link}"));

    /// <summary>A paragraph ending in a plain link (<paramref name="label"/>); the text part spells the address out.</summary>
    public EmailDraft ParagraphWithLink(string text, string label, string link) => Add(new EmailBlock(
        $"<p>{Encode(text)} <a href=\"{Encode(link)}\">{Encode(label)}</a></p>",
        $"{text} {label}: {link}"));

    /// <summary>An image sent with the message (<c>cid:</c>), such as the check-in QR code; its text says what it shows.</summary>
    public EmailDraft Image(string contentId, string alt, int size) => Add(new EmailBlock(
        $"<p><img src=\"cid:{Encode(contentId)}\" alt=\"{Encode(alt)}\" width=\"{size}\" height=\"{size}\" class=\"eh-image\"></p>",
        ""));

    public EmailDraft FootNote(string text) => AddFoot(new EmailBlock($"<p class=\"eh-small\">{Encode(text)}</p>", text));

    public EmailDraft FootLink(string label, string link) =>
        AddFoot(new EmailBlock($"<p class=\"eh-small\"><a href=\"{Encode(link)}\">{Encode(label)}</a></p>", $"{label}: {link}"));

    /// <summary>The message to store in the outbox; the layout is put around it when it is saved.</summary>
    public OutboxMessage ToMessage(string toAddress, string? toName, string subject, string kind, DateTime nowUtc, string? deduplicationKey = null) =>
        new(toAddress, toName, subject, this, kind, nowUtc, deduplicationKey);

    internal static string Encode(string value) => WebUtility.HtmlEncode(value);

    private EmailDraft Add(EmailBlock block)
    {
        _body.Add(block);
        return this;
    }

    private EmailDraft AddFoot(EmailBlock block)
    {
        _foot.Add(block);
        return this;
    }
}

/// <summary>One piece of an email in its two forms.</summary>
internal sealed record EmailBlock(string Html, string Text);
