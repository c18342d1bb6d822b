using EventHub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Accounts;

[Collection(AccountsBrowserCollection.Name)]
public class LoginPageTests(AccountsBrowserFixture browser) : BrowserStory(browser)
{
    [Theory]
    [InlineData("en-GB", "Sign in", "login-en")]
    [InlineData("nl-NL", "Inloggen", "login-nl")]
    public async Task LoginPage_InTheBrowsersLanguage_IsAccessible(string locale, string heading, string screenshot)
    {
        var page = await browser.NewPageAsync(locale);

        await page.GotoAsync("/");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
        await page.ScreenshotAsync(screenshot);
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task LoginPage_WrongPassword_ExplainsWithoutSayingWhichPartWasWrong()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email address").FillAsync("organiser@eventhub.example");
        await page.GetByLabel("Password").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Sign-in failed");
        await page.AssertAccessibleAsync();
    }

    /// <summary>Signing in with the fields left empty put the focus on the heading, and the messages were heard only field by field.</summary>
    [Fact]
    public async Task LoginPage_SentEmpty_PutsTheFocusOnWhatIsMissing()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/Login");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).PressAsync("Enter");

        var problems = page.Locator("#login-problems");
        await Expect(problems).ToBeFocusedAsync();
        await Expect(problems).ToHaveAttributeAsync("role", "alert");
        await Expect(problems.Locator("li")).ToHaveCountAsync(2);
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task LoginPage_KeyboardOnly_SignsIn()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/Login");

        // Focus starts on the page heading, so the first Tab lands in the form.
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Email address")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("facilitator@eventhub.example");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(EventHub.Core.Demo.DemoSeeder.DemoPassword);
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForInteractiveAsync();
        // A facilitator's work starts at My sessions.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My sessions", Level = 1 })).ToBeVisibleAsync();
    }
}
