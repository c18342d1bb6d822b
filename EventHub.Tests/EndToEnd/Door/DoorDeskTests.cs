using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Door;

/// <summary>
/// A door volunteer with a phone runs the door: codes and names, someone not on the list let in, a walk-in registered,
/// every answer explained; an organiser's desk at the same entrance counts along live.
/// </summary>
[Collection(DoorBrowserCollection.Name)]
public class DoorDeskTests(DoorBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task DoorStaff_OnAPhone_CheckInByCodeAndByName_AdmitAWaitlistedGuest_AndRegisterAWalkIn()
    {
        // Two seats, both taken: Karin's acceptance is on the waiting list.
        var (eventId, guests) = await TodaysEvents.CreateAsync(browser.App.Services, "Deurdienst met wachtlijst",
            [InvitationStatus.Accepted, InvitationStatus.Accepted, InvitationStatus.Waitlisted], capacity: 2);
        var (ilse, joost, karin) = (guests[0], guests[1], guests[2]);
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.SignInAsync("door@eventhub.example", at: "/check-in");
        await page.Locator($"a[href='check-in/{eventId}']").ClickAsync();
        await DeskReadyAsync(page);
        var organiserDesk = await OpenDeskAsync(eventId, "organiser@eventhub.example");
        await Expect(page.Locator("#door-code")).ToBeFocusedAsync();
        await Expect(page.Locator("#door-counts")).ToHaveTextAsync("0 of 2 expected · in the room: 0 of 2 places");

        // A code typed as the confirmation shows it.
        await page.Locator("#door-code").FillAsync(CheckInPass.Display(ilse.Code).ToLowerInvariant());
        await page.Keyboard.PressAsync("Enter");
        await Expect(Answer(page).Locator(".door-answer-title")).ToHaveTextAsync("✓ Welcome, Ilse Deur! Checked in.");
        await Expect(Answer(page).Locator(".door-answer-warning")).ToBeHiddenAsync(); // one of two places taken
        await Expect(page.Locator("#door-code")).ToHaveValueAsync("");
        await Expect(page.Locator("#door-code")).ToBeFocusedAsync(); // ready for the next guest
        await Expect(organiserDesk.Locator("#door-counts")).ToHaveTextAsync("1 of 2 expected · in the room: 1 of 2 places");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("door-checked-in-phone-en");

        await page.Locator("#door-code").FillAsync(ilse.Code);
        await page.Keyboard.PressAsync("Enter");
        await Expect(Answer(page)).ToContainTextAsync("Ilse Deur is already checked in: at ");
        await Expect(Answer(page)).ToContainTextAsync(", by Daan Visser.");

        await page.Locator("#door-code").FillAsync("NOT-A-CODE");
        await page.Keyboard.PressAsync("Enter");
        await Expect(Answer(page)).ToContainTextAsync("Unknown code.");
        await page.AssertAccessibleAsync();

        // No code with them: found by name.
        await page.Locator("#door-find").FillAsync("poort");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check in Joost Poort" }).ClickAsync();
        await Expect(Answer(page)).ToContainTextAsync("Welcome, Joost Poort!");
        // The search is done: cleared, and the desk ready for the next guest's code.
        await Expect(page.Locator("#door-find")).ToHaveValueAsync("");
        await Expect(page.Locator("#door-found li")).ToHaveCountAsync(0);
        await Expect(page.Locator("#door-code")).ToBeFocusedAsync();
        await page.Locator("#door-find").FillAsync("poort");
        await Expect(page.Locator("#door-found li", new() { HasText = "Joost Poort" })).ToContainTextAsync("In at ");

        // On the waiting list: not let in by a tap on their name, only by Admit, with the warning that the room is full.
        await page.Locator("#door-find").FillAsync("Drempel");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check in Karin Drempel" }).ClickAsync();
        await Expect(Answer(page)).ToContainTextAsync("Karin Drempel has no confirmed place (Waiting list).");
        await Expect(Answer(page).Locator(".door-answer-warning")).ToBeVisibleAsync();
        await Expect(Answer(page).Locator(".door-answer-warning")).ToHaveTextAsync("The room is full: admitting means more people than places.");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("door-not-on-list-phone-en");
        await Answer(page).GetByRole(AriaRole.Button, new() { Name = "Admit" }).ClickAsync();
        await Expect(Answer(page)).ToContainTextAsync("Karin Drempel admitted and checked in.");
        await Expect(page.Locator("#door-find")).ToHaveValueAsync("");
        await Expect(page.Locator("#door-counts")).ToHaveTextAsync("2 of 2 expected · 1 admitted at the door · in the room: 3 of 2 places");

        // A walk-in from an organisation the directory does not know yet.
        var organisation = $"Buurtwerk Zuid {Guid.NewGuid():N}"[..22];
        await page.Locator("#door-walkin-open").ClickAsync();
        await page.Locator("#walkin-first").FillAsync("Fatima");
        await page.Locator("#walkin-last").FillAsync("El Amrani");
        await page.Locator("#walkin-org").FillAsync(organisation);
        await page.GetByRole(AriaRole.Button, new() { Name = $"New organisation: {organisation}" }).ClickAsync();
        await page.Locator("#walkin-sector").SelectOptionAsync("CivilSociety");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("door-walk-in-phone-en");
        await page.Locator("#walkin-submit").ClickAsync();
        await Expect(Answer(page)).ToContainTextAsync("Fatima El Amrani registered as a walk-in and checked in.");
        await Expect(organiserDesk.Locator("#door-counts")).ToContainTextAsync("walk-ins: 1 · in the room: 4 of 2 places");
        await Expect(organiserDesk.Locator("#door-sectors")).ToContainTextAsync("Civil society: 1");

        // A mistake, undone within five minutes.
        await page.GetByRole(AriaRole.Button, new() { Name = "Undo check-in of Fatima El Amrani" }).First.ClickAsync();
        await Expect(page.Locator("#door-answer")).ToHaveTextAsync("Fatima El Amrani is no longer checked in.");
        await Expect(organiserDesk.Locator("#door-counts")).ToHaveTextAsync("2 of 2 expected · 1 admitted at the door · in the room: 3 of 2 places");
        await page.ScreenshotAsync("door-recent-phone-en");
    }

    [Fact]
    public async Task DoorStaff_OpeningTheDeskOnASmallPhone_SeeWhichEventAndWhetherOnline_WithTheCodeFieldReadyForAScanner()
    {
        // A programme of workshops: their doors are listed above the code field, which lies below the fold of a small phone.
        var (eventId, guests) = await TodaysEvents.CreateAsync(browser.App.Services, "Deurdienst op een kleine telefoon",
            [InvitationStatus.Accepted], workshopPlaces: 5);
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(375, 560);
        await page.SignInAsync("door@eventhub.example", at: $"/check-in/{eventId}");
        await DeskReadyAsync(page);

        await Expect(page.Locator(".door-header h1")).ToBeInViewportAsync();
        await Expect(page.Locator("#door-connection")).ToBeInViewportAsync();
        Assert.Equal(0, await page.EvaluateAsync<double>("() => window.scrollY"));
        await Expect(page.Locator("#door-code")).ToBeFocusedAsync();

        // A scanner types into the field it finds focused.
        await page.Keyboard.TypeAsync(guests[0].Code);
        await page.Keyboard.PressAsync("Enter");
        await Expect(Answer(page)).ToContainTextAsync("Welcome, Ilse Deur!");
    }

    [Fact]
    public async Task DoorStaff_ScanningTheNextGuestWhileTheLastAnswerIsOnItsWay_CheckInBoth_InTheOrderScanned()
    {
        // A queue at the door and a slow connection: the scanner reads the next pass before the desk has its answer.
        var (eventId, guests) = await TodaysEvents.CreateAsync(browser.App.Services, "Deurdienst met een snelle scanner",
            [InvitationStatus.Accepted, InvitationStatus.Accepted]);
        var page = await browser.NewPageAsync("en-GB");
        var slow = await Held.RouteAsync(page.Context, $"**/door/{eventId}/scan"); // before the desk loads: see Held
        await OpenDeskAsync(page, eventId, "door@eventhub.example");

        var code = page.Locator("#door-code");
        await code.FillAsync(guests[0].Code);
        await code.PressAsync("Enter");
        await slow.Requested;
        await code.FillAsync(guests[1].Code);
        await code.PressAsync("Enter");

        await Expect(code).ToHaveValueAsync(""); // taken, not left waiting in the field
        slow.Release();
        await Expect(Answer(page).Locator(".door-answer-title")).ToHaveTextAsync("✓ Welcome, Joost Poort! Checked in.");
        await Expect(page.Locator("#door-counts")).ToContainTextAsync("2 of 2 expected");
        await Expect(code).ToBeFocusedAsync();
    }

    [Fact]
    public async Task DoorStaff_SearchingACommonName_AreToldMoreGuestsMatch_AndFindTheirsByTypingMore()
    {
        // A big meeting: fourteen guests called Jansen, more than the ten names the phone shows for one search.
        var (eventId, _) = await TodaysEvents.CreateAsync(browser.App.Services, "Deurdienst met veel Jansens", [InvitationStatus.Accepted]);
        await TodaysEvents.InviteNamesakesAsync(browser.App.Services, eventId, "Jansen", 14);
        var page = await OpenDeskAsync(eventId, "door@eventhub.example");
        await page.SetViewportSizeAsync(390, 844);

        await page.Locator("#door-find").FillAsync("jansen");
        await Expect(page.Locator("#door-found li")).ToHaveCountAsync(10);
        await Expect(page.Locator("#door-find-more")).ToHaveTextAsync("Showing 10 of the 14 guests who match. Type more of the name to find the others.");
        await page.AssertAccessibleAsync();

        await page.Locator("#door-find").FillAsync("karin9 jansen");
        await Expect(page.Locator("#door-found li")).ToHaveCountAsync(1);
        await Expect(page.Locator("#door-find-more")).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Check in Karin9 Jansen" }).ClickAsync();
        await Expect(Answer(page)).ToContainTextAsync("Karin9 Jansen has no confirmed place (Invited).");
    }

    /// <summary>"Iri" put Iris Aalders (not coming) above Iris de Boer (coming): a name typed in a queue is most likely an expected guest's.</summary>
    [Fact]
    public async Task DoorStaff_FindingByName_SeeTheExpectedGuestsFirst()
    {
        var (eventId, guests) = await TodaysEvents.CreateAsync(browser.App.Services, "Deurdienst met twee Irissen",
            [InvitationStatus.Declined, InvitationStatus.Accepted]);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await TodaysEvents.RenameAsync(browser.App.Services, guests[0].InvitationId, "Iris", "Aalders", $"iris.aalders.{suffix}@school.example");
        await TodaysEvents.RenameAsync(browser.App.Services, guests[1].InvitationId, "Iris", "de Boer", $"iris.deboer.{suffix}@gemeente.example");
        var page = await OpenDeskAsync(eventId, "door@eventhub.example");

        await page.Locator("#door-find").FillAsync("iris");

        await Expect(page.Locator("#door-found li")).ToHaveCountAsync(2);
        await Expect(page.Locator("#door-found li").First).ToContainTextAsync("Iris de Boer · Coming");
        await Expect(page.Locator("#door-found li").Last).ToContainTextAsync("Iris Aalders · Not coming");
    }

    [Fact]
    public async Task DoorStaff_FacingTwoGuestsWithTheSameName_FindTheRightOneByTheEmailAddressTheirInvitationWentTo()
    {
        // Two people called Jan de Vries: one said he would come, the other declined and turns up after all.
        var (eventId, guests) = await TodaysEvents.CreateAsync(browser.App.Services, "Deurdienst met twee Jannen",
            [InvitationStatus.Accepted, InvitationStatus.Declined]);
        var (coming, declined) = (guests[0], guests[1]);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await TodaysEvents.RenameAsync(browser.App.Services, coming.InvitationId, "Jan", "de Vries", $"jan.devries.{suffix}@gemeente.example");
        await TodaysEvents.RenameAsync(browser.App.Services, declined.InvitationId, "Jan", "de Vries", $"j.de.vries.{suffix}@school.example");
        var page = await OpenDeskAsync(eventId, "door@eventhub.example");
        await page.SetViewportSizeAsync(390, 844);

        await page.Locator("#door-find").FillAsync("jan de vries");
        await Expect(page.Locator("#door-found li")).ToHaveCountAsync(2);

        // Asked where his invitation went, he says it; typed as he says it, with capitals.
        await page.Locator("#door-find").FillAsync($"J.de.Vries.{suffix}@School.example ");
        await Expect(page.Locator("#door-found li")).ToHaveCountAsync(1);
        await Expect(page.Locator("#door-found li")).ToContainTextAsync("Jan de Vries · Not coming");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check in Jan de Vries" }).ClickAsync();
        await Expect(Answer(page)).ToContainTextAsync("Jan de Vries has no confirmed place (Not coming).");
        await Answer(page).GetByRole(AriaRole.Button, new() { Name = "Admit" }).ClickAsync();
        await Expect(Answer(page)).ToContainTextAsync("Jan de Vries admitted and checked in.");
        await page.AssertAccessibleAsync();

        // The other Jan is still expected, and found by his own address.
        await page.Locator("#door-find").FillAsync($"jan.devries.{suffix}@gemeente.example");
        await Expect(page.Locator("#door-found li")).ToHaveCountAsync(1);
        await Expect(page.Locator("#door-found li")).ToContainTextAsync("Jan de Vries · Coming");
        await Expect(page.Locator("#door-found li").GetByRole(AriaRole.Button, new() { Name = "Check in Jan de Vries" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task DoorStaff_SearchingANameNoGuestHas_HearThatNoOneMatches_FromALiveRegionThatWasWaiting()
    {
        var (eventId, _) = await TodaysEvents.CreateAsync(browser.App.Services, "Deurdienst zonder treffer", [InvitationStatus.Accepted]);
        var page = await OpenDeskAsync(eventId, "door@eventhub.example");

        // A screen reader reads a status whose words change, not reliably one that appears: it is there, empty, first.
        var none = page.GetByRole(AriaRole.Status).And(page.Locator("#door-find-none"));
        await Expect(none).ToBeEmptyAsync();
        await page.Locator("#door-find").FocusAsync();
        await page.Keyboard.TypeAsync("Zwanenburg");
        await Expect(none).ToHaveTextAsync("No guest of this event matches.");
        await Expect(page.Locator("#door-found li")).ToHaveCountAsync(0);

        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Backspace");
        await Expect(none).ToBeEmptyAsync();
    }

    [Fact]
    public async Task InDutch_EveryAnswerOfTheDoorIsReadable_AndAccessible()
    {
        var (eventId, guests) = await TodaysEvents.CreateAsync(browser.App.Services, "Deurdienst in het Nederlands",
            [InvitationStatus.Accepted, InvitationStatus.Declined, InvitationStatus.Accepted]);
        var page = await OpenDeskAsync(eventId, "door@eventhub.example", locale: "nl-NL");
        await page.SetViewportSizeAsync(320, 780);
        await Expect(page.Locator("#door-counts")).ToHaveTextAsync("0 van 2 verwacht");

        await page.Locator("#door-code").FillAsync(guests[1].Code);
        await page.Keyboard.PressAsync("Enter");
        await Expect(Answer(page)).ToContainTextAsync("Joost Poort heeft geen bevestigde plaats (Komt niet).");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("door-not-on-list-phone-nl");

        await page.Locator("#door-code").FillAsync(guests[0].Code);
        await page.Keyboard.PressAsync("Enter");
        await Expect(Answer(page)).ToContainTextAsync("Welkom, Ilse Deur! Ingecheckt.");
        await page.Locator("#door-code").FillAsync("ONBEKEND");
        await page.Keyboard.PressAsync("Enter");
        await Expect(Answer(page)).ToContainTextAsync("Onbekende code.");
        await page.AssertAccessibleAsync();
        await page.Locator("#door-walkin-open").ClickAsync();
        await page.Locator("#walkin-submit").ClickAsync();
        await Expect(page.Locator("#door-walkin-error")).ToHaveTextAsync("Vul een voornaam en een achternaam in.");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("door-walk-in-phone-nl");
        await page.Keyboard.PressAsync("Escape");

        // A shared tablet: signing out forgets the guest list kept on it, even when a refresh of the list (every desk
        // refreshes after an arrival) is still on its way: its answer comes after the list was forgotten, while the
        // sign-out goes to the server, and must not put the list back (it did, now and then, in a full run).
        Assert.True(await KeepsListAsync(page, eventId));
        var refresh = await Held.RouteAsync(page.Context, $"**/door/{eventId}/list");
        await page.Locator("#door-code").FillAsync(guests[2].Code); // an arrival makes every desk refresh its list
        await page.Keyboard.PressAsync("Enter");
        await refresh.Requested;
        var signOut = await Held.RouteAsync(page.Context, "**/Account/Logout");
        // Clicked in the page: Playwright's own click would wait for the sign-out's navigation, held here on purpose.
        await page.Locator("#door-sign-out").EvaluateAsync("button => button.click()");
        await signOut.Requested;
        var listSent = page.WaitForResponseAsync(response => response.Url.EndsWith($"door/{eventId}/list", StringComparison.Ordinal));
        refresh.Release();
        await (await listSent).FinishedAsync();
        // Looked at from another tab: the desk's own page is busy leaving.
        var otherTab = await page.Context.NewPageAsync();
        await otherTab.GotoAsync("healthz");
        Assert.False(await KeepsListAsync(otherTab, eventId));
        signOut.Release();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
        Assert.False(await KeepsListAsync(page, eventId));
    }

    /// <summary>
    /// Holds requests to an address (the page's own and its service worker's) until released. Chromium can let the first request a desk makes after its service worker took
    /// over the page pass by a route added after the page loaded (6 of 300 such first requests; none with the route added
    /// before: scripts/route-after-service-worker.js). A story that holds the desk's first request routes it first.
    /// </summary>
    internal sealed class Held
    {
        private readonly TaskCompletionSource _requested = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public static async Task<Held> RouteAsync(IBrowserContext context, string address)
        {
            var held = new Held();
            await context.RouteAsync(address, async route =>
            {
                held._requested.TrySetResult();
                await held._released.Task;
                await route.ContinueAsync();
            });
            return held;
        }

        /// <summary>Completes once the first such request is waiting.</summary>
        public Task Requested => _requested.Task.WaitAsync(TimeSpan.FromSeconds(30));

        public void Release() => _released.TrySetResult();
    }

    /// <summary>Whether this browser keeps the desk's copy of the event's guest list (IndexedDB, see js/door/door-store.js).</summary>
    private static Task<bool> KeepsListAsync(IPage page, int eventId) => page.EvaluateAsync<bool>("""
        eventId => new Promise((resolve, reject) => {
            const open = indexedDB.open('eventhub-door');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
                const db = open.result;
                if (!db.objectStoreNames.contains('lists')) { db.close(); return resolve(false); }
                const get = db.transaction('lists').objectStore('lists').get(eventId);
                get.onsuccess = () => { db.close(); resolve(get.result !== undefined); };
                get.onerror = () => reject(get.error);
            };
        })
        """, eventId);

    private async Task<IPage> OpenDeskAsync(int eventId, string account, string locale = "en-GB") =>
        await OpenDeskAsync(await browser.NewPageAsync(locale), eventId, account);

    private static async Task<IPage> OpenDeskAsync(IPage page, int eventId, string account)
    {
        await page.SignInAsync(account, at: $"/check-in/{eventId}");
        await DeskReadyAsync(page);
        return page;
    }

    /// <summary>The desk has its guest list and listens for other desks' arrivals.</summary>
    /// <summary>The desk has its guest list: the end of its page load, held to <see cref="BrowserFixture.PageLoadTimeout"/>.</summary>
    internal static Task DeskReadyAsync(IPage page) =>
        Expect(page.Locator("#door[data-ready='true']")).ToBeAttachedAsync(new() { Timeout = BrowserFixture.PageLoadTimeout });

    internal static ILocator Answer(IPage page) => page.Locator("#door-answer .door-answer-card");
}
