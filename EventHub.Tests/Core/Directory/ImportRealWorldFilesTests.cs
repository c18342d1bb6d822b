using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Directory.Import;
using EventHub.Core.Texts;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EventHub.Tests.Support.ImportFiles;

namespace EventHub.Tests.Core.Directory;

/// <summary>Files as people really have them: Excel's encodings, their own words for sectors, values EventHub does not know.</summary>
public class ImportRealWorldFilesTests
{
    private const string DutchHeader = "Voornaam;Achternaam;E-mailadres;Telefoon;Functie;Taal;Organisatie;Sector;Subsector;Website;Adres;Wijk;Labels";

    [Fact]
    public async Task ImportAsync_Windows1252DutchFileWithDutchSectorWords_ImportsEveryValidRowWithItsDiacritics()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Services.GetRequiredService<DirectoryImportService>();
        var file = Windows1252($"""
            {DutchHeader}
            Zoë;Wâlden;zoe@roc.nl;;Coördinator;;ROC Noorderpoort;MBO;;;;;
            René;Ærø;rene@gemeente.nl;;Beleidsmedewerker;;Gemeente Groningen;gemeente;;;;;
            Inès;Müller;ines@cafe.nl;;Eigenaar Café;;Café De Kroeg;MKB/SME;;;;;
            Noël;Brûlé;noel@stichting.nl;;Vrijwilliger;;Stichting Sámen;NGO/foundation;;;;;
            Daan;Smit;daan@nergens.nl;;;;Iets Onbekends;Regenboogsector;;;;;
            """);

        var preview = service.Preview(file).Value;
        var summary = await service.ImportAsync(file, preview.SuggestedMapping, new ImportOptions(), Staff.Organiser);

        Assert.Equal(FileEncoding.Windows1252, preview.Encoding);
        Assert.Equal("Coördinator", preview.Rows[0][4]);
        Assert.Equal((4, 4, 1), (summary.CreatedContacts, summary.CreatedOrganisations, summary.SkippedRows));
        Assert.Equal((6, ImportErrors.UnknownSector), (summary.Problems.Single().Line, summary.Problems.Single().Code));
        await using var db = await database.NewContextAsync();
        var contacts = await db.Contacts.Include(c => c.Organisation).OrderBy(c => c.Email).ToListAsync();
        Assert.Equal(
            [
                ("Inès", "Müller", "Eigenaar Café", "Café De Kroeg", Sector.Business, (SubSector?)SubSector.SmallBusiness),
                ("Noël", "Brûlé", "Vrijwilliger", "Stichting Sámen", Sector.CivilSociety, SubSector.Foundation),
                ("René", "Ærø", "Beleidsmedewerker", "Gemeente Groningen", Sector.Government, SubSector.Municipality),
                ("Zoë", "Wâlden", "Coördinator", "ROC Noorderpoort", Sector.Education, SubSector.Vocational),
            ],
            contacts.Select(c => (c.FirstName, c.LastName, c.JobTitle, c.Organisation!.Name, c.Organisation.Sector, c.Organisation.SubSector)));
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task ImportAsync_Utf16File_ReadsItsLetters(bool bigEndian, bool byteOrderMark)
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Services.GetRequiredService<DirectoryImportService>();
        var file = Utf16($"""
            {EnglishHeader}
            Zoë,Wâlden,zoe@roc.nl,,Coördinator,,ROC Noorderpoort,Education,Vocational education (MBO),,,,
            Ærø,Łukasz,aero@cafe.nl,,Eigenaar Café,,Café Ώμέγα,Business,,,,,
            """, bigEndian, byteOrderMark);

        var preview = service.Preview(file).Value;
        var summary = await service.ImportAsync(file, preview.SuggestedMapping, new ImportOptions(), Staff.Organiser);

