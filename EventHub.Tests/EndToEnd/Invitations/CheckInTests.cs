using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Invitations;

/// <summary>Door staff check guests in by the code on their QR code, or by name; a second scan and a wrong code are explained.</summary>
[Collection(InvitationsBrowserCollection.Name)]
public class CheckInTests(InvitationsBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task DoorStaff_CheckAGuestIn_ByTheirCode()
    {
        // Door staff work only the events taking place today.
        var (eventId, (name, code), (other, _)) = await TodaysEventAsync();
        var page = await browser.NewPageAsync();
        await page.SignInAsync("door@eventhub.example");
        await page.GotoAsync("/check-in");
        await page.WaitForInteractiveAsync();
        await page.Locator($"a[href='check-in/{eventId}']").ClickAsync();
        await Expect(page.Locator("#checkin-code")).ToBeFocusedAsync();

        await page.Locator("#checkin-code").FillAsync(CheckInPass.Display(code).ToLowerInvariant());
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("#checkin-result")).ToContainTextAsync($"Welcome, {name}!");
        await Expect(page.Locator("#checkin-recent")).ToContainTextAsync(name);
        await Expect(page.Locator("#checkin-code")).ToHaveValueAsync("");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("check-in-en");

        await page.Locator("#checkin-code").FillAsync(code);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#checkin-result")).ToContainTextAsync($"{name} was already checked in at");

        await page.Locator("#checkin-code").FillAsync("NOT-A-CODE");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#checkin-result")).ToContainTextAsync("This code is not on the guest list of this event.");

        // Someone without their code is found by name.
        await page.Locator("#checkin-find").FillAsync(other);
        await page.Locator("#checkin-found li", new() { HasText = other }).GetByRole(AriaRole.Button, new() { Name = $"Check in {other}" }).ClickAsync();
        await Expect(page.Locator("#checkin-result")).ToContainTextAsync($"Welcome, {other}!");
        await Expect(page.Locator("#checkin-found li", new() { HasText = other })).ToContainTextAsync("Checked in at");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("check-in-by-name-en");
    }

    /// <summary>A published event taking place today, with two guests who accepted (answered by phone).</summary>
    private async Task<(int EventId, (string Name, string Code) First, (string Name, string Code) Second)> TodaysEventAsync()
    {
        var services = browser.App.Services;
        var dbFactory = services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        // Planned for later (answers close when it starts), moved to begin now once the guests have answered.
        var @event = new Event("Deurdienst vandaag", now.AddDays(1), now.AddDays(1).AddHours(2));
        @event.HoldAt(null, "https://meet.example.org/deur");
        @event.AddSession("Plenair", SessionKind.Plenary, now.AddDays(1), now.AddDays(1).AddHours(2));
        Assert.True(@event.Publish(now, $"deurdienst-{Guid.NewGuid():N}").Succeeded);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var guests = new[] { new Contact("Ilse", "Deur", $"ilse.{suffix}@example.org", Language.En, now), new Contact("Joost", "Poort", $"joost.{suffix}@example.org", Language.En, now) };
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            db.Events.Add(@event);
            db.Contacts.AddRange(guests);
            await db.SaveChangesAsync();
        }

        using var scope = services.CreateScope();
        var invitations = scope.ServiceProvider.GetRequiredService<InvitationService>();
        Assert.True((await invitations.AddAsync(@event.Id, guests.Select(g => g.Id).ToList(), Staff.Organiser)).Succeeded);
        Assert.True((await invitations.SendAsync(@event.Id, Staff.Organiser)).Succeeded);
        await using var read = await dbFactory.CreateDbContextAsync();
        var ids = await read.Invitations.Where(i => i.EventId == @event.Id).OrderBy(i => i.Contact.FirstName).Select(i => i.Id).ToListAsync();
        foreach (var id in ids)
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<PhoneAnswerService>()
                .AnswerOnBehalfAsync(id, new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true), Staff.Organiser)).Succeeded);
        }

        var held = await read.Events.SingleAsync(e => e.Id == @event.Id);
        held.Reschedule(now, now.AddHours(2), held.TimeZoneId);
        await read.SaveChangesAsync();
        var codes = await read.Invitations.Where(i => i.EventId == @event.Id).OrderBy(i => i.Contact.FirstName)
            .Select(i => i.CheckInCode!).ToListAsync();
        return (@event.Id, ("Ilse Deur", codes[0]), ("Joost Poort", codes[1]));
    }
}
