using System.Text;
using Bunit;
using EventHub.App.Components.Pages.Outbox;
using EventHub.App.Hosting;
using EventHub.Core.Outbox;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventHub.Tests.Components.Outbox;

public class OutboxPageTests : ComponentTestBase
{
    [Fact]
    public async Task OutboxPage_QueuedMessages_ListsThemNewestFirstAndSaysSmtpIsNotConfigured()
    {
        SignInAs("Olga Bakker", Policies.Organise);
        await QueueAsync(
            Message("fatima@noorderpoort.example", "Uitnodiging: Alliantiedag", minutesAgo: 10),
            Message("jan@alfa-college.example", "Herinnering: Alliantiedag", minutesAgo: 1));

        Render<MudPopoverProvider>();
        var page = Render<OutboxPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tbody tr").Count));
        Assert.Contains("jan@alfa-college.example", page.FindAll("tbody tr")[0].TextContent);
        Assert.Contains("Queued", page.FindAll("tbody tr")[0].TextContent);
        Assert.Contains("Uitnodiging: Alliantiedag", page.FindAll("tbody tr")[1].TextContent);
        Assert.Contains("Messages are not sent: no SMTP server is configured.", page.Find("#outbox-smtp").TextContent);
        Assert.Equal("2 queued, 0 sent, 0 failed", page.Find("#outbox-counts").TextContent);
    }

    [Fact]
    public async Task OutboxPage_RetryOnFailedMessage_QueuesItAgain()
    {
        SignInAs("Olga Bakker", Policies.Organise);
        var failed = Message("fatima@noorderpoort.example", "Uitnodiging: Alliantiedag", minutesAgo: 10);
        failed.MarkAttemptFailed("550 5.1.1 mailbox unavailable", Time.GetUtcNow().UtcDateTime, maxAttempts: 1);
        await QueueAsync(failed);

        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        var page = Render<OutboxPage>();
        page.WaitForAssertion(() => Assert.Contains("550 5.1.1 mailbox unavailable", page.Find("tbody tr").TextContent));
        Assert.Contains(page.FindAll("thead th"), heading => heading.TextContent.Contains("Actions"));
        Assert.Equal("1 attempt", page.Find(".eh-outbox-attempts").TextContent);

        page.Find("button.eh-outbox-retry").Click();

        page.WaitForAssertion(() => Assert.Contains("Queued", page.Find("tbody tr").TextContent));
        Assert.Empty(page.FindAll("button.eh-outbox-retry"));
        // Nothing has failed any more: the column of the retry button goes with it.
        page.WaitForAssertion(() => Assert.DoesNotContain(page.FindAll("thead th"), heading => heading.TextContent.Contains("Actions")));
        await using var db = await DbFactory.CreateDbContextAsync();
        var stored = await db.OutboxMessages.SingleAsync();
        Assert.Equal((OutboxStatus.Queued, 0), (stored.Status, stored.Attempts));
    }

