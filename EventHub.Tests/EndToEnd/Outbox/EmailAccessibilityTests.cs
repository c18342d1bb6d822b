using EventHub.Core.Common;
using EventHub.Core.Outbox;
using EventHub.Tests.Support;
using Microsoft.Playwright;

namespace EventHub.Tests.EndToEnd.Outbox;

/// <summary>
/// The emails themselves, opened in a real browser as a mail program shows HTML, pass axe's WCAG A/AA rules in light and dark
/// mode: the language, the alt texts, the contrast of the text and the buttons. One email of each shape: an invitation with a
/// message and the programme, a confirmation with the QR code, a list (the missing records), a staff invitation; with the
/// alliance's logo and signature.
/// </summary>
[Collection(InvitationsBrowserCollection.Name)]
public class EmailAccessibilityTests(InvitationsBrowserFixture browser) : BrowserStory(browser)
{
    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task EveryShapeOfEmail_PassesAxe(ColorScheme scheme)
    {
        var branding = new EmailBranding();
        branding.Update(new EmailBrandingInput("Gelijke Kansen Alliantie", null, null, "Kind regards, **the secretariat**", "Met vriendelijke groet, **het secretariaat**"), EmailCatalogue.Now);
        var emails = EmailCatalogue.All(Language.Nl, branding);
        var shapes = new[]
        {
            emails.First(m => m.Subject.StartsWith("Uitnodiging", StringComparison.Ordinal)),
            emails.First(m => m.Kind == "outcomes"),
            emails.First(m => m.Kind == "staff-invitation"),
            emails.First(m => m.Attachments.Any(a => a.ContentId is not null)),
        };
        var page = await browser.NewPageAsync("nl-NL");
        await page.EmulateMediaAsync(new() { ColorScheme = scheme });

        foreach (var email in shapes)
        {
            await page.SetContentAsync(EmailPreview.Of(email, branding, EmailCatalogue.Links.Root).Html);
            await page.AssertAccessibleAsync(scanFrames: false);
        }

        await page.ScreenshotAsync($"email-confirmation-{scheme.ToString().ToLowerInvariant()}");
    }
}
