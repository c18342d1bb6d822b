namespace EventHub.Core.Outbox;

/// <summary>
/// An email as its reader will get it, for a screen: the same layout and branding as when it is stored, with images
/// sent inside the message (<c>cid:</c>) shown in place.
/// </summary>
public sealed record EmailPreview(string To, string Subject, string Html, string Text, IReadOnlyList<string> Attachments)
{
    internal static EmailPreview Of(OutboxMessage message, EmailBranding branding, Uri siteRoot)
    {
        EmailLayout.Apply(message, branding, siteRoot);
        return new EmailPreview(message.ToAddress, message.Subject, WithInlineImages(message.HtmlBody, message.Attachments), message.TextBody,
            message.Attachments.Where(a => a.ContentId is null).Select(a => a.FileName).ToList());
    }

    /// <summary>The HTML with each <c>cid:</c> image of the message written in place, for a screen that has no MIME parts.</summary>
    internal static string WithInlineImages(string html, IEnumerable<OutboxAttachment> attachments)
    {
        foreach (var image in attachments.Where(a => a.ContentId is not null))
        {
            html = html.Replace($"cid:{EmailDraft.Encode(image.ContentId!)}", $"data:{image.ContentType};base64,{Convert.ToBase64String(image.Content)}", StringComparison.Ordinal);
        }

        return html;
    }
}
