using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Accounts;

/// <summary>
/// The admin scans the team on a tablet or a laptop, from 1024 px up (beside the menu from 1280 px): each account's
/// state ("Active", "Invited", "Actief", "Uitgenodigd") reads as a whole word, not broken over two lines by the row's
/// buttons taking the room; a name wraps between its words only, never inside one ("Janse|n" at 1024 px in Dutch, under
/// the app's rule that lets a table cell break anywhere); an address's domain keeps a line of its own, and a long address
/// ("maximiliaan.vandenberghe.oosterhuis@…") wraps only after its "@", before a dot or after a hyphen, never inside a
/// part that fits; two-factor sign-in under the state reads on one line ("Twee stappen: Uit" took three at 1024 px); and
/// the table fits without scrolling sideways, also with an invited colleague in every role (four chips beside "Opnieuw
/// uitnodigen" took it 9 px past its box at 1024 px in Dutch, beside the menu as it was then).
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
        await InviteEveryRoleAsync($"laptop.{locale[..2]}");
        var admin = await browser.NewPageAsync(locale);
        await admin.SignInAsync("admin@eventhub.example", at: "/admin/users");
        await Expect(admin.Locator("#users-table .eh-user-state").First).ToBeVisibleAsync();

        foreach (var width in new[] { 1280, 1024 })
        {
            await admin.SetViewportSizeAsync(width, 800);
            await Expect(admin.Locator("#users-table thead")).ToBeVisibleAsync(); // the full table, not a phone's stacked rows
            await admin.ScreenshotAsync($"users-{width}-{locale}", fullPage: false);

            var broken = await admin.EvaluateAsync<string[]>(BrokenWordsAndWidths);
            Assert.True(broken.Length == 0, $"At {width} px:\n" + string.Join("\n", broken));
        }
    }

    /// <summary>
    /// The admin on a phone, 390 and 320 px wide: each account is a block of labelled lines (MudBlazor's stacked table,
    /// as on the other staff lists), nothing scrolls sideways, names, states and addresses break as on a laptop, and each
    /// row's buttons, roles and "More actions" menu are whole on the screen — also for an invited colleague with every
    /// role, a double surname and a long address, whose row has three controls.
    /// </summary>
    [Theory]
    [InlineData("en-GB")]
    [InlineData("nl-NL")]
    public async Task Admin_OnAPhone_ReadsEachAccountAsLabelledLines_ThatFitTheScreen(string locale)
    {
        var email = await InviteEveryRoleAsync($"phone.{locale[..2]}");
        var admin = await browser.NewPageAsync(locale);
        await admin.SetViewportSizeAsync(390, 844);
        await admin.SignInAsync("admin@eventhub.example", at: "/admin/users");
        var row = admin.Locator("#users-table tbody tr", new() { HasText = email });
        await Expect(row).ToBeVisibleAsync();

        var problems = new List<string>();
        foreach (var width in new[] { 390, 320 })
        {
            await admin.SetViewportSizeAsync(width, 844);
            await Expect(admin.Locator("#users-table thead")).ToBeHiddenAsync(); // a phone's stacked rows
            await admin.ScreenshotAsync($"users-{width}-{locale}");
            if (await admin.SidewaysScrollAsync() is { } sideways)
            {
                problems.Add($"At {width} px the page {sideways}");
            }

            problems.AddRange((await admin.EvaluateAsync<string[]>(BrokenWordsAndWidths)).Select(problem => $"At {width} px: {problem}"));
            problems.AddRange((await admin.EvaluateAsync<string[]>(OffScreenOrCut, "#users-table tbody")).Select(problem => $"At {width} px: {problem}"));

            var more = row.Locator(".eh-user-more button");
            await more.ClickAsync();
            await Expect(admin.GetByRole(AriaRole.Menu)).ToBeVisibleAsync();
            await admin.ScreenshotAsync($"users-{width}-{locale}-more-actions", fullPage: false);
            problems.AddRange((await admin.EvaluateAsync<string[]>(OffScreenOrCut, "[role=menu]")).Select(problem => $"At {width} px, the menu: {problem}"));
            await more.ClickAsync(); // closes it
            await Expect(admin.GetByRole(AriaRole.Menu)).ToHaveCountAsync(0);
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// An invited colleague in every role, with a double surname and a long address: the widest row there is (four role
    /// chips, and three controls with "Resend invitation"). "Aa" sorts first, so the row is on the table's first page
    /// whatever other stories added. Returns the address, which <paramref name="tag"/> makes the story's own.
    /// </summary>
    private async Task<string> InviteEveryRoleAsync(string tag)
    {
        var email = $"aaltje.oosterhuis-vandenberghe.{tag}@onderwijsinspectie.westerkwartier.example";
        await using var scope = browser.App.Services.CreateAsyncScope();
        var invited = await scope.ServiceProvider.GetRequiredService<StaffAccountService>().InviteAsync(await Colleagues.AdminAsync(browser.App.Services),
            email, "Aaltje Oosterhuis-van den Berghe", Language.Nl, [Roles.Admin, Roles.Organiser, Roles.Facilitator, Roles.DoorStaff]);
        Assert.True(invited.Succeeded, invited.ErrorCode);
        return email;
    }

    /// <summary>
    /// The controls, chips and menu items inside the element the selector names that reach past the window's edges, or
    /// whose words their box cuts short; one line each.
    /// </summary>
    private const string OffScreenOrCut = """
        selector => [...document.querySelectorAll(selector)].flatMap(box =>
            [...box.querySelectorAll('button, a, .mud-chip, .mud-menu-item')].filter(e => e.getClientRects().length > 0).flatMap(e => {
                const text = (e.textContent.trim() || e.getAttribute('aria-label') || '').replace(/\s+/g, ' ');
                const rect = e.getBoundingClientRect();
                // Its words' boxes outside its own (only the text's: a clicked button's ripple reaches far past it).
                const words = [];
                const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const range = document.createRange();
                    range.selectNodeContents(node);
                    words.push(...range.getClientRects());
                }
                const cut = words.some(r => r.width > 0
                    && (r.left < rect.left - 1 || r.right > rect.right + 1 || r.top < rect.top - 1 || r.bottom > rect.bottom + 1));
                return [
                    ...(rect.left < 0 || rect.right > window.innerWidth ? [`"${text}" reaches from ${Math.round(rect.left)} to ${Math.round(rect.right)} px`] : []),
                    ...(cut ? [`"${text}" is cut short`] : []),
                ];
            }))
        """;

    /// <summary>
    /// What reads badly in the table, one line each: a state over two lines, a name broken inside a word, a demo address
    /// over more than two lines or any address broken inside a part, two-factor sign-in over more than a line, and a table
    /// that scrolls sideways in its box.
    /// </summary>
    private const string BrokenWordsAndWidths = """
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
        """;
}
