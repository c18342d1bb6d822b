using System.Text;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Demo;
using EventHub.Core.Directory.Import;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Directory;

public class DirectoryExportServiceTests
{
    private static readonly DateTime Now = TestDatabase.DefaultNow.UtcDateTime;

    [Fact]
    public async Task WriteContactsAsync_CellsThatLookLikeFormulas_StartWithAQuote()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var seed = await database.NewContextAsync())
        {
            var contact = new Contact("=HYPERLINK(\"http://evil\")", "@Bakker", "anna@bieb.nl", Language.Nl, Now);
            contact.Describe("+31 6 12345678", "-directeur");
            seed.Add(contact);
            await seed.SaveChangesAsync();
        }

        var csv = await ExportContactsAsync(database, new ContactQuery(), new ExportOptions());

        var row = csv.Split("\r\n")[1];
        Assert.StartsWith("\"'=HYPERLINK(\"\"http://evil\"\")\",\"'@Bakker\",anna@bieb.nl,\"'+31 6 12345678\",\"'-directeur\",nl,", row);
    }

    [Fact]
    public async Task WriteContactsAsync_DutchSemicolon_WritesByteOrderMarkDutchHeadersAndSectorNames()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var seed = await database.NewContextAsync())
        {
            var library = new Organisation("Bibliotheek Groningen", Sector.Education, SubSector.Library, Now);
            var contact = new Contact("Anna", "de Vries", "anna@bieb.nl", Language.En, Now);
            contact.MoveTo(library, Now);
            seed.AddRange(library, contact);
            await seed.SaveChangesAsync();
        }

        var bytes = await ExportBytesAsync(database, (service, stream) =>
            service.WriteContactsAsync(new ContactQuery(), stream, new ExportOptions(Language.Nl, CsvDelimiter.Semicolon), Staff.Organiser));

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("Voornaam;Achternaam;E-mailadres;Telefoon;Functie;Taal;Organisatie;Sector;Subsector;Website;Adres;Wijk;Labels", lines[0]);
        Assert.Equal("Anna;de Vries;anna@bieb.nl;;;en;Bibliotheek Groningen;Onderwijs;Bibliotheek;;;;", lines[1]);
    }

    [Fact]
    public async Task WriteContactsAsync_AsExcel_KeepsThePhoneNumbersZeroAndFormulaLikeCellsAsText()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var seed = await database.NewContextAsync())
        {
            var contact = new Contact("=cmd|' /C calc'!A0", "@Bakker", "anna@bieb.nl", Language.Nl, Now);
            contact.Describe("0612345678", "-directeur");
            seed.Add(contact);
            await seed.SaveChangesAsync();
        }

        var workbook = OpenedWorkbook.Open(await ExportBytesAsync(database, (service, stream) =>
            service.WriteContactsAsync(new ContactQuery(), stream, new ExportOptions(Language.Nl, Format: ExportFormat.Xlsx), Staff.Organiser)));

        Assert.Equal("contactpersonen", workbook.SheetName);
        Assert.Equal(["Voornaam", "Achternaam", "E-mailadres", "Telefoon", "Functie", "Taal"], workbook.Rows[0][..6]);
        Assert.Equal(["=cmd|' /C calc'!A0", "@Bakker", "anna@bieb.nl", "0612345678", "-directeur", "nl"], workbook.Rows[1][..6]);
        Assert.False(workbook.HasFormula);
        // The column names stay in view while the organiser scrolls.
        Assert.Contains("state=\"frozen\"", workbook.SheetXml);
        // Each column as wide as its longest text and 2 more (the first name's 18 characters: 20), at least 8 ("Taal").
        Assert.Equal([20, 12, 14, 12, 12, 8], ColumnWidths(workbook)[..6]);
    }

    /// <summary>The columns' widths in whole characters (Excel's width adds a fraction for the cell's margins).</summary>
    private static int[] ColumnWidths(OpenedWorkbook workbook) =>
        System.Text.RegularExpressions.Regex.Matches(workbook.SheetXml, @"<(?:\w+:)?col\b[^>]*\bwidth=""([0-9.]+)""")
            .Select(m => (int)double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    [Theory]
    [InlineData(Language.En, CsvDelimiter.Comma, ExportFormat.Csv)]
    [InlineData(Language.Nl, CsvDelimiter.Semicolon, ExportFormat.Csv)]
    [InlineData(Language.Nl, CsvDelimiter.Semicolon, ExportFormat.Xlsx)]
    public async Task ExportedContacts_ImportIntoAnEmptyDirectory_AsTheSameContacts(Language language, CsvDelimiter delimiter, ExportFormat format)
    {
        await using var source = await TestDatabase.CreateAsync();
        await using (var seed = await source.NewContextAsync())
        {
            var organisations = DemoFakers.Organisations(20, Now);
            seed.Organisations.AddRange(organisations);
            seed.Contacts.AddRange(DemoFakers.Contacts(120, organisations, Now));
            var tricky = new Contact("Ömer", "Çelik", "omer@ziggo.nl", Language.En, Now);
            tricky.Describe("+31 6 1234 5678", "Voorzitter, \"bewonersraad\"\nOost");
            var mobile = new Contact("Sanne", "Bos", "sanne@ziggo.nl", Language.Nl, Now);
            mobile.Describe("0612345678", null);
            seed.Contacts.AddRange(tricky, mobile);
            await seed.SaveChangesAsync();
        }

        var bytes = await ExportBytesAsync(source, (service, stream) => service.WriteContactsAsync(new ContactQuery(), stream, new ExportOptions(language, delimiter, format), Staff.Organiser));
        await using var target = await TestDatabase.CreateAsync();
        var import = target.Services.GetRequiredService<DirectoryImportService>();
        var file = ImportFile.FromBytes("export.csv", bytes);
        var summary = await import.ImportAsync(file, import.SuggestedMapping(file), new ImportOptions(), Staff.Organiser);

        Assert.Empty(summary.Problems);
        Assert.Equal(122, summary.CreatedContacts);
        Assert.Equal(await SnapshotAsync(source), await SnapshotAsync(target));
    }

    [Fact]
    public async Task WriteOrganisationsAsync_SectorFilter_WritesOnlyMatchingOrganisationsInOrder()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var seed = await database.NewContextAsync())
        {
            var library = new Organisation("Bibliotheek Groningen", Sector.Education, SubSector.Library, Now);
            library.Retag(["VVE", "taalnetwerk"]);
            seed.AddRange(
                library,
                new Organisation("Alfa-college", Sector.Education, SubSector.Vocational, Now),
                new Organisation("Gemeente Groningen", Sector.Government, SubSector.Municipality, Now));
            var contact = new Contact("Anna", "de Vries", "anna@bieb.nl", Language.Nl, Now);
            contact.MoveTo(library, Now);
            seed.Add(contact);
            await seed.SaveChangesAsync();
        }

        var bytes = await ExportBytesAsync(database, (service, stream) =>
            service.WriteOrganisationsAsync(new OrganisationQuery(Sector: Sector.Education, PageSize: 1), stream, new ExportOptions(), Staff.Organiser));

        var lines = Encoding.UTF8.GetString(bytes[3..]).TrimEnd().Split("\r\n");
        Assert.Equal(
            [
                "Organisation,Sector,Sub-sector,Website,Address,Neighbourhood,Tags,Notes,Contacts",
                "Alfa-college,Education,Vocational education (MBO),,,,,,0",
                "Bibliotheek Groningen,Education,Library,,,,taalnetwerk | VVE,,1",
            ],
            lines);
    }

    private static async Task<string> ExportContactsAsync(TestDatabase database, ContactQuery query, ExportOptions options) =>
        Encoding.UTF8.GetString((await ExportBytesAsync(database, (service, stream) => service.WriteContactsAsync(query, stream, options, Staff.Organiser)))[3..]);

    private static async Task<byte[]> ExportBytesAsync(TestDatabase database, Func<DirectoryExportService, Stream, Task> export)
    {
        using var stream = new MemoryStream();
        await export(database.Services.GetRequiredService<DirectoryExportService>(), stream);
        return stream.ToArray();
    }

    /// <summary>Everything a contacts file carries, in a stable order, to compare two directories.</summary>
    private static async Task<List<string>> SnapshotAsync(TestDatabase database)
    {
        await using var db = await database.NewContextAsync();
        var contacts = await db.Contacts.Include(c => c.Organisation).ThenInclude(o => o!.Tags).ToListAsync();
        return contacts
            .Select(c => string.Join('|', c.FirstName, c.LastName, c.Email, c.Phone, c.JobTitle, c.PreferredLanguage,
                c.Organisation?.Name, c.Organisation?.Sector, c.Organisation?.SubSector, c.Organisation?.Website,
                c.Organisation?.Address, c.Organisation?.Neighbourhood,
                string.Join(',', (c.Organisation?.Tags.Select(t => t.Name) ?? []).Order(StringComparer.Ordinal))))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
