using Bunit;
using EventHub.App.Components.Pages.Directory.Import;
using EventHub.App.Hosting;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace EventHub.Tests.Components.Directory;

public class DirectoryImportTests : ComponentTestBase
{
    private const string DutchFile = """
        Voornaam;Achternaam;E-mailadres;Organisatie;Subsector;Opmerking
        Anna;de Vries;anna@bieb.nl;Bibliotheek Groningen;Bibliotheek;belt terug
        Bram;Jansen;bram@bieb.nl;Bibliotheek Groningen;Bibliotheek;
        """;

    [Fact]
    public void DirectoryImport_UploadedFile_ShowsTheFirstRowsAndTheSuggestedMapping()
    {
        var page = RenderPage();

        Upload(page, DutchFile);

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll(".eh-import-preview tbody tr").Count));
        Assert.Contains("contacts.csv: 2 rows", page.Find("#import-file-name").Text());
        Assert.Equal(["Anna", "de Vries", "anna@bieb.nl", "Bibliotheek Groningen", "Bibliotheek", "belt terug"],
            page.FindAll(".eh-import-preview tbody tr")[0].QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Equal(
            ["First name", "Last name", "Email", "Organisation", "Sub-sector", "Do not import"],
            Enumerable.Range(0, 6).Select(i => page.Find($"#import-map-{i}").GetAttribute("value")));
    }

    [Fact]
    public void DirectoryImport_FileWithATitleAboveTheColumnNames_SaysOnWhichLineTheyWereFound()
    {
        var page = RenderPage();

        Upload(page, "sep=;\nContactenlijst november;;;;;\n" + DutchFile);

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll(".eh-import-preview tbody tr").Count));
        Assert.Equal("Column names found on line 3: the lines above them are left out.", page.Find("#import-header-line").TextContent.Trim());
        Assert.Equal("First name", page.Find("#import-map-0").GetAttribute("value"));
    }

    [Fact]
    public void DirectoryImport_FileStartingWithItsColumnNames_SaysNothingAboutLinesAbove()
    {
        var page = RenderPage();

        Upload(page, DutchFile);

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll(".eh-import-preview tbody tr").Count));
        Assert.Empty(page.FindAll("#import-header-line"));
    }

    [Fact]
    public void DirectoryImport_CheckOfABadFile_ListsProblemsByLineAndColumn()
    {
        var page = RenderPage();
        Upload(page, """
            First name,Last name,Email,Organisation,Sector
            Anna,de Vries,anna@bieb.nl,,
            Bram,Jansen,bram-at-bieb.nl,,
            Cor,Smit,cor@school.nl,Basisschool De Regenboog,Onderwjis
            """);
        page.WaitForElement("#import-check");

        page.Find("#import-check").Click();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll(".eh-import-problems tbody tr").Count));
        var rows = page.FindAll(".eh-import-problems tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent).ToArray()).ToList();
        Assert.Equal(["3", "Email", "bram-at-bieb.nl", "Not a valid email address."], rows[0]);
        Assert.Equal(["4", "Sector", "Onderwjis", "Unknown sector; did you mean “Education”? Accepted: Government, Education, Business, Civil society; also common words and abbreviations such as MBO, gemeente or stichting."], rows[1]);
        Assert.Contains("3 rows: 1 can be imported, 2 have problems.", page.Find("#import-check-result").Text());
    }

    [Fact]
    public async Task DirectoryImport_CheckedFileImported_ShowsTheSummaryAndOffersTheReport()
    {
        var page = RenderPage();
        Upload(page, DutchFile + "\nCor;Smit;cor@@school;;;");
        page.WaitForElement("#import-check").Click();
        page.WaitForElement("#import-start");

        page.Find("#import-start").Click();

        page.WaitForElement("#import-summary");
        var counts = page.FindAll("#import-summary > div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);
        Assert.Equal(("2", "1", "1"), (counts["New contacts"], counts["New organisations"], counts["Skipped rows"]));
        await using var db = await DbFactory.CreateDbContextAsync();
        Assert.Equal(2, await db.Contacts.CountAsync());

        await page.Find("#import-download-report").ClickAsync(new());

        var download = JSInterop.VerifyInvoke("eventHub.downloadFile");
        Assert.Equal("import-problems.csv", download.Arguments[0]);
        var report = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String((string)download.Arguments[2]!));
        Assert.Contains("4;E-mailadres;cor@@school;Not a valid email address", report);
    }

    [Fact]
    public async Task DirectoryImport_TabSeparatedFile_ReportsItsProblemsInACommaSeparatedCsv()
    {
        var page = RenderPage();
        Upload(page, string.Join("\n", DutchFile.Split('\n').Select(line => line.Replace(';', '\t'))) + "\nCor\tSmit\tcor@@school\t\t\t");
        page.WaitForElement("#import-check").Click();
        page.WaitForElement("#import-start").Click();
        page.WaitForElement("#import-summary");

        await page.Find("#import-download-report").ClickAsync(new());

        var download = JSInterop.VerifyInvoke("eventHub.downloadFile");
        var report = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String((string)download.Arguments[2]!));
        Assert.Contains("4,E-mailadres,cor@@school,Not a valid email address", report);
    }

    [Fact]
    public void DirectoryImport_FileOverTenMegabytes_IsRefusedWithAClearMessage()
    {
        var page = RenderPage();

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(new byte[(10 * 1024 * 1024) + 1], "huge.csv"));

        page.WaitForAssertion(() => Assert.Contains("The file is larger than 10 MB", page.Find("#import-file-error").Text()));
        Assert.Empty(page.FindAll(".eh-import-preview"));
    }

    [Fact]
    public void DirectoryImport_ExcelWorkbookWithATitleAndTwoSheets_ShowsItsRowsTheSheetReadAndNoEncodingToChoose()
    {
        var page = RenderPage();
        var workbook = ImportFiles.XlsxBytes(
            ("Partners", [["Partnerlijst 2026", null, null], ["Voornaam", "E-mailadres", "Telefoon"], ["Anna", "anna@bieb.nl", "0612345678"]]),
            ("Notities", [["Bellen vóór 1 maart"]]));

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(workbook, "partners.xlsx"));

        page.WaitForAssertion(() => Assert.Single(page.FindAll(".eh-import-preview tbody tr")));
        Assert.Equal(["Anna", "anna@bieb.nl", "0612345678"], page.Find(".eh-import-preview tbody tr").QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Equal("Read the sheet ‘Partners’ (the first of 2).", page.Find("#import-sheet").TextContent.Trim());
        Assert.Equal("Column names found in row 2: the rows above them are left out.", page.Find("#import-header-line").TextContent.Trim());
        Assert.Empty(page.FindAll("#import-encoding"));
        Assert.Empty(page.FindAll("#import-file-error"));
    }

    [Fact]
    public void DirectoryImport_Windows1252FileWithAnUnknownSector_ShowsTheEncodingAndTheValueToMap()
    {
        var page = RenderPage();
        var file = ImportFiles.Windows1252("""
            Voornaam;Achternaam;E-mailadres;Functie;Organisatie;Sector
            Zoë;Wâlden;zoe@buurt.nl;Coördinator;Buurtinitiatief Oost;Buurtinitiatief
            Ærø;Smit;aero@buurt.nl;;Buurtinitiatief West;buurt-initiatief
            Cor;Vos;cor@roc.nl;;ROC Noorderpoort;MBO
            """);

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(file.Content, "contacten.csv"));

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll(".eh-import-preview tbody tr").Count));
        Assert.Equal("Windows-1252 (Western European)", page.Find("#import-encoding-select").GetAttribute("value"));
        Assert.Equal("Coördinator", page.FindAll(".eh-import-preview tbody tr")[0].QuerySelectorAll("td")[3].TextContent);
        var values = page.FindAll("#import-values tbody tr").Select(r => r.QuerySelectorAll("td").Take(2).Select(td => td.TextContent).ToArray()).ToList();
        Assert.Equal([["Sector", "Buurtinitiatief (2 rows)"]], values);
        Assert.Equal("Leave (report these rows)", page.Find("#import-value-0").GetAttribute("value"));
    }

    [Fact]
    public async Task DirectoryImport_TemplateInDutch_DownloadsDutchHeadersWithSemicolons()
    {
        UseCulture("nl");
        var page = RenderPage();

        await page.Find("#import-template").ClickAsync(new());

        var download = JSInterop.VerifyInvoke("eventHub.downloadFile");
        Assert.Equal("contacten-voorbeeld.csv", download.Arguments[0]);
        var template = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String((string)download.Arguments[2]!));
        Assert.StartsWith("\uFEFFVoornaam;Achternaam;E-mailadres;", template);
        Assert.Equal(3, template.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task DirectoryImport_UnknownValueMappedInDutch_ImportsThoseRowsAndSaysHowMany()
    {
        UseCulture("nl");
        var page = RenderPage();
        var file = ImportFiles.Windows1252("""
            Voornaam;Achternaam;E-mailadres;Organisatie;Sector
            Zoë;Wâlden;zoe@buurt.nl;Buurtinitiatief Oost;Buurtinitiatief
            Ærø;Smit;aero@buurt.nl;Buurtinitiatief West;buurt-initiatief
            Cor;Vos;cor@roc.nl;ROC Noorderpoort;MBO
            """);
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(file.Content, "contacten.csv"));
        page.WaitForElement("#import-values");
        Assert.Equal("Windows-1252 (West-Europees)", page.Find("#import-encoding-select").GetAttribute("value"));
        Assert.Contains("Buurtinitiatief (2 rijen)", page.Find("#import-values tbody tr").TextContent);
        Assert.Equal("Laten staan (deze rijen melden)", page.Find("#import-value-0").GetAttribute("value"));

        var valueSelect = page.FindComponent<ImportValueMapping>().FindComponent<MudSelect<string>>();
        await page.InvokeAsync(() => valueSelect.Instance.SelectOption("CivilSociety"));
        page.WaitForAssertion(() => Assert.Equal("Maatschappelijke organisaties", page.Find("#import-value-0").GetAttribute("value")));
        page.Find("#import-check").Click();
        page.WaitForElement("#import-start").Click();

        page.WaitForElement("#import-summary");
        Assert.Equal("2", page.Find("#import-rows-using-mapping").TextContent);
        await using var db = await DbFactory.CreateDbContextAsync();
        Assert.Equal(3, await db.Contacts.CountAsync());
        Assert.Equal(2, await db.Organisations.CountAsync(o => o.Sector == EventHub.Core.Directory.Sector.CivilSociety));
    }

    [Fact]
    public void DirectoryImport_FilePicker_OffersExcelsUnicodeTextFilesBesideCsv()
    {
        var page = RenderPage();

        var accepted = page.Find("input[type=file]").GetAttribute("accept")!.Split(',');

        Assert.Contains(".txt", accepted);
        Assert.Contains(".csv", accepted);
        Assert.Contains("CSV or Unicode Text (.txt)", page.Markup);
    }

    [Fact]
    public async Task DirectoryImport_CheckThatFails_SaysSoAndTheCheckCanBeTriedAgain()
    {
        var page = RenderPage();
        Upload(page, DutchFile);
        page.WaitForElement("#import-check");
        // The directory cannot be read (as when the database fails half-way): the check must report it, not end the page.
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE Contacts RENAME TO ContactsGone;");
        }

        page.Find("#import-check").Click();

        page.WaitForAssertion(() => Assert.Equal("The check did not finish; nothing was changed. Please try again in a moment.", page.Find("#import-error").TextContent));
        Assert.Empty(page.FindAll("#import-check-result"));
        Assert.False(page.Find("#import-check").HasAttribute("disabled"));
    }

    private IRenderedComponent<DirectoryImport> RenderPage()
    {
        SignInAs("Olga Bakker", Policies.Organise);
        Render<MudPopoverProvider>();
        return Render<DirectoryImport>();
    }

    private static void Upload(IRenderedComponent<DirectoryImport> page, string csv) =>
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(csv.ReplaceLineEndings("\r\n"), "contacts.csv"));
}
