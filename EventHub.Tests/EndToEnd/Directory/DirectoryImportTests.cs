using EventHub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Directory;

[Collection(DirectoryBrowserCollection.Name)]
public class DirectoryImportTests(DirectoryBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task Organiser_ImportsACsvFile_SeesPreviewProgressAndSummary()
    {
        var file = Path.Combine(Path.GetTempPath(), $"partners-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, """
            Voornaam;Achternaam;E-mailadres;Organisatie;Subsector;Labels
            Nadia;El Amrani;nadia@taalhuis-oost.nl;Taalhuis Oost;Volwassenenonderwijs en leven lang leren;laaggeletterdheid
            Pieter;de Boer;pieter@taalhuis-oost.nl;Taalhuis Oost;;
            Sanne;Bos;sanne@@ziggo;;;
            """.ReplaceLineEndings("\r\n"));
        try
        {
            var page = await browser.NewPageAsync();
            await page.SignInAsync("organiser@eventhub.example", at: "/directory/import");

            await page.Locator("input[type=file]").ChooseFileAsync(file);

            await Expect(page.Locator(".eh-import-preview tbody tr")).ToHaveCountAsync(3);
            await Expect(page.Locator("#import-map-0")).ToHaveValueAsync("First name");
            await Expect(page.Locator("#import-map-4")).ToHaveValueAsync("Sub-sector");
            await page.Locator("#import-check").ClickAsync();
            await Expect(page.Locator(".eh-import-problems tbody tr")).ToContainTextAsync("Not a valid email address");
            await page.Locator("#import-start").ClickAsync();

            await Expect(page.GetByRole(AriaRole.Progressbar)).ToHaveAttributeAsync("aria-valuenow", "100");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Import finished", Level = 2 })).ToBeVisibleAsync();
            await Expect(page.Locator("#import-summary")).ToContainTextAsync("New contacts2");
            await Expect(page.Locator("#import-choose-file")).ToBeEnabledAsync();
            await Expect(page.Locator("#import-download-report")).ToBeEnabledAsync();
            await page.EvaluateAsync("window.scrollTo(0, 0)"); // the app bar is fixed: a full-page shot taken scrolled shows it mid-page
            await page.ScreenshotAsync("import-summary");
            await page.AssertAccessibleAsync();

            // Then find an imported contact and open their organisation.
            await page.GetByRole(AriaRole.Link, new() { Name = "Contacts" }).OpenPageAsync();
            await page.Locator("#contact-search").FillAsync("nadia");
            await Expect(page.Locator("tbody tr")).ToHaveCountAsync(1);
            await page.Locator("tbody tr").GetByRole(AriaRole.Link, new() { Name = "Taalhuis Oost" }).OpenPageAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Taalhuis Oost", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.Locator("dl.eh-details")).ToContainTextAsync("laaggeletterdheid");
            await Expect(page.Locator(".eh-timeline")).ToContainTextAsync("Nadia El Amrani joined as a contact");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Organiser_ImportsADutchExcelFile_SeesItsEncodingMapsAnUnknownSectorAndKeepsTheAccents()
    {
        var file = Path.Combine(Path.GetTempPath(), $"partners-{Guid.NewGuid():N}.csv");
        // As Dutch Excel saves "CSV (gescheiden door lijstscheidingsteken)": semicolons, Windows-1252, no byte order mark.
        await File.WriteAllBytesAsync(file, ImportFiles.Windows1252("""
            Voornaam;Achternaam;E-mailadres;Functie;Organisatie;Sector
            Zoë;Wâlden;zoe.walden@noorderpoort.example;Coördinator;ROC Noorderpoort Zuid;MBO
            René;Ærø;rene.aero@wijkraad.example;Voorzitter;Wijkraad Selwerd;Maatschappelijk middenveld
            Inès;Café;ines.cafe@buurt.example;Trekker;Samen Oost;Buurtinitiatief
            """).Content);
        try
        {
            var page = await browser.NewPageAsync();
            await page.SignInAsync("organiser@eventhub.example", at: "/directory/import");

            await page.Locator("input[type=file]").ChooseFileAsync(file);

            await Expect(page.Locator(".eh-import-preview tbody tr")).ToHaveCountAsync(3);
            await Expect(page.Locator("#import-encoding-select")).ToHaveValueAsync("Windows-1252 (Western European)");
            await Expect(page.Locator(".eh-import-preview tbody tr").First).ToContainTextAsync("Coördinator");
            await Expect(page.Locator("#import-values tbody tr")).ToHaveCountAsync(1);
            await Expect(page.Locator("#import-values tbody tr")).ToContainTextAsync("Buurtinitiatief (1 row)");
            await page.Locator(".mud-input-control.mud-select:has(#import-value-0)").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "Civil society", Exact = true }).ClickAsync();
            await Expect(page.Locator("#import-value-0")).ToHaveValueAsync("Civil society");
            await page.EvaluateAsync("window.scrollTo(0, 0)");
            await page.ScreenshotAsync("import-real-world-preview");
            await page.AssertAccessibleAsync();

            await page.Locator("#import-check").ClickAsync();
            await Expect(page.Locator("#import-check-result")).ToContainTextAsync("3 rows: 3 can be imported, 0 have problems.");
            await page.Locator("#import-start").ClickAsync();
            await Expect(page.Locator("#import-summary")).ToContainTextAsync("New contacts3");
            await Expect(page.Locator("#import-rows-using-mapping")).ToHaveTextAsync("1");

            await page.GetByRole(AriaRole.Link, new() { Name = "Contacts" }).OpenPageAsync();
            await page.Locator("#contact-search").FillAsync("walden");
            await Expect(page.Locator("tbody tr")).ToHaveCountAsync(1);
            await page.Locator("tbody tr").GetByRole(AriaRole.Link, new() { Name = "Zoë Wâlden" }).OpenPageAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Zoë Wâlden", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.Locator("main")).ToContainTextAsync("Coördinator");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Organiser_ImportsAnExcelWorkbook_AndDownloadsTheContactsAsExcelWithTheirZeros()
    {
        var file = Path.Combine(Path.GetTempPath(), $"partners-{Guid.NewGuid():N}.xlsx");
        // The alliance's list as kept in Excel: a title above the column names, phone numbers typed as text, a notes sheet.
        await File.WriteAllBytesAsync(file, ImportFiles.XlsxBytes(
            ("Partners",
            [
                ["Partnerlijst Kansengelijkheid 2026", null, null, null, null, null],
                ["Voornaam", "Achternaam", "E-mailadres", "Telefoon", "Organisatie", "Sector"],
                ["Fenna", "Werkhoven", "fenna@kinderopvang-noord.example", "0612345678", "Kinderopvang Noord", "Onderwijs"],
                ["Jorrit", "Zijlstra", "jorrit@kinderopvang-noord.example", "0501234567", "Kinderopvang Noord", "Onderwijs"],
            ]),
            ("Notities", [["Bellen vóór 1 maart"]])));
        try
        {
            var page = await browser.NewPageAsync();
            await page.SignInAsync("organiser@eventhub.example", at: "/directory/import");

            await page.Locator("input[type=file]").ChooseFileAsync(file);

            await Expect(page.Locator(".eh-import-preview tbody tr")).ToHaveCountAsync(2);
            await Expect(page.Locator("#import-sheet")).ToHaveTextAsync("Read the sheet ‘Partners’ (the first of 2).");
            await Expect(page.Locator("#import-header-line")).ToContainTextAsync("Column names found in row 2");
            await Expect(page.Locator(".eh-import-preview tbody tr").First).ToContainTextAsync("0612345678");
            await Expect(page.Locator("#import-encoding")).ToHaveCountAsync(0);
            await page.EvaluateAsync("window.scrollTo(0, 0)");
            await page.ScreenshotAsync("import-xlsx-preview");
            await page.AssertAccessibleAsync();
            await page.Locator("#import-check").ClickAsync();
            await Expect(page.Locator("#import-check-result")).ToContainTextAsync("2 rows: 2 can be imported, 0 have problems.");
            await page.Locator("#import-start").ClickAsync();
            await Expect(page.Locator("#import-summary")).ToContainTextAsync("New contacts2");

            // Then take the list back out as a workbook: Excel keeps the zeros a CSV would lose.
            await page.GetByRole(AriaRole.Link, new() { Name = "Contacts" }).OpenPageAsync();
            await page.Locator("#contact-search").FillAsync("kinderopvang-noord");
            await Expect(page.Locator("tbody tr")).ToHaveCountAsync(2);
            await page.GetByRole(AriaRole.Button, new() { Name = "Export" }).ClickAsync();
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByText("Excel (.xlsx)").ClickAsync());

            Assert.EndsWith(".xlsx", download.SuggestedFilename);
            var workbook = OpenedWorkbook.Open(await File.ReadAllBytesAsync((await download.PathAsync())!));
            Assert.Equal(
                [["Fenna", "Werkhoven", "0612345678"], ["Jorrit", "Zijlstra", "0501234567"]],
                workbook.Rows.Skip(1).Select(r => new[] { r[0], r[1], r[3] }).OrderBy(r => r[0]));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
