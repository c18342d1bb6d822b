using EventHub.Core.Invitations;
using EventHub.Core.Outbox;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Outbox;

/// <summary>
/// An admin sets how the alliance signs its emails (name, sender, reply-to, a Dutch signature, a logo), is told when an
/// address is not one, and sees an email with them in the preview. The settings are put back afterwards: every story of the
/// collection's app reads its emails.
/// </summary>
[Collection(DirectoryBrowserCollection.Name)]
public class EmailSettingsTests(DirectoryBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task AnAdminSignsTheAlliancesEmails_AndSeesThemInThePreview()
    {
        var page = await browser.NewPageAsync("nl-NL");
        await page.SignInAsync("admin@eventhub.example");
        try
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "E-mailinstellingen" }).OpenPageAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "E-mailinstellingen", Level = 1 })).ToBeVisibleAsync();
            await page.WaitForInteractiveAsync();

            await page.Locator("#email-alliance-name").FillAsync("Gelijke Kansen Alliantie Groningen");
            await page.Locator("#email-sender-name").FillAsync("Alliantie Gelijke Kansen");
            await page.Locator("#email-reply-to").FillAsync("secretariaat at alliantie");
            await page.Locator("#email-signature-nl").FillAsync("Met vriendelijke groet,\n**Het secretariaat**");
            await page.Locator("#email-settings-save").ClickAsync();
            await Expect(page.Locator("#email-settings-error")).ToContainTextAsync("geen e-mailadres");

            await page.Locator("#email-reply-to").FillAsync("secretariaat@alliantie.example");
            await page.Locator("#email-settings-save").ClickAsync();
            await Expect(page.Locator("#email-settings-error")).ToHaveCountAsync(0);
            var preview = page.FrameLocator("#email-settings-preview-html");
            await Expect(preview.Locator(".eh-signature strong")).ToHaveTextAsync("Het secretariaat");
            await Expect(preview.Locator(".eh-brand")).ToHaveTextAsync("Gelijke Kansen Alliantie Groningen");

            await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "logo.png", MimeType = "image/png", Buffer = CheckInPass.Png("LOGO1234") });
            await Expect(page.Locator("#email-logo")).ToBeVisibleAsync();
            await Expect(preview.Locator(".eh-brand img")).ToHaveAttributeAsync("alt", "Gelijke Kansen Alliantie Groningen");
            var logo = await page.APIRequest.GetAsync(new Uri(new Uri(browser.BaseUrl), await page.Locator("#email-logo").GetAttributeAsync("src")).ToString());
            Assert.Equal(("image/png", 200), (logo.Headers["content-type"], logo.Status));
            await page.ScreenshotAsync("email-settings-nl");
            await page.AssertAccessibleAsync(scanFrames: false);
        }
        finally
        {
            await using var scope = browser.App.Services.CreateAsyncScope();
            var branding = scope.ServiceProvider.GetRequiredService<EmailBrandingService>();
            var admin = EventHub.Core.Common.TeamMember.InRoles("reset", "Reset", EventHub.Core.Common.Roles.Admin);
            await branding.SaveAsync(admin, new EmailBrandingInput(null, null, null, null, null));
            await branding.SetLogoAsync(admin, null);
        }
    }
}