    [Fact]
    public async Task OutboxPage_FailedMessagesThatCannotBeRetried_OfferNoRetryButton_OnlyTheOneThatCan()
    {
        SignInAs("Olga Bakker", Policies.Organise);
        var refused = Message("fatima@noorderpoort.example", "Uitnodiging: Alliantiedag", minutesAgo: 1);
        refused.MarkAttemptFailed("554 5.7.1 Message refused by policy", Time.GetUtcNow().UtcDateTime, maxAttempts: 1);
        await QueueAsync(
            refused,
            Message($"contact-9@{OutboxMessage.ErasedDomain}", "Uitnodiging: Alliantiedag", minutesAgo: 2),
            Message($"walkin-7@{OutboxMessage.NoEmailDomain}", "Uitnodiging: Alliantiedag", minutesAgo: 3));

        Render<MudPopoverProvider>();
        var page = Render<OutboxPage>();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("tbody tr").Count(row => row.TextContent.Contains("Failed"))));

        // A button that could only ever answer with an error is not offered.
        var retry = Assert.Single(page.FindAll("button.eh-outbox-retry"));
        Assert.Equal("Retry the message to fatima@noorderpoort.example", retry.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task OutboxPage_OpenMessage_ShowsHtmlInASandboxedFrameWithTextAndAttachment()
    {
        SignInAs("Olga Bakker", Policies.Organise);
        var message = Message("fatima@noorderpoort.example", "Uitnodiging: Alliantiedag", minutesAgo: 1)
            .Attach("alliantiedag.ics", "text/calendar", Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));
        await QueueAsync(message);

        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var page = Render<OutboxPage>();
        page.WaitForAssertion(() => page.Find("button.eh-outbox-open"));

        page.Find("button.eh-outbox-open").Click();

        dialogs.WaitForAssertion(() => dialogs.Find("#outbox-message-html"));
        var frame = dialogs.Find("#outbox-message-html");
        Assert.Equal("allow-popups allow-popups-to-escape-sandbox", frame.GetAttribute("sandbox"));
        Assert.Contains("<base target=\"_blank\">", frame.GetAttribute("srcdoc"));
        Assert.Contains("<script>alert(1)</script>", frame.GetAttribute("srcdoc"));
        Assert.Empty(dialogs.FindAll("script"));
        Assert.Contains("Geef antwoord: https://eventhub.example/rsvp/abc", dialogs.Find("#outbox-message-text").TextContent);
        var link = dialogs.Find("#outbox-message-attachments a");
        Assert.Equal("alliantiedag.ics", link.TextContent);
        Assert.Equal($"outbox/{message.Id}/attachments/{message.Attachments[0].Id}", link.GetAttribute("href"));
    }

    [Fact]
    public async Task OutboxPage_MessageWithPersonalLink_ShowsItMasked_AndOffersNoLinkWhenShowLinksIsOff()
    {
        SignInAs("Olga Bakker", Policies.Organise);
        var token = EventHub.Core.Common.PersonalLinkTokens.NewToken();
        await QueueAsync(WithLink(token));

        var dialogs = OpenTheMessage();

        Assert.Contains($"Geef antwoord: https://eventhub.example/rsvp/{OutboxLinkTokens.Mask}", dialogs.Find("#outbox-message-text").TextContent);
        Assert.DoesNotContain(token, dialogs.Markup);
        Assert.Contains("The personal link in this message is masked", dialogs.Find("#outbox-message-links").TextContent);
        Assert.Empty(dialogs.FindAll("#outbox-message-open-link"));
    }

    [Fact]
    public async Task OutboxPage_ShowLinksOn_OffersToOpenAnUnsentMessageAsThisPartner()
    {
        // The base has already built the services: switch the setting on the options instance the page will read.
        Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<OutboxOptions>>().Value.ShowLinks = true;
        SignInAs("Olga Bakker", Policies.Organise);
        var token = EventHub.Core.Common.PersonalLinkTokens.NewToken();
        await QueueAsync(WithLink(token));

        var dialogs = OpenTheMessage();

        var open = dialogs.Find("#outbox-message-open-link");
        Assert.Equal("Open as this partner", open.TextContent.Trim());
        Assert.Equal($"https://eventhub.example/rsvp/{token}", open.GetAttribute("href"));
        Assert.Equal("_blank", open.GetAttribute("target"));
        Assert.DoesNotContain(token, dialogs.Find("#outbox-message-text").TextContent + dialogs.Find("#outbox-message-html").GetAttribute("srcdoc"));
    }

    [Fact]
    public async Task OutboxPage_SmtpServerDown_ShowsTheWaitingMessagesWithAttemptsErrorAndNextAttempt()
    {
        // The real sender meets a stopped SMTP server (connection refused) twice, as the background worker would.
        using var smtp = new TestSmtpServer();
        var options = Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SmtpOptions>>().Value;
        (options.Host, options.Port, options.SecureSocketOptions, options.FromAddress) = ("127.0.0.1", smtp.Port, MailKit.Security.SecureSocketOptions.None, "eventhub@gemeente.example");
        SignInAs("Olga Bakker", Policies.Organise);
        await QueueAsync(
            Message("fatima@noorderpoort.example", "Uitnodiging: Alliantiedag", minutesAgo: 2),
            Message("jan@alfa-college.example", "Uitnodiging: Alliantiedag", minutesAgo: 1));
        var sender = Services.GetRequiredService<OutboxSender>();
        Assert.Equal(new OutboxSendResult(0, 2), await sender.SendDueAsync());
        Time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(new OutboxSendResult(0, 2), await sender.SendDueAsync());
        var nextAttempt = TestDatabase.DefaultNow.UtcDateTime.AddSeconds(30 + 60);

        Render<MudPopoverProvider>();
        var page = Render<OutboxPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tbody tr").Count));
        Assert.Equal("2 queued, 0 sent, 0 failed", page.Find("#outbox-counts").TextContent);
        Assert.Equal(
            $"2 messages could not be sent yet and wait to be tried again automatically; the next attempt is at {OutboxText.When(nextAttempt)}.",
            page.Find("#outbox-waiting").TextContent.Trim());
        foreach (var row in page.FindAll("tbody tr"))
        {
            Assert.Contains("Queued", row.TextContent);
            Assert.Contains($"SMTP 127.0.0.1:{smtp.Port}", row.QuerySelector(".eh-outbox-error")!.TextContent);
            Assert.Equal(OutboxText.When(nextAttempt), row.QuerySelector(".eh-outbox-next")!.TextContent);
            Assert.Equal("2 attempts", row.QuerySelector(".eh-outbox-attempts")!.TextContent);
        }

        Assert.Empty(page.FindAll("button.eh-outbox-retry"));
        Assert.DoesNotContain(page.FindAll("thead th"), heading => heading.TextContent.Contains("Actions"));
    }

    [Fact]
    public async Task OutboxPage_SentMessage_SaysWhenUnderWhenItWasWritten()
    {
        SignInAs("Olga Bakker", Policies.Organise);
        var sent = Message("fatima@noorderpoort.example", "Uitnodiging: Alliantiedag", minutesAgo: 10);
        var sentAt = Time.GetUtcNow().UtcDateTime.AddMinutes(-9);
        sent.MarkSent(sentAt);
        await QueueAsync(sent, Message("jan@alfa-college.example", "Uitnodiging: Alliantiedag", minutesAgo: 1));

        Render<MudPopoverProvider>();
        var page = Render<OutboxPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tbody tr").Count));
        var (queued, delivered) = (page.FindAll("tbody tr")[0], page.FindAll("tbody tr")[1]);
        Assert.Equal($"Sent {OutboxText.When(sentAt)}", delivered.QuerySelector(".eh-outbox-sent")!.TextContent);
        Assert.Contains(OutboxText.When(sentAt.AddMinutes(-1)), delivered.TextContent);
        Assert.Null(queued.QuerySelector(".eh-outbox-sent"));
        Assert.Null(queued.QuerySelector(".eh-outbox-attempts"));
    }

    [Fact]
    public void OutboxPage_NoMessages_SaysSo()
    {
        SignInAs("Olga Bakker", Policies.Organise);

        Render<MudPopoverProvider>();
        var page = Render<OutboxPage>();

        page.WaitForAssertion(() => Assert.Contains("No email has been written yet.", page.Find("#outbox-empty").TextContent));
    }

    private OutboxMessage Message(string to, string subject, int minutesAgo) =>
        StoredEmails.Message(
            to,
            null,
            subject,
            "<html lang=\"nl\"><head><title>Uitnodiging</title></head><body><p><a href=\"https://eventhub.example/rsvp/abc\">Geef antwoord</a></p><script>alert(1)</script></body></html>",
            "Geef antwoord: https://eventhub.example/rsvp/abc",
            "invitation",
            Time.GetUtcNow().UtcDateTime.AddMinutes(-minutesAgo));

    private OutboxMessage WithLink(string token) =>
        StoredEmails.Message(
            "fatima@noorderpoort.example",
            null,
            "Uitnodiging: Alliantiedag",
            $"<html lang=\"nl\"><head><title>Uitnodiging</title></head><body><p><a href=\"https://eventhub.example/rsvp/{token}\">Geef antwoord</a></p></body></html>",
            $"Geef antwoord: https://eventhub.example/rsvp/{token}",
            "invitation",
            Time.GetUtcNow().UtcDateTime);

    private IRenderedComponent<MudDialogProvider> OpenTheMessage()
    {
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var page = Render<OutboxPage>();
        page.WaitForAssertion(() => page.Find("button.eh-outbox-open"));
        page.Find("button.eh-outbox-open").Click();
        dialogs.WaitForAssertion(() => dialogs.Find("#outbox-message-text"));
        return dialogs;
    }

    private async Task QueueAsync(params OutboxMessage[] messages)
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        db.OutboxMessages.AddRange(messages);
        await db.SaveChangesAsync();
    }
}
