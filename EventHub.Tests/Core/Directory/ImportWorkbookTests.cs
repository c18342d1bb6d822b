using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Directory.Import;
using EventHub.Core.Texts;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static EventHub.Tests.Support.ImportFiles;

namespace EventHub.Tests.Core.Directory;

/// <summary>Partner lists kept in Excel, imported as they are (no "save as CSV" first), and the files that cannot be read.</summary>
public class ImportWorkbookTests
{
    private static readonly object?[][] Partners =
    [
        ["Partnerlijst Kansengelijkheid 2026", null, null, null, null, null, null],
        [null, null, null, null, null, null, null],
        ["Voornaam", "Achternaam", "E-mailadres", "Telefoon", "Organisatie", "Sector", "Lid sinds"],
        ["Nadia", "El Amrani", "nadia@taalhuis-oost.nl", "0612345678", "Taalhuis Oost", "Maatschappelijke organisatie", new DateTime(2024, 3, 5)],
        ["Pieter", "de Boer", "pieter@roc.nl", 612345679, "ROC Noorderpoort", "MBO", null],
        ["Sanne", "Bos", "sanne@@ziggo", null, null, null, null],
    ];

    [Fact]
    public async Task ImportAsync_OrganisersWorkbookWithATitleAndASecondSheet_PreviewsTheFirstSheetAndWritesItsContacts()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Services.GetRequiredService<DirectoryImportService>();
        var file = Xlsx(("Partners", Partners), ("Notities", [["Bellen vóór 1 maart"]]));

        var preview = service.Preview(file).Value;
        var summary = await service.ImportAsync(file, preview.SuggestedMapping, new ImportOptions(), Staff.Organiser);

