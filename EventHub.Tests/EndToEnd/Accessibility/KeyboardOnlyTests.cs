using System.Text.RegularExpressions;
using EventHub.Core.Common;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Accessibility;

/// <summary>
/// Whole journeys with the keyboard only (Tab, Shift+Tab, Enter, Space, arrows, Escape; no clicks), the focus visible
/// at every stop.
/// </summary>
[Collection(AccessibilityBrowserCollection.Name)]
public partial class KeyboardOnlyTests(AccessibilityBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task Partner_AnswersTheInvitation_FromTheirPersonalLink_WithTheKeyboardOnly()
    {
        var published = await DemoEvents.FindAsync(browser.App, DemoEvents.PublishedTitle);
        var token = await PartnerLinks.InviteAsync(browser.App.Services, published.Id, "Karim", Language.En);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/rsvp/" + token);

        // The page opens with the focus on its heading (for screen readers); Shift+Tab goes back through the header
        // to the skip link, the first stop of the page, and following it brings the focus back to the main content.
        var heading = page.GetByRole(AriaRole.Heading, new() { Name = DemoEvents.PublishedTitle, Level = 1 });
        await Expect(heading).ToBeFocusedAsync();
        await page.TabToAsync(page.Locator("a.eh-skip-link"), backwards: true);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#main-content")).ToBeFocusedAsync();

        await page.TabToAsync(page.GetByLabel("Accept – I am coming"));
        await page.Keyboard.PressAsync("Space");
        await Expect(page.GetByLabel("Accept – I am coming")).ToBeCheckedAsync();
        // Arrows move through the answers and back, as in any radio group.
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.GetByLabel("Accept – I am coming")).Not.ToBeCheckedAsync();
        await page.Keyboard.PressAsync("ArrowUp");
        await Expect(page.GetByLabel("Accept – I am coming")).ToBeCheckedAsync();

        await page.TabToAsync(page.GetByLabel("Workshop: taal en ouderbetrokkenheid"));
        await page.Keyboard.PressAsync("Space");
        await page.TabToAsync(page.GetByLabel("Hearing loop", new() { Exact = true }));
        await page.Keyboard.PressAsync("Space");
        await page.TabToAsync(page.GetByLabel("I have read the privacy notice and agree"));
        await page.Keyboard.PressAsync("Space");
        // One step back to check the need is still ticked, then on to the button.
        await page.TabToAsync(page.GetByLabel("Hearing loop", new() { Exact = true }), backwards: true);
        await Expect(page.GetByLabel("Hearing loop", new() { Exact = true })).ToBeCheckedAsync();
        await page.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "Send my answer" }));
        await page.OpenPageAsync(() => page.Keyboard.PressAsync("Enter"));

        // The page that follows starts at what became of the answer (above the heading): a screen reader reads it first.
        await Expect(page).ToHaveURLAsync(SavedUrl());
        var saved = page.Locator("#rsvp-saved");
        await Expect(saved).ToBeFocusedAsync();
        await Expect(saved).ToContainTextAsync("You are coming.");
        await Expect(saved).ToContainTextAsync("Workshop: taal en ouderbetrokkenheid: Registered");
        await Expect(page.GetByLabel("Hearing loop", new() { Exact = true })).ToBeCheckedAsync();
    }

    [Fact]
    public async Task Partner_SendsWithoutChoosingAnAnswer_StartsAtTheRefusal_ThenReachesTheAnswers()
    {
        var published = await DemoEvents.FindAsync(browser.App, DemoEvents.PublishedTitle);
        var token = await PartnerLinks.InviteAsync(browser.App.Services, published.Id, "Noor", Language.En);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/rsvp/" + token);

        await page.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "Send my answer" }));
        await page.OpenPageAsync(() => page.Keyboard.PressAsync("Enter"));

        // The refusal sits above the heading; the page opens with the focus on it, not on the heading below it, so a
        // screen reader starts with why nothing was saved. Its link leads to the answers, now marked invalid.
        var refusal = page.Locator("#rsvp-error");
        await Expect(refusal).ToBeFocusedAsync();
        await Expect(refusal).ToContainTextAsync("Your answer was not saved.");
        // Following it puts the focus on the first answer (it stayed on the link, the page scrolled away from it).
        await page.TabToAsync(refusal.GetByRole(AriaRole.Link));
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByLabel("Accept – I am coming")).ToBeFocusedAsync();
        await Expect(page.GetByLabel("Accept – I am coming")).ToHaveAttributeAsync("aria-invalid", "true");
    }

    [Fact]
    public async Task Partner_NamesAColleagueWithoutAnAddress_StartsAtTheRefusal_ThenSendsThemAndStartsAtTheConfirmation()
    {
        var published = await DemoEvents.FindAsync(browser.App, DemoEvents.PublishedTitle);
        var token = await PartnerLinks.InviteAtOrganisationAsync(browser.App.Services, published.Id, "Sami", Language.En);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/rsvp/" + token);

        await page.TabToAsync(page.Locator("#colleague-first-name"));
        await page.Keyboard.TypeAsync("Lotte");
        await page.TabToAsync(page.Locator("#colleague-last-name"));
        await page.Keyboard.TypeAsync("Jansen");
        await page.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "Invite my colleague instead" }));
        await page.OpenPageAsync(() => page.Keyboard.PressAsync("Enter"));

        // The form posts back to its own section, far down the page: the focus starts at the refusal there, not at the
        // heading at the top, so a screen reader says why nothing was sent and Tab goes on to the field it is about.
        var refusal = page.Locator("#colleague-outcome");
        await Expect(refusal).ToBeFocusedAsync();
        await Expect(refusal).ToContainTextAsync("Fill in a first name, a last name and an email address.");
        await page.TabToAsync(page.Locator("#colleague-email"));
        await Expect(page.Locator("#colleague-email")).ToHaveAttributeAsync("aria-invalid", "true");
        await page.Keyboard.TypeAsync($"lotte.jansen@{PartnerLinks.OrganisationDomain}");
        await page.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "Invite my colleague instead" }));
        await page.OpenPageAsync(() => page.Keyboard.PressAsync("Enter"));

        var sent = page.Locator("#colleague-sent");
        await Expect(sent).ToBeFocusedAsync();
        await Expect(sent).ToContainTextAsync("We have invited Lotte Jansen in your place");
    }

    [Fact]
    public async Task Organiser_SavesANewEventWithoutATitle_TheFocusGoesToTheTitle_WhichSaysWhatIsMissing()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example", at: "/events/new");

        await page.TabToAsync(page.Locator("#event-save"));
        await page.Keyboard.PressAsync("Enter");

        // Not left on Save with nothing said: the focus is on the field to mend, and a screen reader reads its message.
        var title = page.Locator("#event-title");
        await Expect(title).ToBeFocusedAsync();
        await Expect(title).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(title).ToHaveAccessibleDescriptionAsync("This field is required.");
        await page.Keyboard.TypeAsync("Beraad na een lege titel");
        await page.TabToAsync(page.Locator("#event-save"));
        await page.OpenPageAsync(() => page.Keyboard.PressAsync("Enter"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Beraad na een lege titel", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Organiser_PagesThroughPeopleToAdd_HearsWhichPage_AndKeepsTheFocusInTheDialogAtEitherEnd()
    {
        var draft = await DemoEvents.FindAsync(browser.App, DemoEvents.DraftTitle);
        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example", at: $"/events/{draft.Id}/invitations");
        await page.TabToAsync(page.Locator("#add-people"));
        await page.Keyboard.PressAsync("Enter");
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.Locator(":focus")).ToBeFocusedAsync();
        await page.TabToAsync(page.Locator("#add-search"));
        await page.Keyboard.TypeAsync("a");
        var status = dialog.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = PageOf() });
        await Expect(status).ToHaveTextAsync(PageOf());
        var pages = int.Parse(PageOf().Match(await status.InnerTextAsync()).Groups[2].Value);
        Assert.True(pages > 1, "the demo directory should give more than one page of people with an 'a'");

        // Everyone found is ticked: Select none, then Select all, each disabling itself, hand the focus to each other.
        await page.TabToAsync(page.Locator("#add-select-none"));
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#add-select-all")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#add-select-none")).ToBeFocusedAsync();

        // Next, pressed on to the last page, leaves the focus on Previous there; a screen reader hears each page come.
        await page.TabToAsync(page.Locator("#add-next"));
        for (var shown = 2; shown <= pages; shown++)
        {
            await page.Keyboard.PressAsync("Enter");
            await Expect(status).ToHaveTextAsync($"Page {shown} of {pages}");
        }

        await Expect(page.Locator("#add-previous")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(status).ToHaveTextAsync($"Page {pages - 1} of {pages}");
        await Expect(page.Locator("#add-previous")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Organiser_PagesToTheLastContacts_WithTheKeyboard_TheFocusStaysInThePager()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example", at: "/contacts");
        var last = page.GetByRole(AriaRole.Button, new() { Name = "Last page" });
        var previous = page.GetByRole(AriaRole.Button, new() { Name = "Previous page" });

        // "Last page" disables itself once pressed; the focus goes to "Previous page" beside it, not to the page's start.
        await page.TabToAsync(last);
        await page.Keyboard.PressAsync("Enter");
        await Expect(last).ToBeDisabledAsync();
        await Expect(previous).ToBeFocusedAsync();
        await page.AssertFocusVisibleAsync();

        // One page back from there, and forward again with "Next page": the focus still never leaves the pager.
        await page.Keyboard.PressAsync("Enter");
        await Expect(last).ToBeEnabledAsync();
        await page.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "Next page" }));
        await page.Keyboard.PressAsync("Enter");
        await Expect(last).ToBeDisabledAsync();
        await Expect(previous).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Organiser_ChecksAGuestInFromTheGuestList_AndUndoes_TheFocusStaysOnThatGuest()
    {
        var (eventId, guests) = await TodaysEvents.CreateAsync(browser.App.Services, "Gastenlijst met toetsenbord", [InvitationStatus.Accepted]);
        var name = guests[0].Name;
        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example", at: $"/events/{eventId}/invitations");

        // The row is drawn again with other buttons: the focus moves to the new one for the same guest, not to the page's start.
        await page.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = $"Check in {name}" }));
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Undo check-in of {name}" })).ToBeFocusedAsync();
        await page.AssertFocusVisibleAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Check in {name}" })).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Organiser_AddsASessionInADialog_WithTheKeyboardOnly_TheFocusStaysInsideAndComesBack()
    {
        var draft = await DemoEvents.FindAsync(browser.App, DemoEvents.DraftTitle);
        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example", at: $"/events/{draft.Id}");
        var opener = page.Locator("#add-session");

        // Escape closes the dialog and gives the focus back to the button that opened it.
        await page.TabToAsync(opener);
        await page.Keyboard.PressAsync("Enter");
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.Locator(":focus")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(opener).ToBeFocusedAsync();

        // Open again: Tab and Shift+Tab go round inside the dialog, never reach the page behind it, and every stop
        // shows its focus (the date and time fields too, on each of their parts).
        await page.Keyboard.PressAsync("Enter");
        await Expect(dialog.Locator(":focus")).ToBeFocusedAsync();
        foreach (var key in Enumerable.Repeat("Tab", 25).Concat(Enumerable.Repeat("Shift+Tab", 25)))
        {
            await page.Keyboard.PressAsync(key);
            await page.FocusSettledAsync();
            await page.AssertFocusVisibleAsync();
            Assert.True(await page.EvaluateAsync<bool>("() => !!document.activeElement?.closest('[role=dialog]')"),
                $"After {key} the focus left the dialog: " + await page.EvaluateAsync<string>("() => document.activeElement?.outerHTML.slice(0, 120)"));
        }

        // MudBlazor wraps the focus at the dialog's edges from the server (see FocusSettledAsync); a wrap still on its way
        // would move the focus while the next field is typed in. Escape goes to the server behind them all: once the
        // dialog has closed, every wrap has happened.
        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(opener).ToBeFocusedAsync();

        // Third time: the dialog focuses its first field, the title; type it, Tab to the kind and type its first letter
        // (there is no default kind to forget), Tab on to Save, Enter.
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#session-title")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Toetsenbordsessie");
        await page.TabToAsync(page.Locator("#session-kind"));
        await page.Keyboard.PressAsync("w");
        await Expect(page.Locator("#session-kind")).ToHaveValueAsync("Workshop");
        // A facilitator ticked with Space, as any checkbox.
        var femke = dialog.GetByRole(AriaRole.Group, new() { Name = "Facilitators" }).GetByRole(AriaRole.Checkbox, new() { Name = "Femke Jansen" });
        await page.TabToAsync(femke);
        await page.Keyboard.PressAsync("Space");
        await Expect(femke).ToBeCheckedAsync();
        await page.TabToAsync(page.Locator("#session-save"));
        await page.Keyboard.PressAsync("Enter");
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(page.Locator(".eh-programme tr", new() { HasText = "Toetsenbordsessie" })).ToContainTextAsync("Femke Jansen");
    }

    [Fact]
    public async Task Organiser_CreatesAnEvent_ThenInvitesASectorAndSends_WithTheKeyboardOnly()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example", at: "/events/new");

        // A new event: title, day and times typed into their fields, then Save. (A date field takes its digits in the
        // browser's order of day and month; 11 November reads the same either way.)
        await page.TabToAsync(page.Locator("#event-title"));
        await page.Keyboard.TypeAsync("Toetsenbordberaad");
        await page.TabToAsync(page.Locator("#event-date"));
        await page.Keyboard.TypeAsync("11112027");
        await page.TabToAsync(page.Locator("#event-start"));
        await page.Keyboard.TypeAsync("1300");
        await page.TabToAsync(page.Locator("#event-end"));
        await page.Keyboard.TypeAsync("1700");
        await page.TabToAsync(page.Locator("#event-save"));
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Toetsenbordberaad", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByText("Thursday 11 November 2027, 13:00–17:00")).ToBeVisibleAsync();

        // The published demo event: add a whole sector to the invite list and send, from the keyboard.
        var published = await DemoEvents.FindAsync(browser.App, DemoEvents.PublishedTitle);
        await page.OpenAsync($"/events/{published.Id}/invitations", interactive: false);
        await page.TabToAsync(page.Locator("#add-people"));
        await page.Keyboard.PressAsync("Enter");
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.Locator(":focus")).ToBeFocusedAsync();
        // A select takes the first letter of the choice, as a native one does: "c" for Civil society.
        await page.TabToAsync(page.Locator(".mud-input-control.mud-select:has(#add-sector)"));
        await page.Keyboard.PressAsync("c");
        await Expect(dialog.Locator(".mud-input-control.mud-select:has(#add-sector)")).ToContainTextAsync("Civil society");
        await Expect(page.Locator("#add-count")).ToContainTextAsync("selected");
        await page.TabToAsync(page.Locator("#add-confirm"));
        await page.Keyboard.PressAsync("Enter");
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(page.Locator("#guest-list tbody tr", new() { HasText = "On the list (not sent)" }).First).ToBeVisibleAsync();

        await page.TabToAsync(page.Locator("#send-invitations"));
        await page.Keyboard.PressAsync("Enter");
        await Expect(dialog.Locator(":focus")).ToBeFocusedAsync();
        await page.TabToAsync(page.Locator("#compose-message-en"));
        await page.Keyboard.TypeAsync("Coffee from 9:30.");
        await page.TabToAsync(page.Locator("#compose-send"));
        await page.Keyboard.PressAsync("Enter");
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(page.Locator("#guest-list tbody tr", new() { HasText = "On the list (not sent)" })).ToHaveCountAsync(0);
    }

    [GeneratedRegex(@"^Page (\d+) of (\d+)$")]
    private static partial Regex PageOf();

    [GeneratedRegex(@"/rsvp/[A-Za-z0-9_\-]+\?saved=1$")]
    private static partial Regex SavedUrl();
}
