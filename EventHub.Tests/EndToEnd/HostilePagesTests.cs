using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd;

/// <summary>
/// Hostile text in every free-text field (<see cref="HostileWorld"/>), shown on every page of the app (found by
/// <see cref="AppRoutes"/>, filled with the hostile world's ids) in chromium: no script runs (the payloads try to set
/// <c>window.__pwned</c>), no dialog opens, no element carries an event handler or script link the text wrote, the text
/// is shown as typed, and partner pages (and a facilitator's phone pages) do not scroll sideways on a phone.
/// </summary>
[Collection(OutcomesBrowserCollection.Name)]
public class HostilePagesTests(OutcomesBrowserFixture browser) : BrowserStory(browser)
{
    /// <summary>Something the hostile text made on the page: a script that ran, an attribute or element it wrote.</summary>
    private const string InjectedScript = $$"""
        () => {
          const found = [];
          if (typeof window.{{HostileStrings.PwnedMarker}} !== 'undefined') found.push('a script ran (window.{{HostileStrings.PwnedMarker}} is set)');
          for (const el of document.querySelectorAll('*')) {
            for (const a of el.attributes) {
              if ((a.name.startsWith('on') || /^\s*(javascript|data):/i.test(a.value)) && a.value.includes('{{HostileStrings.PwnedMarker}}'))
                found.push(`<${el.tagName.toLowerCase()} ${a.name}="${a.value.slice(0, 40)}">`);
            }
            if (el.tagName === 'SCRIPT' && el.textContent.includes('{{HostileStrings.PwnedMarker}}')) found.push('a <script> element with the payload');
            if (el.tagName === 'IMG' && (el.getAttribute('src') || '').includes('tracker.example')) found.push('an image from tracker.example');
          }
          return found;
        }
        """;

    [Fact]
    public async Task EveryPage_WithHostileTextInEveryField_RunsNothing_ShowsItAsTyped_AndPartnerPagesFitAPhone()
    {
        var services = browser.App.Services;
        string organiserId, facilitatorId;
        await using (var db = await services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync())
        {
            organiserId = (await db.Users.SingleAsync(u => u.Email == RoleBrowsers.DemoAccounts[Roles.Organiser])).Id;
            facilitatorId = (await db.Users.SingleAsync(u => u.Email == RoleBrowsers.DemoAccounts[Roles.Facilitator])).Id;
        }

        var world = await HostileWorld.CreateAsync(services, TeamMember.InRoles(organiserId, "Olga Bakker", Roles.Organiser), facilitatorId);
        var values = (await DemoRouteValues.ReadAsync(services)).With(
            ("events", "id", $"{world.PastEventId}"), ("events", "eventid", $"{world.PastEventId}"), ("sessions", "id", $"{world.RecordedSessionId}"),
            ("contacts", "id", $"{world.ContactIds[0]}"), ("organisations", "id", $"{world.OrganisationIds[0]}"), ("actions", "id", $"{world.ActionItemIds[0]}"),
            ("e", "slug", world.PastSlug), ("rsvp", "token", world.RsvpTokens["accepted"]), ("a", "token", world.OwnerToken), ("stop", "token", world.StopToken));
        var routes = (await AppRoutes.DiscoverAsync(services, values))
            .Where(r => !r.Template.StartsWith("/Account/LoginWith", StringComparison.Ordinal)) // a sign-in half done shows no data
            .Select(r => (r.Url, Role: RoleBrowsers.RoleFor(r.Access), Phone: r.IsPublic, r.IsInteractive))
            .Concat(
            [
                ($"/events/{world.UpcomingEventId}", Roles.Organiser, false, true),
                ($"/events/{world.UpcomingEventId}/invitations", Roles.Organiser, false, true),
                ($"/events/{world.UpcomingEventId}/edit", Roles.Organiser, false, true),
                ($"/events/{world.UpcomingEventId}/timetable", Roles.Organiser, false, true),
                ($"/e/{world.UpcomingSlug}", null, true, false),
                ($"/rsvp/{world.RsvpTokens["declined"]}", null, true, false),
                ($"/rsvp/{world.RsvpTokens["open"]}", null, true, false),
                ($"/rsvp/{world.RsvpTokens["accepted"]}?saved=1", null, true, false),
                // The facilitator's phone pages, with the hostile session among theirs.
                ("/my-sessions", Roles.Facilitator, true, true),
                ($"/sessions/{world.RecordedSessionId}/outcome", Roles.Facilitator, true, true),
            ])
            .ToList();
        var pages = new RoleBrowsers(browser);
        var problems = new List<string>();
        var watched = new HashSet<IPage>();

        foreach (var (url, role, phone, interactive) in routes)
        {
            var page = await pages.PageAsync(role, "en-GB");
            if (watched.Add(page))
            {
                page.Dialog += async (_, dialog) =>
                {
                    lock (problems)
                    {
                        problems.Add($"{page.Url}: a {dialog.Type} dialog opened: {dialog.Message}");
                    }

                    await dialog.DismissAsync();
                };
            }

            foreach (var width in phone ? new[] { 1280, 390 } : [1280])
            {
                // A staff page at desktop width is reached in the app (the check finds markup the text wrote as well as
                // scripts that ran, so it is as strict as on a loaded page); a phone look, and every static page, is loaded.
                await page.SetViewportSizeAsync(width, 800);
                await page.OpenAsync(url, interactive && width == 1280);
                problems.AddRange((await page.EvaluateAsync<string[]>(InjectedScript)).Select(p => $"{url} at {width} px: {p}"));
                if (phone && width == 390 && await page.SidewaysScrollAsync() is { } sideways)
                {
                    problems.Add($"{url} at 390 px: {sideways}");
                }
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} problems on {routes.Count} pages:\n" + string.Join("\n", problems));

        // Shown as typed: titles and names, markup characters, emoji and direction override included.
        var organiser = await pages.PageAsync(Roles.Organiser, "en-GB");
        var partnerPage = await pages.PageAsync(null, "en-GB");
        await ShowsAsync(organiser, $"/events/{world.PastEventId}", world.PastTitle);
        await ShowsAsync(organiser, $"/events/{world.UpcomingEventId}", world.UpcomingTitle);
        await ShowsAsync(partnerPage, $"/e/{world.UpcomingSlug}", world.UpcomingTitle);
        await ShowsAsync(partnerPage, $"/rsvp/{world.RsvpTokens["open"]}", world.UpcomingTitle);
        await ShowsAsync(partnerPage, $"/e/{world.PastSlug}/report", world.PastTitle);
        await ShowsAsync(organiser, $"/organisations/{world.OrganisationIds[0]}", $"{HostileStrings.ScriptTag} {world.Unique}00");
    }


    private static async Task ShowsAsync(IPage page, string url, string text)
    {
        await page.GotoAsync(url);
        await page.WaitUntilShownAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync(text);
    }
}