        Assert.Equal(new WorkbookSheet("Partners", 1, 2), preview.Sheet);
        Assert.Equal(3, preview.HeaderLine);
        Assert.Equal(3, preview.TotalRows);
        Assert.Equal(["Nadia", "El Amrani", "nadia@taalhuis-oost.nl", "0612345678", "Taalhuis Oost", "Maatschappelijke organisatie", "2024-03-05"], preview.Rows[0]);
        // Stored as a number, the zero was gone before the file reached EventHub: the digits come through as they are.
        Assert.Equal("612345679", preview.Rows[1][3]);
        Assert.Equal([DirectoryColumn.FirstName, DirectoryColumn.LastName, DirectoryColumn.Email, DirectoryColumn.Phone, DirectoryColumn.Organisation, DirectoryColumn.Sector, null],
            preview.SuggestedMapping.Columns);
        Assert.Equal((2, 2, 1), (summary.CreatedContacts, summary.CreatedOrganisations, summary.SkippedRows));
        // A problem names the sheet's own row number, as the organiser sees it in Excel.
        Assert.Equal((6, DirectoryErrors.EmailInvalid), (summary.Problems.Single().Line, summary.Problems.Single().Code));
        await using var db = await database.NewContextAsync();
        var contacts = await db.Contacts.Include(c => c.Organisation).OrderBy(c => c.Email).ToListAsync();
        Assert.Equal(
            [("nadia@taalhuis-oost.nl", "0612345678", "Taalhuis Oost", Sector.CivilSociety), ("pieter@roc.nl", "612345679", "ROC Noorderpoort", Sector.Education)],
            contacts.Select(c => (c.Email, c.Phone, c.Organisation!.Name, c.Organisation.Sector)));
    }

    [Fact]
    public void Preview_FirstSheetEmpty_ReadsTheNextAndSaysWhichItRead()
    {
        var file = Xlsx(("Blad1", []), ("Partners", Partners[2..]), ("Oud", [["Voornaam", "E-mailadres"]]));

        var preview = new DirectoryImportService(null!, TimeProvider.System).Preview(file).Value;

        Assert.Equal(new WorkbookSheet("Partners", 2, 3), preview.Sheet);
        Assert.Equal((1, 3), (preview.HeaderLine, preview.TotalRows));
    }

    [Fact]
    public void Preview_WorkbookRenamedToCsv_IsStillReadAsTheWorkbookItIs()
    {
        var preview = new DirectoryImportService(null!, TimeProvider.System).Preview(Workbook("contacten.csv")).Value;

        Assert.Equal(new WorkbookSheet("Blad1", 1, 1), preview.Sheet);
        Assert.Equal(["Daniëlle", "danielle@cafe.nl"], preview.Rows.Single());
    }

    [Fact]
    public void Preview_AWorkbookTheReaderFailsOn_IsRefused_AndTheFailureIsLoggedForTheTeam()
    {
        // A sound ZIP whose sheet is no XML: to the organiser "cannot be read", but it could as well be a bug of ours.
        var sheetBroken = Rezipped(XlsxBytes(("Partners", Partners)), "xl/worksheets/sheet1.xml", "<worksheet><sheetData><row");
        var log = new RecordingLoggerProvider();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(log));
        var service = new DirectoryImportService(null!, TimeProvider.System, loggers.CreateLogger<DirectoryImportService>());

        var preview = service.Preview(ImportFile.FromBytes("partners.xlsx", sheetBroken));

        Assert.Equal(ImportErrors.WorkbookUnreadable, preview.ErrorCode);
        var entry = Assert.Single(log.Entries, e => e.Level == LogLevel.Warning);
        Assert.NotNull(entry.Exception);
    }

    private static byte[] Rezipped(byte[] workbook, string entryName, string content)
    {
        using var output = new MemoryStream();
        output.Write(workbook);
        using (var zip = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(entryName)!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(entryName).Open());
            writer.Write(content);
        }

        return output.ToArray();
    }

    public static TheoryData<string, string> FilesThatCannotBeRead => new()
    {
        { "damaged", "This workbook cannot be read: it may be damaged or not saved completely. Open it in Excel and save it again as .xlsx or as CSV." },
        { "password", "This workbook is protected with a password, so EventHub cannot read it." },
        { "xls", "EventHub reads Excel workbooks in the .xlsx format, not this older .xls or LibreOffice .ods file. Open it, choose File › Save as" },
        { "ods", "EventHub reads Excel workbooks in the .xlsx format, not this older .xls or LibreOffice .ods file." },
        { "too much text", "The sheet holds more text than a 10 MB CSV file." },
        { "png", "This file is neither a CSV file nor an Excel workbook" },
    };

    [Theory]
    [MemberData(nameof(FilesThatCannotBeRead))]
    public async Task Preview_FileThatCannotBeRead_IsRefusedSayingWhatToDo(string kind, string expected)
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Services.GetRequiredService<DirectoryImportService>();
        var whole = XlsxBytes(("Partners", Partners));
        var file = kind switch
        {
            "damaged" => ImportFile.FromBytes("partners.xlsx", whole[..(whole.Length * 2 / 3)]),
            "password" => ProtectedWorkbook(),
            "xls" => OldWorkbook(),
            "ods" => OpenDocumentSpreadsheet(),
            "png" => Picture(),
            // A few kilobytes of ZIP that unpack to more text than a 10 MB CSV holds: refused while it is read.
            _ => Xlsx(("Partners", [["Voornaam", "E-mailadres"], .. Enumerable.Repeat<object?[]>(["Anna", new string('a', 1000)], 11_000)])),
        };

        var preview = service.Preview(file);
        var check = await service.CheckAsync(file, new ImportMapping([DirectoryColumn.FirstName, DirectoryColumn.Email]), new ImportOptions());

        Assert.False(preview.Succeeded);
        Assert.StartsWith(expected, ImportProblemText.Describe(preview.ErrorCode!, preview.ErrorDetail, Localized.Core(Language.En)));
        Assert.Equal((0, 0, preview.ErrorCode), (check.TotalRows, check.ValidRows, Assert.Single(check.Problems).Code));
    }
}
