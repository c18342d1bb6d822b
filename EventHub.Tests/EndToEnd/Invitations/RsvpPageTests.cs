using System.Text.RegularExpressions;
using EventHub.Core.Common;
using EventHub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Invitations;

/// <summary>A partner opens the personal link from the invitation email and answers it.</summary>
[Collection(InvitationsBrowserCollection.Name)]
public partial class RsvpPageTests(InvitationsBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task Partner_AcceptsWithSessionAndAccessNeed_SeesConfirmation()
    {
        var page = await OpenInvitationAsync("Anna", Language.En);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = DemoEvents.PublishedTitle, Level = 1 })).ToBeVisibleAsync();
        await page.ScreenshotAsync("rsvp-en");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Accept – I am coming").CheckAsync();
        await page.GetByLabel("Workshop: taal en ouderbetrokkenheid").CheckAsync();
        await page.GetByLabel("Hearing loop", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("I have read the privacy notice and agree").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my answer" }).OpenPageAsync();

        await Expect(page).ToHaveURLAsync(SavedUrl());
        var saved = page.Locator("#rsvp-saved");
        await Expect(saved).ToContainTextAsync("You are coming.");
        await Expect(saved).ToContainTextAsync("Workshop: taal en ouderbetrokkenheid: Registered");
        await Expect(page.GetByLabel("Hearing loop", new() { Exact = true })).ToBeCheckedAsync();
        await page.ScreenshotAsync("rsvp-en-saved");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Partner_AcceptsWithoutPrivacyConsent_SeesTheErrorLinkedToTheCheckbox()
    {
        var page = await OpenInvitationAsync("Bram", Language.En);

        await page.GetByLabel("Maybe – I do not know yet").CheckAsync();
        await page.GetByLabel("Dietary needs").FillAsync("Vegan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my answer" }).OpenPageAsync();

        var alert = page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("To accept or answer maybe, tick the box to agree to the privacy notice.");
        await Expect(page.GetByLabel("Dietary needs")).ToHaveValueAsync("Vegan");
        await Expect(page.GetByLabel("Maybe – I do not know yet")).ToBeCheckedAsync();
        await page.SetViewportSizeAsync(1280, 500); // so the checkbox starts out of sight
        await alert.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator("#privacy-accepted")).ToBeInViewportAsync();
        await page.ScreenshotAsync("rsvp-en-error");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task DutchPartner_OpensLink_SeesTheInvitationInDutch()
    {
        var page = await OpenInvitationAsync("Eva", Language.Nl);

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await Expect(page.Locator("#rsvp-greeting")).ToHaveTextAsync("Beste Eva, u bent uitgenodigd voor");
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Komt u?" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Antwoord versturen" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("rsvp-nl");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task DutchPartner_OnASmallPhone_ReadsTheRoomsAndThePrivacyNotice_WithoutWordsBrokenInHalf()
    {
        var page = await OpenInvitationAsync("Lotte", Language.Nl, "nl-NL");
        await Expect(page.Locator(".eh-room-features")).ToContainTextAsync("Rolstoeltoegankelijk");

        var broken = new List<string>();
        foreach (var width in new[] { 320, 390 })
        {
            await page.SetViewportSizeAsync(width, 780);
            broken.AddRange((await page.BrokenWordsAsync("#event-where, #privacy-notice")).Select(word => $"{width} px: {word}"));
        }

        await page.SetViewportSizeAsync(320, 780);
        await page.Locator("#event-where").ScreenshotAsync("rsvp-nl-320-rooms");
        Assert.True(broken.Count == 0, "Words broken over two lines:\n" + string.Join("\n", broken));
    }

    [Fact]
    public async Task DutchPartner_OnASmallPhone_SeesEachQuestionInsideItsBox_NotCutByItsBorder()
    {
        var page = await OpenInvitationAsync("Mila", Language.Nl, "nl-NL");
        await page.SetViewportSizeAsync(320, 780);
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Kunt u niet komen? Vertel ons waarom (mag, hoeft niet)" })).ToBeVisibleAsync();

        // A legend on the border has the box's top line drawn through it: between its two lines once it wraps.
        var onTheBorder = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('#rsvp-reply fieldset')]
              .map(set => [set, set.querySelector(':scope > legend')])
              .filter(([set, legend]) => legend.getBoundingClientRect().top < set.getBoundingClientRect().top + parseFloat(getComputedStyle(set).borderTopWidth) - 0.5)
              .map(([, legend]) => legend.textContent.trim())
            """);

        await page.Locator("#rsvp-reply").ScreenshotAsync("rsvp-nl-320-questions");
        Assert.Empty(onTheBorder);
    }

    [Fact]
    public async Task DutchPartner_OnAPhone_SendsAColleagueWithoutAnAddress_SeesWhyBesideTheForm_AndKeepsWhatWasTyped()
    {
        var page = await OpenInvitationAsync("Noor", Language.Nl, "nl-NL");
        await page.SetViewportSizeAsync(390, 844);

        await page.Locator("#colleague-first-name").FillAsync("Sanne");
        await page.Locator("#colleague-last-name").FillAsync("Bos");
        await page.GetByRole(AriaRole.Button, new() { Name = "Nodig mijn collega uit in mijn plaats" }).OpenPageAsync();

        // The form is a screen-length below the top of the page: the refusal is shown where the partner was, not above.
        var error = page.Locator("#colleague-error");
        await Expect(error).ToHaveTextAsync("Vul een voornaam, een achternaam en een e-mailadres in.");
        await Expect(error).ToBeInViewportAsync();
        await Expect(page.Locator("#colleague-email")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#colleague-email")).ToHaveAttributeAsync("aria-describedby", "colleague-error");
        await Expect(page.Locator("#colleague-first-name")).ToHaveValueAsync("Sanne");
        await Expect(page.Locator("#colleague-last-name")).ToHaveValueAsync("Bos");
        await page.ScreenshotAsync("rsvp-nl-390-colleague-error", fullPage: false);
        await page.AssertAccessibleAsync();
    }

    private async Task<IPage> OpenInvitationAsync(string firstName, Language language, string locale = "en-GB")
    {
        var published = await DemoEvents.FindAsync(browser.App, DemoEvents.PublishedTitle);
        var token = await PartnerLinks.InviteAsync(browser.App.Services, published.Id, firstName, language);
        var page = await browser.NewPageAsync(locale);
        await page.GotoAsync(browser.BaseUrl + "/rsvp/" + token);
        return page;
    }

    [GeneratedRegex(@"/rsvp/[A-Za-z0-9_\-]+\?saved=1$")]
    private static partial Regex SavedUrl();
}
