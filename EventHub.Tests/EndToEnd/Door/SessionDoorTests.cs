using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static EventHub.Tests.EndToEnd.Door.DoorDeskTests;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Door;

/// <summary>A second check at a workshop's door: the desk switches to the session, lets in who registered and admits who did not.</summary>
[Collection(InvitationsBrowserCollection.Name)]
public class SessionDoorTests(InvitationsBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task DoorStaff_AtAWorkshopsDoor_CheckInSomeoneRegistered_AndAdmitSomeoneOnItsWaitingList()
    {
        var (eventId, workshopId, ilse, joost) = await WorkshopTodayAsync($"Werkplaatsen {Guid.NewGuid():N}"[..20]);
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.SignInAsync("door@eventhub.example");
        await page.GotoAsync($"/check-in/{eventId}");
        await DeskReadyAsync(page);

        await page.Locator($"#door-session-{workshopId}").ClickAsync();
        await DeskReadyAsync(page);
        await Expect(page.Locator("#door-session-current")).ToHaveTextAsync("Session door: Workshop Klei · 0 of 1 registered came");
        await Expect(page.Locator($"#door-session-{workshopId}")).ToHaveAttributeAsync("aria-current", "page");

        await page.Locator("#door-code").FillAsync(ilse.Code);
        await page.Keyboard.PressAsync("Enter");
        await Expect(Answer(page).Locator(".door-answer-title")).ToHaveTextAsync("✓ Welcome, Ilse Deur! Checked in.");

        // On the workshop's waiting list: told so, and let in with Admit.
        await page.Locator("#door-find").FillAsync("poort");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check in Joost Poort" }).ClickAsync();
        await Expect(Answer(page)).ToContainTextAsync("Joost Poort is not registered for this session.");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("door-session-not-registered-phone-en");
        await Answer(page).GetByRole(AriaRole.Button, new() { Name = "Admit" }).ClickAsync();
        await Expect(Answer(page)).ToContainTextAsync("Joost Poort admitted and checked in.");
        // Both came through the event's door with it: they were expected there.
        await Expect(page.Locator("#door-counts")).ToHaveTextAsync("2 of 2 expected");

        await page.ReloadAsync();
        await DeskReadyAsync(page);
        await Expect(page.Locator("#door-session-current")).ToHaveTextAsync("Session door: Workshop Klei · 2 of 1 registered came");
        await page.AssertAccessibleAsync();
    }

    /// <summary>
    /// A published event on today with two workshops; Ilse registered for Workshop Klei (one place), Joost chose it too
    /// and waits for a place.
    /// </summary>
    private async Task<(int EventId, int WorkshopId, TodaysGuest Ilse, TodaysGuest Joost)> WorkshopTodayAsync(string title)
    {
        var services = browser.App.Services;
        var dbFactory = services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var @event = new Event(title, now.AddDays(1), now.AddDays(1).AddHours(3));
        @event.HoldAt(null, "https://meet.example.org/werkplaats");
        @event.AddSession("Workshop Klei", SessionKind.Workshop, now.AddDays(1), now.AddDays(1).AddHours(1), capacity: 1);
        @event.AddSession("Workshop Hout", SessionKind.Workshop, now.AddDays(1).AddHours(1), now.AddDays(1).AddHours(2));
        Assert.True(@event.Publish(now, $"werkplaats-{Guid.NewGuid():N}").Succeeded);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var guests = new[] { ("Ilse", "Deur"), ("Joost", "Poort") }
            .Select(n => new Contact(n.Item1, n.Item2, $"{n.Item1.ToLowerInvariant()}.{suffix}@example.org", Language.En, now)).ToList();
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            db.Events.Add(@event);
            db.Contacts.AddRange(guests);
            await db.SaveChangesAsync();
        }

        var workshopId = @event.Sessions.Single(s => s.Title == "Workshop Klei").Id;
        using var scope = services.CreateScope();
        var invitations = scope.ServiceProvider.GetRequiredService<InvitationService>();
        Assert.True((await invitations.AddAsync(@event.Id, guests.Select(g => g.Id).ToList(), Staff.Organiser)).Succeeded);
        Assert.True((await invitations.SendAsync(@event.Id, Staff.Organiser)).Succeeded);
        await using var read = await dbFactory.CreateDbContextAsync();
        var ids = await read.Invitations.Where(i => i.EventId == @event.Id).OrderBy(i => i.Contact.FirstName).Select(i => i.Id).ToListAsync();
        foreach (var id in ids)
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<PhoneAnswerService>()
                .AnswerOnBehalfAsync(id, new RsvpAnswer(InvitationStatus.Accepted, [workshopId], PrivacyAccepted: true), Staff.Organiser)).Succeeded);
        }

        var held = await read.Events.SingleAsync(e => e.Id == @event.Id);
        held.Reschedule(now, now.AddHours(3), held.TimeZoneId);
        await read.SaveChangesAsync();
        var rows = await read.Invitations.Where(i => i.EventId == @event.Id).OrderBy(i => i.Contact.FirstName)
            .Select(i => new TodaysGuest(i.Contact.FirstName + " " + i.Contact.LastName, i.CheckInCode!, i.Id)).ToListAsync();
        return (@event.Id, workshopId, rows[0], rows[1]);
    }
}
