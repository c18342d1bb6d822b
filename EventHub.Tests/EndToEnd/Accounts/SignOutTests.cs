using EventHub.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Accounts;

[Collection(AccountsBrowserCollection.Name)]
public class SignOutTests(AccountsBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task SignOut_ClearsTheBrowsersDraftCopiesOfSessionNotes()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("facilitator@eventhub.example");
        await page.EvaluateAsync("""
            () => {
                localStorage.setItem("eventhub:outcome:12:3", JSON.stringify({ at: Date.now(), draft: { notes: "vertrouwelijk" } }));
                localStorage.setItem("another-site-setting", "kept");
            }
            """);

        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Account menu" }).ClickAsync();
        await page.Locator("#sign-out").OpenPageAsync();
        await Expect(page.Locator("#sign-in")).ToBeVisibleAsync();

        await page.WaitForFunctionAsync("() => localStorage.getItem('eventhub:outcome:12:3') === null");
        Assert.Equal("kept", await page.EvaluateAsync<string>("() => localStorage.getItem('another-site-setting')"));
    }
}
