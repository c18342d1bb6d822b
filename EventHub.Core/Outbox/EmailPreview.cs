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
        var html = message.HtmlBody;
        foreach (var image in message.Attachments.Where(a => a.ContentId is not null))
        {
            html = html.Replace($"cid:{EmailDraft.Encode(image.ContentId!)}", $"data:{image.ContentType};base64,{Convert.ToBase64String(image.Content)}", StringComparison.Ordinal);
        }

        return new EmailPreview(message.ToAddress, message.Subject, html, message.TextBody,
            message.Attachments.Where(a => a.ContentId is null).Select(a => a.FileName).ToList());
    }
}
