using EventHub.App.Hosting;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Door;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Events;

/// <summary>The organiser follows today's event on its dashboard: who answered, who came, from which sector.</summary>
[Collection(DoorBrowserCollection.Name)]
public class EventDashboardTests(DoorBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task Organiser_OpensTheDashboardFromTheEvent_AfterACheckIn_AndSeesWhoCameBySector()
    {
        var title = $"Dashboarddag {Guid.NewGuid():N}"[..22];
        var (eventId, guests) = await TodaysEvents.CreateAsync(browser.App.Services, title,
            [InvitationStatus.Accepted, InvitationStatus.Accepted, InvitationStatus.Declined]);
        await PlaceAtSchoolAsync(eventId);
        using (var scope = browser.App.Services.CreateScope())
        {
            var checkIns = scope.ServiceProvider.GetRequiredService<CheckInService>();
            Assert.Equal(DoorAnswerKind.CheckedIn, (await checkIns.CheckInAsync(eventId, guests[0].InvitationId, Staff.Door)).Value.Kind);
        }

        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example", at: $"/events/{eventId}");
        await page.Locator("#open-dashboard").OpenPageAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Event dashboard");
        var attended = page.Locator("#dashboard-summary .eh-stat").Filter(new() { HasText = "Attended" });
        await Expect(attended.Locator(".eh-stat-value")).ToHaveTextAsync("1");
        await Expect(page.Locator("#dashboard-stage")).ToHaveTextAsync("So far: the event is under way.");
        var education = page.Locator("#funnel-by-sector tbody tr").Filter(new() { HasText = "Education" });
        await Expect(education.Locator("td")).ToHaveTextAsync(["3", "3", "2", "1", "100%", "67%", "50%", "1"]);
        await Expect(page.Locator("#funnel-by-sub-sector tbody tr").First).ToContainTextAsync("Education · Primary education");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("event-dashboard-en");

        // A second guest arrives while the organiser watches: the dashboard follows.
        using (var scope = browser.App.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<CheckInService>().CheckInAsync(eventId, guests[1].InvitationId, Staff.Door);
        }

        await Expect(attended.Locator(".eh-stat-value")).ToHaveTextAsync("2");
    }

    [Theory]
    [InlineData("en-GB", false, false, "event-dashboard-en-light")]
    [InlineData("en-GB", true, false, "event-dashboard-en-dark")]
    [InlineData("nl-NL", false, false, "event-dashboard-nl-light")]
    [InlineData("nl-NL", true, true, "event-dashboard-nl-dark-phone")]
    public async Task Dashboard_ReadsWell_InEnglishAndDutch_LightAndDark_AndOnAPhone(string locale, bool dark, bool phone, string screenshot)
    {
        var (eventId, guests) = await TodaysEvents.CreateAsync(browser.App.Services, $"Dashboardblik {Guid.NewGuid():N}"[..22],
            [InvitationStatus.Accepted, InvitationStatus.Accepted, InvitationStatus.Declined, InvitationStatus.Tentative]);
        await PlaceAtSchoolAsync(eventId);
        using (var scope = browser.App.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<CheckInService>().CheckInAsync(eventId, guests[0].InvitationId, Staff.Door);
        }

        var page = await browser.NewPageAsync(locale);
        if (dark)
        {
            await page.Context.AddCookiesAsync([new Cookie { Name = ThemePreference.CookieName, Value = "dark", Url = browser.BaseUrl }]);
        }

        if (phone)
        {
            await page.SetViewportSizeAsync(390, 844);
        }

        await page.SignInAsync("organiser@eventhub.example", at: $"/events/{eventId}/dashboard");

        await Expect(page.Locator("#funnel-by-sector")).ToBeVisibleAsync();
        await page.ScreenshotAsync(screenshot);
        await page.AssertAccessibleAsync();
    }

    /// <summary>Puts the first three guests (Ilse, Joost, Karin) at a primary school; the others stay without an organisation.</summary>
    private async Task PlaceAtSchoolAsync(int eventId)
    {
        var dbFactory = browser.App.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        var now = DateTime.UtcNow;
        await using var db = await dbFactory.CreateDbContextAsync();
        var school = new Organisation($"Basisschool {Guid.NewGuid():N}"[..20], Sector.Education, SubSector.Primary, now);
        db.Organisations.Add(school);
        var contacts = await db.Invitations.Where(i => i.EventId == eventId).OrderBy(i => i.Contact.FirstName).Select(i => i.Contact).Take(3).ToListAsync();
        foreach (var contact in contacts)
        {
            contact.MoveTo(school, now);
        }

        await db.SaveChangesAsync();
    }
}
