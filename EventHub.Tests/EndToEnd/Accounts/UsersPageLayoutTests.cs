using EventHub.Core.Common;
using EventHub.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Accounts;

/// <summary>
/// The admin scans the team on a laptop beside the menu, from 1024 px up: each account's state ("Active", "Invited",
/// "Actief", "Uitgenodigd") reads as a whole word, not broken over two lines by the row's buttons taking the room; a
/// name wraps between its words only, never inside one ("Janse|n" at 1024 px in Dutch, under the app's rule that lets a
/// table cell break anywhere); an address's domain keeps a line of its own, and a long address ("maximiliaan.vandenberghe
/// .oosterhuis@…") wraps only after its "@", before a dot or after a hyphen, never inside a part that fits; two-factor
/// sign-in under the state reads on one line ("Twee stappen: Uit" took three at 1024 px); and the table fits without
/// scrolling sideways.
/// </summary>
[Collection(AccountsBrowserCollection.Name)]
public class UsersPageLayoutTests(AccountsBrowserFixture browser) : BrowserStory(browser)
{
    [Theory]
    [InlineData("en-GB")]
    [InlineData("nl-NL")]
    public async Task Admin_OnALaptop_ReadsEachNameAndStateWhole_AndTheTableFits(string locale)
    {
        await Colleagues.NewAsync(browser.App.Services, Roles.DoorStaff, "Maximiliaan van den Berghe",
            email: $"maximiliaan.vandenberghe.oosterhuis.{locale[..2]}@onderwijsinspectie.westerkwartier.example");
        var admin = await browser.NewPageAsync(locale);
        await admin.SignInAsync("admin@eventhub.example", at: "/admin/users");
        await Expect(admin.Locator("#users-table .eh-user-state").First).ToBeVisibleAsync();

        foreach (var width in new[] { 1280, 1024 })
        {
            await admin.SetViewportSizeAsync(width, 800);
            await Expect(admin.Locator("#users-table thead")).ToBeVisibleAsync(); // the full table, not a phone's stacked rows
            await admin.ScreenshotAsync($"users-{width}-{locale}", fullPage: false);

            var broken = await admin.EvaluateAsync<string[]>("""
                () => {
                    const lines = element => {
                        const range = document.createRange();
                        range.selectNodeContents(element);
                        return new Set([...range.getClientRects()].map(rect => Math.round(rect.top))).size;
                    };
                    const words = element => element.textContent.trim().split(/\s+/).length;
                    // The names: the text in the first column that is not an address.
                    const names = [...document.querySelectorAll('#users-table tbody td:first-child')].flatMap(cell => {
                        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                        const found = [];
                        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                            if (node.textContent.trim() && !node.parentElement.closest('.eh-user-email')) found.push(node);
                        }
                        return found;
                    });
                    // Where an address goes to its next line: after "@" or "-", or before ".", else inside a part.
                    const badBreaks = element => {
                        const text = element.textContent;
                        const tops = [];
                        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
                        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                            for (let i = 0; i < node.textContent.length; i++) {
                                const range = document.createRange();
                                range.setStart(node, i);
                                range.setEnd(node, i + 1);
                                tops.push(Math.round(range.getBoundingClientRect().top));
                            }
                        }
                        const found = [];
                        for (let i = 1; i < text.length; i++) {
                            if (tops[i] > tops[i - 1] && !'@-'.includes(text[i - 1]) && text[i] !== '.') found.push(text.slice(0, i) + '|' + text.slice(i));
                        }
                        return found;
                    };
                    const table = document.querySelector('#users-table .mud-table-container');
                    return [
                        ...[...document.querySelectorAll('#users-table .eh-user-state')].filter(e => lines(e) > 1)
                            .map(e => `state "${e.textContent.trim()}" takes ${lines(e)} lines`),
                        ...names.filter(e => lines(e) > words(e))
                            .map(e => `name "${e.textContent.trim()}" takes ${lines(e)} lines for ${words(e)} words`),
                        // The demo's addresses: the name and the domain each on one line at most; a longer one takes more.
                        ...[...document.querySelectorAll('#users-table .eh-user-email')].filter(e => e.textContent.endsWith('@eventhub.example') && lines(e) > 2)
                            .map(e => `address "${e.textContent.trim()}" takes ${lines(e)} lines`),
                        ...[...document.querySelectorAll('#users-table .eh-user-email')].flatMap(badBreaks)
                            .map(b => `address broken inside a part: "${b}"`),
                        // Its label over one line, and its value beside it rather than below.
                        ...[...document.querySelectorAll('#users-table .eh-user-two-factor-line')].filter(e => lines(e.firstElementChild) > 1
                                || e.lastElementChild.getBoundingClientRect().top >= e.firstElementChild.getBoundingClientRect().bottom - 1)
                            .map(e => `two-factor sign-in "${e.textContent.trim().replace(/\s+/g, ' ')}" takes more than one line`),
                        ...(table.scrollWidth > table.clientWidth ? [`the table scrolls sideways: ${table.scrollWidth} > ${table.clientWidth}`] : []),
                    ];
                }
                """);
            Assert.True(broken.Length == 0, $"At {width} px:\n" + string.Join("\n", broken));
        }
    }
}
