using EventHub.Core.Data;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Outbox;

/// <summary>
/// "Did this partner get their invitation?" asked while away from the desk: on a 320 px phone, in Dutch, the admin finds
/// the failed message, opens it, and reads the whole address it went to and the mail server's reply, wrapped inside the
/// dialog rather than cut off at its edge.
/// </summary>
[Collection(InvitationsBrowserCollection.Name)]
public class OutboxOnAPhoneTests(InvitationsBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task Admin_OnAPhone_OpensAFailedMessage_AndReadsTheWholeAddressAndServerReply()
    {
        var to = $"bartholomeus.vanoosterhout.{Guid.NewGuid():N}"[..40] + "@gemeente-lippensluis.example";
        var reply = $"550 5.1.1 <{to}>: Recipient address rejected: User unknown in virtual mailbox table";
        var message = await TestOutbox.QueueInvitationAsync(browser.App, to, $"{browser.BaseUrl}/e/alliantiedag");
        await using (var db = await browser.App.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync())
        {
            var stored = await db.OutboxMessages.SingleAsync(m => m.Id == message.Id);
            stored.MarkAttemptFailed(reply, DateTime.UtcNow, maxAttempts: 1);
            await db.SaveChangesAsync();
        }

        var admin = await browser.NewPageAsync("nl-NL");
        await admin.SetViewportSizeAsync(320, 780);
        await admin.SignInAsync("admin@eventhub.example", at: "/outbox");
        await admin.SearchOutboxAsync(to);
        await admin.GetByRole(AriaRole.Button, new() { Name = message.Subject }).ClickAsync();
        var dialog = admin.GetByRole(AriaRole.Dialog);
        await Expect(dialog.Locator(".eh-outbox-error")).ToHaveTextAsync(reply);
        await admin.ScreenshotAsync("outbox-failed-message-320-nl", fullPage: false);

        var cutOff = await admin.EvaluateAsync<string[]>("""
            () => {
              const content = document.querySelector('.mud-dialog-content').getBoundingClientRect();
              return [...document.querySelectorAll('.eh-outbox-meta dd')]
                .filter(dd => dd.scrollWidth > dd.clientWidth + 1 || dd.getBoundingClientRect().right > content.right + 0.5)
                .map(dd => `"${dd.textContent.trim().slice(0, 40)}" ends at ${Math.round(dd.getBoundingClientRect().right)} px, the dialog's text at ${Math.round(content.right)} px`);
            }
            """);
        Assert.True(cutOff.Length == 0, string.Join("\n", cutOff));
    }
}