        Assert.Equal(bigEndian ? FileEncoding.Utf16BigEndian : FileEncoding.Utf16LittleEndian, preview.Encoding);
        Assert.Equal((2, 0), (summary.CreatedContacts, summary.SkippedRows));
        await using var db = await database.NewContextAsync();
        Assert.Equal(["Eigenaar Café", "Coördinator"], await db.Contacts.OrderBy(c => c.Email).Select(c => c.JobTitle!).ToListAsync());
        Assert.Equal(["Café Ώμέγα", "ROC Noorderpoort"], await db.Organisations.OrderBy(o => o.Name).Select(o => o.Name).ToListAsync());
    }

    [Fact]
    public async Task ImportAsync_ExcelUnicodeText_TabSeparatedUtf16_ReadsItsColumns()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Services.GetRequiredService<DirectoryImportService>();
        // What Excel writes for "Unicode Text (*.txt)", its only UTF-16 export: tabs between the cells, commas inside them.
        var file = Utf16(string.Join("\n",
            EnglishHeader.Replace(',', '\t'),
            string.Join('\t', "Zoë", "Wâlden", "zoe@roc.nl", "", "Coördinator, MBO", "", "ROC Noorderpoort", "Education", "", "", "", "", "")));

        var preview = service.Preview(file).Value;
        var summary = await service.ImportAsync(file, preview.SuggestedMapping, new ImportOptions(), Staff.Organiser);

        Assert.Equal((13, '\t'), (preview.Headers.Count, preview.Delimiter));
        Assert.Equal((1, 0), (summary.CreatedContacts, summary.SkippedRows));
        await using var db = await database.NewContextAsync();
        var contact = await db.Contacts.Include(c => c.Organisation).SingleAsync();
        Assert.Equal(("Zoë", "Wâlden", "Coördinator, MBO", "ROC Noorderpoort"), (contact.FirstName, contact.LastName, contact.JobTitle, contact.Organisation!.Name));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Preview_Utf8File_IsReadAsUtf8WithOrWithoutByteOrderMark(bool byteOrderMark)
    {
        var file = Csv($"""
            {EnglishHeader}
            Zoë,Wâlden,zoe@roc.nl,,Coördinator,,,,,,,,
            """, byteOrderMark);

        var preview = new DirectoryImportService(null!, TimeProvider.System).Preview(file).Value;

        Assert.Equal(FileEncoding.Utf8, preview.Encoding);
        Assert.Equal(("First name", "Zoë", "Coördinator"), (preview.Headers[0], preview.Rows[0][0], preview.Rows[0][4]));
    }

    [Fact]
    public void Preview_TextEndingInADosEndOfFileMark_IsStillACsv()
    {
        var file = Windows1252("Voornaam;Achternaam;E-mailadres\nDaniëlle;Mulder;danielle@cafe.nl\n\u001a");

        var preview = new DirectoryImportService(null!, TimeProvider.System).Preview(file);

        Assert.Equal("Daniëlle", preview.Value.Rows[0][0]);
    }

    [Fact]
    public void Preview_OrganiserChoosesAnotherEncoding_RereadsTheSameBytes()
    {
        var file = Windows1252($"""
            {EnglishHeader}
            Zoë,Wâlden,zoe@roc.nl,,Coördinator,,,,,,,,
            """);
        var service = new DirectoryImportService(null!, TimeProvider.System);

        var asLatin1 = service.Preview(file.WithEncoding(FileEncoding.Latin1)).Value;
        var asUtf8 = service.Preview(file.WithEncoding(FileEncoding.Utf8)).Value;

        Assert.Equal((FileEncoding.Latin1, "Zoë"), (asLatin1.Encoding, asLatin1.Rows[0][0]));
        // Read wrongly, the letters are visibly wrong: what tells the organiser to choose again.
        Assert.Equal((FileEncoding.Utf8, "Zo\uFFFD"), (asUtf8.Encoding, asUtf8.Rows[0][0]));
    }

    [Theory]
    [InlineData("gemeente", Sector.Government, SubSector.Municipality)]
    [InlineData("Provincie", Sector.Government, SubSector.Province)]
    [InlineData("Rijksoverheid", Sector.Government, SubSector.NationalAgency)]
    [InlineData("overheid", Sector.Government, null)]
    [InlineData("M.B.O.", Sector.Education, SubSector.Vocational)]
    [InlineData("hbo", Sector.Education, SubSector.Higher)]
    [InlineData("WO", Sector.Education, SubSector.Higher)]
    [InlineData("Universiteit", Sector.Education, SubSector.Higher)]
    [InlineData("hogeschool", Sector.Education, SubSector.Higher)]
    [InlineData("Basisschool", Sector.Education, SubSector.Primary)]
    [InlineData("PO", Sector.Education, SubSector.Primary)]
    [InlineData("Voortgezet onderwijs", Sector.Education, SubSector.Secondary)]
    [InlineData("VO", Sector.Education, SubSector.Secondary)]
    [InlineData("kinderopvang", Sector.Education, SubSector.EarlyChildhood)]
    [InlineData("Peuterspeelzaal", Sector.Education, SubSector.EarlyChildhood)]
    [InlineData("bibliotheek", Sector.Education, SubSector.Library)]
    [InlineData("MKB", Sector.Business, SubSector.SmallBusiness)]
    [InlineData("mkb / sme", Sector.Business, SubSector.SmallBusiness)]
    [InlineData("ZZP'er", Sector.Business, SubSector.SmallBusiness)]
    [InlineData("bedrijf", Sector.Business, null)]
    [InlineData("Stichting", Sector.CivilSociety, SubSector.Foundation)]
    [InlineData("NGO", Sector.CivilSociety, SubSector.Foundation)]
    [InlineData("NGO/Foundation", Sector.CivilSociety, SubSector.Foundation)]
    [InlineData("vereniging", Sector.CivilSociety, SubSector.CommunityOrganisation)]
    [InlineData("Welzijn", Sector.CivilSociety, null)]
    [InlineData("Maatschappelijk middenveld", Sector.CivilSociety, null)]
    [InlineData("Maatschappelijk", Sector.CivilSociety, null)]
    [InlineData("NGO's", Sector.CivilSociety, SubSector.Foundation)]
    [InlineData("civil-society", Sector.CivilSociety, null)]
    [InlineData("Maatschappelijke organisaties", Sector.CivilSociety, null)]
    public void SectorColumn_WordsPeopleWrite_AreRecognised(string text, Sector sector, SubSector? subSector)
    {
        Assert.True(SectorRecognizer.TryRecognise(text, out SectorMatch match, out _));
        Assert.Equal(new SectorMatch(sector, subSector), match);
    }

    [Fact]
    public void SectorWords_EachMeansOneThing()
    {
        var sectorClashes = SectorRecognizer.SectorKeys.GroupBy(k => k.Key)
            .Where(g => g.Select(k => k.Value.Sector).Distinct().Count() > 1).Select(g => g.Key);
        var subSectorClashes = SectorRecognizer.SubSectorKeys.GroupBy(k => k.Key)
            .Where(g => g.Select(k => k.Value).Distinct().Count() > 1).Select(g => g.Key);

        Assert.Empty(sectorClashes);
        Assert.Empty(subSectorClashes);
        Assert.DoesNotContain(SectorRecognizer.SectorKeys, k => k.Key.Length == 0);
    }

    [Fact]
    public async Task ImportAsync_UnknownValueMappedByTheOrganiser_ImportsThoseRowsAndCountsThem()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Services.GetRequiredService<DirectoryImportService>();
        var file = Csv($"""
            {EnglishHeader}
            Anna,Bos,anna@buurt.nl,,,,Buurtinitiatief Oost,Buurtinitiatief,,,,,
            Bram,Kok,bram@buurt.nl,,,,Buurtinitiatief West,buurt-initiatief,,,,,
            Cor,Vos,cor@roc.nl,,,,ROC Noorderpoort,MBO,,,,,
            Dirk,Mol,dirk@x.nl,,,,Iets,Regenboog,Wijkding,,,,
            """);
        var suggested = service.SuggestedMapping(file);

        var unknown = service.UnknownValues(file, suggested);
        var mapping = suggested.WithSectorValue("buurtinitiatief", Sector.CivilSociety);
        var check = await service.CheckAsync(file, mapping, new ImportOptions());
        var summary = await service.ImportAsync(file, mapping, new ImportOptions(), Staff.Organiser);

        Assert.Equal(
            [(DirectoryColumn.Sector, "Buurtinitiatief", "buurtinitiatief", 2), (DirectoryColumn.Sector, "Regenboog", "regenboog", 1), (DirectoryColumn.SubSector, "Wijkding", "wijkding", 1)],
            unknown.Select(u => (u.Column, u.Value, u.Key, u.Rows)));
        Assert.Equal((3, 2), (check.ValidRows, check.RowsUsingValueMapping));
        Assert.Equal((3, 1, 2), (summary.CreatedContacts, summary.SkippedRows, summary.RowsUsingValueMapping));
        Assert.Equal([(5, ImportErrors.UnknownSector), (5, ImportErrors.UnknownSubSector)], summary.Problems.Select(p => (p.Line, p.Code)));
        await using var db = await database.NewContextAsync();
        Assert.Equal(2, await db.Organisations.CountAsync(o => o.Sector == Sector.CivilSociety));
    }

    [Fact]
    public async Task ImportAsync_ARowWithAnUnquotedComma_IsReportedAndNotImportedShifted()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Services.GetRequiredService<DirectoryImportService>();
        var file = Csv("""
            First name,Last name,Email,Job title,Organisation,Sector
            Anna,de Vries,anna@buurt.nl,Coordinator,Stichting Buurtkracht,Civil society
            Bram,Kok,bram@buurt.nl,Coordinator, youth work,Stichting Buurtkracht,Civil society
            Cor,Vos,cor@buurt.nl,,Stichting Buurtkracht,Civil society,
            """);

        var summary = await service.ImportAsync(file, service.SuggestedMapping(file), new ImportOptions(), Staff.Organiser);

        Assert.Equal((2, 1), (summary.CreatedContacts, summary.SkippedRows));
        var problem = Assert.Single(summary.Problems);
        Assert.Equal((3, ImportErrors.ValuesPastLastColumn, "6"), (problem.Line, problem.Code, problem.Detail));
        Assert.Equal("This line has more values than the file has columns (6), so it was not imported: is there a comma or semicolon inside a value without quotes around it?",
            ImportProblemText.Describe(problem, Localized.Core(Language.En)));
        Assert.StartsWith("Deze regel heeft meer waarden dan het bestand kolommen heeft (6)", ImportProblemText.Describe(problem, Localized.Core(Language.Nl)));
        await using var db = await database.NewContextAsync();
        Assert.False(await db.Organisations.AnyAsync(o => o.Name == "youth work"));
    }

    /// <summary>
    /// The comma in "Beleidsmedewerker, onderwijs" pushes every later value one column on, and with the last columns empty
    /// nothing lands past the last one: the row only has one value more than the others. It used to be imported with
    /// "onderwijs" as the language problem, or worse, silently with a neighbourhood of "onderwijs en jeugd".
    /// </summary>
    [Fact]
    public async Task ImportAsync_AnUnquotedCommaInARowWhoseLastFieldsAreEmpty_IsReportedAndNotImportedShifted()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Services.GetRequiredService<DirectoryImportService>();
        var file = Csv("""
            First name,Last name,Email,Job title,Organisation,Sector,Neighbourhood,Tags
            Marieke,Veenstra,marieke@groningen.nl,Beleidsmedewerker, onderwijs en jeugd,Gemeente Groningen,Overheid,,
            Henk,Smit,henk@groningen.nl,Wethouder,Gemeente Groningen,Overheid,Centrum,
            """);
        var mapping = service.SuggestedMapping(file);

        var unknown = service.UnknownValues(file, mapping);
        var summary = await service.ImportAsync(file, mapping, new ImportOptions(), Staff.Organiser);

        Assert.Empty(unknown); // "Gemeente Groningen" under Sector is not offered for mapping to a sector
        Assert.Equal((1, 1), (summary.CreatedContacts, summary.SkippedRows));
        var problem = Assert.Single(summary.Problems);
        Assert.Equal((2, ImportErrors.ValuesPastLastColumn, "8"), (problem.Line, problem.Code, problem.Detail));
        await using var db = await database.NewContextAsync();
        Assert.Equal(["henk@groningen.nl"], await db.Contacts.Select(c => c.Email).ToListAsync());
        Assert.Equal("Centrum", await db.Organisations.Select(o => o.Neighbourhood).SingleAsync());
    }

    [Fact]
    public void Preview_HeadersInCapitalsAnotherOrderAndOwnWords_AreEachMappedToTheirField()
    {
        var file = Windows1252("""
            E-MAIL ADRES;ACHTERNAAM;Organisatienaam;voornaam;Tussenv.;Opmerkingen
            danielle@cafedepijp.nl;Berg;Café De Pijp;Daniëlle;van der;belt terug
            """);

        var preview = new DirectoryImportService(null!, TimeProvider.System).Preview(file).Value;

        Assert.Equal(
            [DirectoryColumn.Email, DirectoryColumn.LastName, DirectoryColumn.Organisation, DirectoryColumn.FirstName, DirectoryColumn.SurnamePrefix, null],
            preview.SuggestedMapping.Columns);
    }

    [Fact]
    public async Task ImportAsync_DutchListWithATussenvoegselColumn_KeepsItInFrontOfTheLastName()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Services.GetRequiredService<DirectoryImportService>();
        var file = Windows1252("""
            Voornaam;Tussenvoegsel;Achternaam;E-mailadres
            Daniëlle;van der;Berg;danielle@cafedepijp.nl
            Joost;;Smit;joost@cafedepijp.nl
            Fleur;de;;fleur@cafedepijp.nl
            """);

        var preview = service.Preview(file).Value;
        var summary = await service.ImportAsync(file, preview.SuggestedMapping, new ImportOptions(), Staff.Organiser);

        Assert.Equal("Tussenvoegsel", Localized.Core(Language.Nl).Name(preview.SuggestedMapping.Columns[1]!.Value));
        Assert.Equal((4, "Achternaam", DirectoryErrors.Required), (Assert.Single(summary.Problems).Line, summary.Problems[0].Column, summary.Problems[0].Code));
        await using var db = await database.NewContextAsync();
        var names = await db.Contacts.OrderBy(c => c.FirstName).Select(c => c.FirstName + " " + c.LastName).ToListAsync();
        Assert.Equal(["Daniëlle van der Berg", "Joost Smit"], names);
    }

    [Fact]
    public async Task ImportAsync_AQuoteNeverClosed_IsReportedOnItsLineAndTheRowsBeforeItAreImported()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Services.GetRequiredService<DirectoryImportService>();
        var file = Windows1252("""
            Voornaam;Achternaam;E-mailadres;Functie
            Anna;de Vries;anna@bieb.nl;"Leesconsulent; VVE"
            Daniëlle;Mulder;danielle@cafedepijp.nl;"Eigenaar, café
            Joost;Smit;joost@cafedepijp.nl;Kok
            Fleur;Kok;fleur@cafedepijp.nl;Bediening
            """);

        var summary = await service.ImportAsync(file, service.SuggestedMapping(file), new ImportOptions(), Staff.Organiser);

        var problem = Assert.Single(summary.Problems);
        Assert.Equal((3, ImportErrors.UnclosedQuote), (problem.Line, problem.Code));
        Assert.StartsWith("Een aanhalingsteken (\") op deze regel wordt nergens gesloten", ImportProblemText.Describe(problem, Localized.Core(Language.Nl)));
        Assert.Equal((1, 1), (summary.CreatedContacts, summary.SkippedRows));
        await using var db = await database.NewContextAsync();
        Assert.Equal("Leesconsulent; VVE", (await db.Contacts.SingleAsync()).JobTitle);
    }

    [Fact]
    public async Task ImportAsync_ExcelsSepLineAndATitleAboveTheColumnNames_AreLeftOut_AndProblemsKeepTheFilesLineNumbers()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Services.GetRequiredService<DirectoryImportService>();
        var file = Windows1252("""
            sep=;
            Contactenlijst Alliantie Gelijke Kansen, november 2026;;;
            ;;;
            Voornaam;Achternaam;E-mailadres;Functie
            Anna;de Vries;anna@bieb.nl;Leesconsulent
            Joost;Smit;geen-adres;Kok
            """);

        var preview = service.Preview(file).Value;
        var summary = await service.ImportAsync(file, preview.SuggestedMapping, new ImportOptions(), Staff.Organiser);

        Assert.Equal((';', 4, 2), (preview.Delimiter, preview.HeaderLine, preview.TotalRows));
        Assert.Equal(["Voornaam", "Achternaam", "E-mailadres", "Functie"], preview.Headers);
        Assert.Equal((6, "E-mailadres"), (Assert.Single(summary.Problems).Line, summary.Problems[0].Column));
        Assert.Equal(1, summary.CreatedContacts);
    }

    [Fact]
    public async Task Preview_SepLineNamingAComma_ReadsCommasEvenWhenTheHeaderHasSemicolonsInsideQuotes()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Services.GetRequiredService<DirectoryImportService>();
        var file = Windows1252("""
            sep=,
            First name,Last name,Email,"Job title; role"
            Anna,de Vries,anna@bieb.nl,Leesconsulent
            """);

        var preview = service.Preview(file).Value;

        Assert.Equal((',', 2), (preview.Delimiter, preview.HeaderLine));
        Assert.Equal("Job title; role", preview.Headers[3]);
    }

    [Fact]
    public async Task Preview_AFileWhoseFirstLineIsTheHeader_StartsThere_EvenWhenNoColumnIsRecognised()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Services.GetRequiredService<DirectoryImportService>();
        var file = Windows1252("""
            Naam;Mail
            Anna de Vries;anna@bieb.nl
            """);

        var preview = service.Preview(file).Value;

        Assert.Equal((1, 1), (preview.HeaderLine, preview.TotalRows));
        Assert.Equal(["Naam", "Mail"], preview.Headers);
    }

    [Fact]
    public void Describe_UnknownSector_ListsTheAcceptedValuesInTheReadersLanguage()
    {
        var problem = new ImportProblem(5, "Sector", "Regenboog", ImportErrors.UnknownSector);

        var english = ImportProblemText.Describe(problem, Localized.Core(Language.En));
        var dutch = ImportProblemText.Describe(problem, Localized.Core(Language.Nl));

        Assert.StartsWith("Unknown sector. Accepted: Government, Education, Business, Civil society;", english);
        Assert.StartsWith("Onbekende sector. Toegestaan: Overheid, Onderwijs, Bedrijfsleven, Maatschappelijke organisaties;", dutch);
    }

    [Theory]
    [InlineData(Language.En, "Coordinator", "Teacher")]
    [InlineData(Language.Nl, "Coördinator", "Docent")]
    public async Task Template_ImportsBackWithoutProblems_ItsExamplesInTheTemplatesLanguage(Language language, string anna, string sam)
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Services.GetRequiredService<DirectoryImportService>();
        var file = ImportFile.FromBytes(ImportTemplate.FileName(language) + ".csv", ImportTemplate.ToCsv(language));

        var preview = service.Preview(file).Value;
        var summary = await service.ImportAsync(file, preview.SuggestedMapping, new ImportOptions(), Staff.Organiser);

        Assert.Equal(language == Language.Nl ? ';' : ',', preview.Delimiter);
        Assert.Equal(DirectoryColumns.Written.Cast<DirectoryColumn?>(), preview.SuggestedMapping.Columns);
        Assert.Equal((ImportOutcome.Imported, 2, 2, 0), (summary.Outcome, summary.TotalRows, summary.CreatedContacts, summary.Problems.Count));
        await using var db = await database.NewContextAsync();
        var jobTitles = await db.Contacts.OrderBy(c => c.FirstName).Select(c => c.JobTitle).ToListAsync();
        Assert.Equal([anna, sam], jobTitles);
    }
}
