using EventHub.Core.Common;
using EventHub.Core.Texts;

namespace EventHub.Core.Outbox;

/// <summary>
/// The sample the email settings page shows (<see cref="EmailBrandingService.SampleAsync"/>): a short email to the admin
/// in the alliance's design, never stored or sent (texts <c>EmailSample_*</c> in <see cref="CoreTexts"/>).
/// </summary>
public static class BrandingEmails
{
    public const string SampleKind = "sample";

    public static OutboxMessage Sample(SiteLinks links, Language language, string toName, string toAddress, DateTime nowUtc)
    {
        var text = Localized.Core(language);
        return new EmailDraft(language)
            .Paragraph(text["Email_Hello", toName])
            .Paragraph(text["EmailSample_Intro"])
            .Button(text["EmailSample_Button"], links.Root.ToString())
            .ToMessage(toAddress, toName, text["EmailSample_Subject"], SampleKind, nowUtc);
    }
}
