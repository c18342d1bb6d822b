using System.Text;
using MimeKit;

namespace EventHub.Core.Outbox;

/// <summary>Who emails come from: the configured address, under the alliance's sender name, with replies to its reply-to address.</summary>
internal sealed record MailSender(string Name, string Address, string? ReplyTo)
{
    /// <summary>The admin's sender name wins over <see cref="SmtpOptions.FromName"/>, which stays the default.</summary>
    public static MailSender Of(SmtpOptions options, EmailBranding branding) => new(
        branding.SenderName ?? options.FromName,
        // The app checks this at start-up; the message here lands in LastError if a host builds the sender without that check.
        options.FromAddress ?? throw new InvalidOperationException($"{SmtpOptions.Section}:FromAddress is not configured."),
        branding.ReplyToAddress);

    /// <summary>Where a reply to the alliance's emails arrives: the reply-to address when the admins set one, else the sender's address.</summary>
    public static string? RepliesTo(SmtpOptions options, EmailBranding branding) => branding.ReplyToAddress ?? options.FromAddress;
}

/// <summary>Turns an outbox row into the MIME message a mail client receives.</summary>
internal static class OutboxMimeMessage
{
    /// <summary>
    /// The Message-Id is the message's own random key at the sender's domain (RFC 5322 §3.6.4: unique worldwide, with a
    /// real domain, which spam filters look for). The key is stored with the message, so if a crash makes us send it again
    /// the copies carry the same id and mail systems (and people) can recognise the duplicate; another message, of this
    /// installation or another, never has it.
    /// </summary>
    public static string MessageIdOf(OutboxMessage message, string fromAddress) =>
        $"{message.MessageKey:N}@{new MailboxAddress("", fromAddress).Domain}";

    /// <param name="linkTokens">The message's personal link tokens (<see cref="OutboxLinkTokens.TokensOf"/>), filled in here and only here.</param>
    public static MimeMessage Create(OutboxMessage message, IReadOnlyList<string> linkTokens, MailSender sender, DateTimeOffset now)
    {
        var mime = new MimeMessage
        {
            Subject = OutboxLinkTokens.Filled(message.Subject, linkTokens),
            MessageId = MessageIdOf(message, sender.Address),
            Date = now,
        };
        mime.From.Add(new MailboxAddress(sender.Name, sender.Address));
        if (sender.ReplyTo is not null)
        {
            mime.ReplyTo.Add(MailboxAddress.Parse(sender.ReplyTo));
        }

        mime.To.Add(new MailboxAddress(message.ToName ?? "", message.ToAddress));
        OneClickUnsubscribe.AddTo(mime, message, linkTokens);

        var body = new BodyBuilder
        {
            TextBody = OutboxLinkTokens.Filled(message.TextBody, linkTokens),
            HtmlBody = string.IsNullOrWhiteSpace(message.HtmlBody) ? null : OutboxLinkTokens.Filled(message.HtmlBody, linkTokens),
        };
        foreach (var attachment in message.Attachments)
        {
            var contentType = ContentType.TryParse(attachment.ContentType, out var parsed)
                ? parsed
                : new ContentType("application", "octet-stream");
            if (attachment.ContentId is { } contentId)
            {
                // Shown inside the HTML (cid:), in a multipart/related part beside it.
                body.LinkedResources.Add(attachment.FileName, attachment.Content, contentType).ContentId = contentId;
            }
            else
            {
                body.Attachments.Add(attachment.FileName, attachment.Content, contentType);
            }
        }

        mime.Body = WithInlineCalendar(body.ToMessageBody(), message.Attachments);
        return mime;
    }

    /// <summary>
    /// A scheduling calendar (iMIP, RFC 6047: an attachment of type text/calendar with a <c>method</c>, as a confirmation
    /// to someone coming carries) also goes inline, as the last alternative beside the text and the HTML, so mail programs
    /// show it as a calendar item; the attachment stays for the others. Downloads (METHOD:PUBLISH) carry no method
    /// parameter and stay attachments only.
    /// </summary>
    private static MimeEntity WithInlineCalendar(MimeEntity body, IReadOnlyList<OutboxAttachment> attachments)
    {
        var calendar = attachments.Select(a => (Attachment: a, Method: MethodOf(a.ContentType))).FirstOrDefault(c => c.Method is not null);
        if (calendar.Method is not { } method)
        {
            return body;
        }

        var inline = new TextPart("calendar");
        inline.SetText("utf-8", Encoding.UTF8.GetString(calendar.Attachment.Content));
        inline.ContentType.Parameters.Add("method", method);
        inline.ContentTransferEncoding = ContentEncoding.Base64;

        // multipart/mixed (with attachments) holds the alternatives first; without attachments they are the body itself.
        var mixed = body is Multipart multipart && multipart.ContentType.IsMimeType("multipart", "mixed") ? multipart : null;
        var text = mixed is null ? body : mixed[0];
        if (text is not MultipartAlternative alternative)
        {
            alternative = new MultipartAlternative { text };
        }

        alternative.Add(inline);
        if (mixed is null)
        {
            return alternative;
        }

        mixed[0] = alternative;
        return mixed;
    }

    /// <summary>The iTIP method of a text/calendar content type ("REQUEST", "CANCEL"), or null for anything else.</summary>
    private static string? MethodOf(string contentType) =>
        ContentType.TryParse(contentType, out var type) && type.IsMimeType("text", "calendar") && type.Parameters.TryGetValue("method", out string? method)
            && !string.IsNullOrWhiteSpace(method) ? method : null;
}
