using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Directory.Import;
using EventHub.Core.Texts;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EventHub.Tests.Support.ImportFiles;

namespace EventHub.Tests.Core.Directory;

public class DirectoryImportServiceTests
{
    private static readonly DateTime Now = TestDatabase.DefaultNow.UtcDateTime;

    [Fact]
    public async Task ImportAsync_CleanFile_CreatesContactsAndEachOrganisationOnce()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Services.GetRequiredService<DirectoryImportService>();
        var file = Csv($"""
            {EnglishHeader}
            Anna,de Vries,anna@bieb.nl,050-1234567,Leesconsulent,nl,Bibliotheek Groningen,,Library,www.bieb.nl,Oude Boteringestraat 18,Centrum,VVE|taalnetwerk
            Bram,Jansen,bram@bieb.nl,,Directeur,en,bibliotheek  groningen,Education,,,,,"laaggeletterdheid, VVE"
            Sanne,Bos,sanne@ziggo.nl,,,,,,,,,,
            """);

        var summary = await service.ImportAsync(file, service.SuggestedMapping(file), new ImportOptions(), Staff.Organiser);

        Assert.Equal((ImportOutcome.Imported, 3, 0, 1, 0), (summary.Outcome, summary.CreatedContacts, summary.UpdatedContacts, summary.CreatedOrganisations, summary.SkippedRows));
        await using var db = await database.NewContextAsync();
        var library = await db.Organisations.Include(o => o.Tags).SingleAsync();
        Assert.Equal(("Bibliotheek Groningen", Sector.Education, SubSector.Library), (library.Name, library.Sector, library.SubSector));
        Assert.Equal("https://www.bieb.nl", library.Website);
        Assert.Equal(["laaggeletterdheid", "taalnetwerk", "VVE"], library.Tags.Select(t => t.Name).Order(StringComparer.OrdinalIgnoreCase));
        var contacts = await db.Contacts.Include(c => c.Affiliations).OrderBy(c => c.FirstName).ToListAsync();
        Assert.Equal([library.Id, library.Id, null], contacts.Select(c => c.OrganisationId));
        Assert.Equal([Language.Nl, Language.En, Language.Nl], contacts.Select(c => c.PreferredLanguage));
        Assert.Single(contacts[0].Affiliations);
        Assert.Equal("Leesconsulent", contacts[0].JobTitle);
    }

    [Fact]
    public async Task ImportAsync_TheSameFileTwice_UpdatesNobodyTheSecondTime_AndSaysTheyWereUpToDate_AChangedLineUpdatesItsContact()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Services.GetRequiredService<DirectoryImportService>();
        const string anna = "Anna,de Vries,anna@bieb.nl,050-1234567,Leesconsulent,nl,Bibliotheek Groningen,,Library,,,,";
        const string bram = "Bram,Jansen,bram@bieb.nl,,Directeur,en,Bibliotheek Groningen,,,,,,";
        var file = Csv($"{EnglishHeader}\n{anna}\n{bram}");
        await service.ImportAsync(file, service.SuggestedMapping(file), new ImportOptions(), Staff.Organiser);

        var again = await service.ImportAsync(file, service.SuggestedMapping(file), new ImportOptions(), Staff.Organiser);
        var changed = Csv($"{EnglishHeader}\n{anna}\n{bram.Replace("Directeur", "Bestuurder")}");
        var third = await service.ImportAsync(changed, service.SuggestedMapping(changed), new ImportOptions(), Staff.Organiser);

        // The check said it would update the two; the result says both were already up to date, so every row is accounted for.
        Assert.Equal((0, 0, 2, 0), (again.CreatedContacts, again.UpdatedContacts, again.UnchangedContacts, again.UpdatedOrganisations));
        Assert.Equal((0, 1, 1), (third.CreatedContacts, third.UpdatedContacts, third.UnchangedContacts));
    }

    [Fact]
    public async Task CheckAsync_FortyThousandRowsEachWithItsOwnOrganisation_ChecksEveryRow()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Services.GetRequiredService<DirectoryImportService>();
        // About 3.5 MB, under the 10 MB limit: more addresses and names than SQLite takes parameters in one statement.
        var file = Csv(ManyRows(40_000));

        var check = await service.CheckAsync(file, service.SuggestedMapping(file), new ImportOptions());

        Assert.Equal((40_000, 40_000, 40_000, 40_000), (check.TotalRows, check.ValidRows, check.NewContacts, check.NewOrganisations));
    }

    [Fact]
    public async Task ImportAsync_FortyThousandRowsOneOfThemRefused_CancelsAsChosenAndSaysWhy()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Services.GetRequiredService<DirectoryImportService>();
        var file = Csv(ManyRows(40_000) + "\nZoë,Wâlden,zoe@roc.nl,,,,Nieuw ROC,,,,,,");

        var summary = await service.ImportAsync(file, service.SuggestedMapping(file), new ImportOptions(InvalidRowHandling.CancelImport), Staff.Organiser);

        Assert.Equal(ImportOutcome.Cancelled, summary.Outcome);
        Assert.Equal((40_002, DirectoryErrors.Required), (Assert.Single(summary.Problems).Line, summary.Problems[0].Code));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ImportAsync_NewOrganisationWhoseSectorIsOnALaterRow_ImportsEveryContactUnderThatSector(bool sectorFirst)
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Services.GetRequiredService<DirectoryImportService>();
        string[] rows = ["Anna,de Vries,anna@bieb.nl,,,,Bibliotheek Groningen,,,www.bieb.nl,,,", "Bram,Jansen,bram@bieb.nl,,,,bibliotheek groningen,Education,Library,,,,"];
        var file = Csv(string.Join("\n", [EnglishHeader, .. sectorFirst ? rows.Reverse() : rows]));

        var check = await service.CheckAsync(file, service.SuggestedMapping(file), new ImportOptions());
        var summary = await service.ImportAsync(file, service.SuggestedMapping(file), new ImportOptions(), Staff.Organiser);

        Assert.Equal((2, 1, 0), (check.ValidRows, check.NewOrganisations, check.Problems.Count));
        Assert.Equal((2, 1, 0), (summary.CreatedContacts, summary.CreatedOrganisations, summary.SkippedRows));
        await using var db = await database.NewContextAsync();
        var library = await db.Organisations.SingleAsync();
        Assert.Equal(("bibliotheek groningen", Sector.Education, SubSector.Library, "https://www.bieb.nl"),
            (library.NormalizedName, library.Sector, library.SubSector, library.Website));
        Assert.Equal([library.Id, library.Id], await db.Contacts.Select(c => c.OrganisationId).ToListAsync());
    }

    [Fact]
    public async Task ImportAsync_ContactsExportWithAContactAtAnArchivedOrganisation_ImportsBackButTakesNoNewcomersThere()
    {
        await using var database = await TestDatabase.CreateAsync();
        var organisations = database.Services.GetRequiredService<OrganisationService>();
        var contacts = database.Services.GetRequiredService<ContactService>();
        var closed = (await organisations.CreateAsync(new OrganisationInput("Buurthuis De Schakel", Sector.CivilSociety), Staff.Organiser)).Value;
        var anna = (await contacts.CreateAsync(new ContactInput("Anna", "de Vries", "anna@schakel.nl", OrganisationId: closed), Staff.Organiser)).Value;
        Assert.True((await organisations.ArchiveAsync(closed, Staff.Organiser)).Succeeded);
        using var export = new MemoryStream();
        await database.Services.GetRequiredService<DirectoryExportService>().WriteContactsAsync(new ContactQuery(), export, new ExportOptions(), Staff.Organiser);
        var exported = System.Text.Encoding.UTF8.GetString(export.ToArray()).TrimEnd();
        var newcomer = exported.Split('\n')[1].Replace("Anna", "Bram").Replace("anna@", "bram@");
        var service = database.Services.GetRequiredService<DirectoryImportService>();
        var file = Csv(exported + "\n" + newcomer);

        var summary = await service.ImportAsync(file, service.SuggestedMapping(file), new ImportOptions(), Staff.Organiser);

        Assert.Equal((0, 0), (summary.CreatedContacts, summary.UpdatedContacts)); // Anna's own line, exported as she is: nothing to update
        Assert.Equal((3, DirectoryErrors.OrganisationArchived), (Assert.Single(summary.Problems).Line, summary.Problems[0].Code));
        await using var db = await database.NewContextAsync();
        Assert.Equal(closed, (await db.Contacts.SingleAsync(c => c.Id == anna)).OrganisationId);
    }

    [Fact]
    public async Task ImportAsync_ArchivedContactInTheFile_IsReportedAndLeftAsItWas()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Services.GetRequiredService<DirectoryImportService>();
        var contacts = database.Services.GetRequiredService<ContactService>();
        var anna = (await contacts.CreateAsync(new ContactInput("Anna", "de Vries", "anna@bieb.nl"), Staff.Organiser)).Value;
        Assert.True((await contacts.ArchiveAsync(anna, Staff.Organiser)).Succeeded);
        var file = Csv($"""
            {EnglishHeader}
            Anna,de Vries,ANNA@bieb.nl,050-1234567,,,,,,,,,
            """);

        var check = await service.CheckAsync(file, service.SuggestedMapping(file), new ImportOptions());
        var summary = await service.ImportAsync(file, service.SuggestedMapping(file), new ImportOptions(), Staff.Organiser);

        Assert.Equal((0, 0), (check.ValidRows, check.ExistingContacts));
        Assert.Equal((0, 1), (summary.UpdatedContacts, summary.SkippedRows));
        var problem = Assert.Single(summary.Problems);
        Assert.Equal((2, "Email", ImportErrors.ArchivedContact), (problem.Line, problem.Column, problem.Code));
        Assert.StartsWith("This address belongs to an archived contact", ImportProblemText.Describe(problem, Localized.Core(Language.En)));
        await using var db = await database.NewContextAsync();
        Assert.Null((await db.Contacts.SingleAsync()).Phone);
    }

    [Fact]
    public async Task CheckAsync_EachKindOfBadRow_ReportsLineColumnAndProblem()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Services.GetRequiredService<DirectoryImportService>();
        var longTitle = new string('x', Contact.JobTitleMaxLength + 1);
        var file = Csv($"""
            {EnglishHeader}
            Anna,de Vries,anna@bieb.nl,,,,Bibliotheek Groningen,,Library,,"Oude Boteringestraat 18
            9712 GH Groningen",,
            Bram,Jansen,bram@@bieb,,,,,,,,,,
            Cor,Smit,cor@school.nl,,,,Basisschool De Regenboog,Onderwjis,,,,,
            Dirk,Mol,dirk@school.nl,,,,Basisschool De Wegwijzer,,Bibliotheekk,,,,
            ,Kok,kok@school.nl,,,,,,,,,,
            Eva,Post,eva@gemeente.nl,,,,Gemeente Groningen,Government,Library,,,,
            Fenna,Vos,ANNA@bieb.nl,,,,,,,,,,
            Gijs,Bakker,gijs@school.nl,,{longTitle},,,,,,,,
            Hans,Meijer,hans@school.nl,,,fr,,,,,,,
            """);

        var check = await service.CheckAsync(file, service.SuggestedMapping(file), new ImportOptions());

        var problems = check.Problems.Select(p => (p.Line, p.Column, p.Code, p.Detail)).ToList();
        Assert.Equal(
            [
                (4, "Email", DirectoryErrors.EmailInvalid, null),
                (5, "Sector", ImportErrors.UnknownSector, nameof(Sector.Education)),
                (6, "Sub-sector", ImportErrors.UnknownSubSector, nameof(SubSector.Library)),
                (7, "First name", DirectoryErrors.Required, null),
                (8, "Sub-sector", DirectoryErrors.SubSectorMismatch, null),
                (9, "Email", ImportErrors.DuplicateEmailInFile, "2"),
                (10, "Job title", DirectoryErrors.TooLong, "200"),
                (11, "Language", ImportErrors.UnknownLanguage, null),
            ],
            problems);
        Assert.Equal((9, 1, 8), (check.TotalRows, check.ValidRows, check.RowsWithProblems));
    }

    [Fact]
    public async Task ImportAsync_DutchExcelFile_ReadsSemicolonsByteOrderMarkAndDutchHeaders()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Services.GetRequiredService<DirectoryImportService>();
        var file = Csv("""
            Voornaam;Achternaam;E-mailadres;Telefoon;Functie;Taal;Organisatie;Sector;Subsector;Website;Adres;Wijk;Labels
            Özlem;Yıldız;ozlem@wijkteam.nl;06-12345678;Opbouwwerker, jeugd;Nederlands;Buurtcentrum Selwerd;Maatschappelijke organisaties;Buurt- of wijkorganisatie;;Zaagmuldersweg 1;Selwerd;ouderbetrokkenheid
            """, byteOrderMark: true);

        var preview = service.Preview(file).Value;
        var summary = await service.ImportAsync(file, preview.SuggestedMapping, new ImportOptions(), Staff.Organiser);

        Assert.Equal(';', preview.Delimiter);
        Assert.DoesNotContain(null, preview.SuggestedMapping.Columns);
        Assert.Equal((1, 1), (summary.CreatedContacts, summary.CreatedOrganisations));
        await using var db = await database.NewContextAsync();
        var contact = await db.Contacts.Include(c => c.Organisation).SingleAsync();
        Assert.Equal(("Özlem", "Opbouwwerker, jeugd", SubSector.CommunityOrganisation), (contact.FirstName, contact.JobTitle, contact.Organisation!.SubSector));
    }

    [Fact]
    public async Task ImportAsync_QuotedFieldsWithLineBreaks_KeepTheBreakAndCountLinesFromTheFile()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Services.GetRequiredService<DirectoryImportService>();
        var file = Csv($""""
            {EnglishHeader}
            Anna,de Vries,anna@bieb.nl,,"Leesconsulent, ""VVE""",,Bibliotheek Groningen,Education,,,"Oude Boteringestraat 18
            9712 GH Groningen",,
            Bram,Jansen,not-an-email,,,,,,,,,,
            """");

        var summary = await service.ImportAsync(file, service.SuggestedMapping(file), new ImportOptions(), Staff.Organiser);

        Assert.Equal(4, Assert.Single(summary.Problems).Line);
        await using var db = await database.NewContextAsync();
        var library = await db.Organisations.SingleAsync();
        Assert.Equal("Oude Boteringestraat 18\r\n9712 GH Groningen", library.Address);
        Assert.Equal("Leesconsulent, \"VVE\"", (await db.Contacts.SingleAsync()).JobTitle);
    }

    [Theory]
    [InlineData(ExistingContactHandling.Update, "Anne", "Beleidsadviseur", 1, 0)]
    [InlineData(ExistingContactHandling.Skip, "Anna", null, 0, 1)]
    public async Task ImportAsync_ExistingEmail_UpdatesOrSkipsAsChosen(
        ExistingContactHandling handling, string expectedFirstName, string? expectedJobTitle, int updated, int skipped)
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Services.GetRequiredService<DirectoryImportService>();
        await using (var seed = await database.NewContextAsync())
        {
            var school = new Organisation("Basisschool De Regenboog", Sector.Education, SubSector.Primary, Now);
            var contact = new Contact("Anna", "de Vries", "Anna@Gemeente.nl", Language.Nl, Now);
            contact.MoveTo(school, Now);
            seed.AddRange(school, contact);
            await seed.SaveChangesAsync();
        }

        var file = Csv($"""
            {EnglishHeader}
            Anne,de Vries, anna@gemeente.NL ,,Beleidsadviseur,,Gemeente Groningen,Overheid,Gemeente,,,,
            """);

        var summary = await service.ImportAsync(file, service.SuggestedMapping(file), new ImportOptions(ExistingContacts: handling), Staff.Organiser);

        Assert.Equal((0, updated, skipped), (summary.CreatedContacts, summary.UpdatedContacts, summary.SkippedRows));
        await using var db = await database.NewContextAsync();
        var stored = await db.Contacts.Include(c => c.Organisation).Include(c => c.Affiliations).SingleAsync();
        Assert.Equal((expectedFirstName, expectedJobTitle), (stored.FirstName, stored.JobTitle));
        if (handling == ExistingContactHandling.Update)
        {
            Assert.Equal("Gemeente Groningen", stored.Organisation!.Name);
            Assert.Equal(2, stored.Affiliations.Count);
            Assert.Single(stored.Affiliations, a => a.EndedAtUtc is null);
        }
        else
        {
            Assert.Equal(ImportErrors.ExistingEmailSkipped, Assert.Single(summary.Problems).Code);
            Assert.Equal(1, await db.Organisations.CountAsync());
        }
    }

    [Fact]
    public async Task ImportAsync_ExistingOrganisation_FillsEmptyFieldsButNeverOverwrites()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Services.GetRequiredService<DirectoryImportService>();
        await using (var seed = await database.NewContextAsync())
        {
            var library = new Organisation("Bibliotheek Groningen", Sector.Education, null, Now);
            library.Describe("https://www.biblionet.nl", null);
            seed.Add(library);
            await seed.SaveChangesAsync();
        }

        var file = Csv($"""
            {EnglishHeader}
            Anna,de Vries,anna@bieb.nl,,,,BIBLIOTHEEK GRONINGEN,Business,,www.other.nl,Oude Boteringestraat 18,Centrum,VVE
            """);

        var summary = await service.ImportAsync(file, service.SuggestedMapping(file), new ImportOptions(), Staff.Organiser);

        Assert.Equal((0, 1), (summary.CreatedOrganisations, summary.UpdatedOrganisations));
        await using var db = await database.NewContextAsync();
        var stored = await db.Organisations.Include(o => o.Tags).SingleAsync();
        Assert.Equal((Sector.Education, "https://www.biblionet.nl", "Oude Boteringestraat 18", "Centrum"), (stored.Sector, stored.Website, stored.Address, stored.Neighbourhood));
        Assert.Equal("VVE", Assert.Single(stored.Tags).Name);
    }

    [Fact]
    public async Task ImportAsync_OrganisationsWithoutOwnDomains_TakeTheirContactsDomainsSoPartnersCanNameColleaguesThere()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Services.GetRequiredService<DirectoryImportService>();
        await using (var seed = await database.NewContextAsync())
        {
            var school = new Organisation("Basisschool De Regenboog", Sector.Education, SubSector.Primary, Now);
            school.UseEmailDomains("regenboog.nl");
            seed.AddRange(school, new Organisation("Gemeente Groningen", Sector.Government, null, Now));
            await seed.SaveChangesAsync();
        }

        var file = Windows1252($"""
            {EnglishHeader}
            Daniëlle,Mulder,danielle@cafedepijp.nl,,,,Café De Pijp,Business,,,,,
            Joost,Smit, Joost@CafeDePijp.NL ,,,,Café De Pijp,,,,,,
            Fleur,Kok,fleur.kok@gmail.com,,,,Café De Pijp,,,,,,
            Karin,Bos,karin@obs-regenboog.nl,,,,Basisschool De Regenboog,,,,,,
            Wim,Dijk,wim@groningen.nl,,,,Gemeente Groningen,,,,,,
            """);

        var summary = await service.ImportAsync(file, service.SuggestedMapping(file), new ImportOptions(), Staff.Organiser);

        Assert.Equal((5, 1, 1), (summary.CreatedContacts, summary.CreatedOrganisations, summary.UpdatedOrganisations));
        await using var db = await database.NewContextAsync();
        var domains = await db.Organisations.OrderBy(o => o.Name).Select(o => new { o.Name, o.EmailDomains }).ToListAsync();
        Assert.Equal(
            [("Basisschool De Regenboog", "regenboog.nl"), ("Café De Pijp", "cafedepijp.nl"), ("Gemeente Groningen", "groningen.nl")],
            domains.Select(o => (o.Name, o.EmailDomains)));
        var cafe = await db.Organisations.SingleAsync(o => o.Name == "Café De Pijp");
        var colleague = new ContactInput("Sem", "de Boer", "sem@cafedepijp.nl", Language.Nl);
        Assert.True(EventHub.Core.Invitations.ColleagueInvitations.MaySendAtOnce(cafe, colleague, new EventHub.Core.Invitations.NominationOptions()));
    }

    /// <summary>Several contacts per organisation, as real files have. The 10,000-row size is measured by benchmarks/import-benchmark.sh.</summary>
    [Fact]
    public async Task ImportAsync_ManyContactsOfFewerOrganisations_ImportsEveryContactAndEachOrganisationOnce()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Services.GetRequiredService<DirectoryImportService>();
        var file = Csv(DemoCsv(organisations: 30, contacts: 600));
        var reports = new List<ImportProgress>();

        var summary = await service.ImportAsync(file, service.SuggestedMapping(file), new ImportOptions(), Staff.Organiser, new SynchronousProgress(reports.Add));

        Assert.Equal((600, 0), (summary.CreatedContacts, summary.SkippedRows));
        await using var db = await database.NewContextAsync();
        Assert.Equal(600, await db.Contacts.CountAsync());
        Assert.Equal(summary.CreatedOrganisations, await db.Organisations.CountAsync());
        Assert.Equal(30, summary.CreatedOrganisations);
        Assert.Contains(new ImportProgress(ImportPhase.Checking, 600, 600), reports);
        Assert.Equal(ImportPhase.Saving, reports[^1].Phase);
    }

    [Fact]
    public async Task ImportAsync_DatabaseRefusesARowWhileSaving_LeavesTheDirectoryUnchanged()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Services.GetRequiredService<DirectoryImportService>();
        await using (var seed = await database.NewContextAsync())
        {
            seed.Add(new Contact("Anna", "de Vries", "anna@bieb.nl", Language.Nl, Now));
            await seed.SaveChangesAsync();
            // Only the database knows this rule, so the row passes every check and fails half-way through saving.
            await seed.Database.ExecuteSqlRawAsync(
                "CREATE TRIGGER refuse_boom BEFORE INSERT ON Contacts WHEN NEW.NormalizedEmail = 'boom@bieb.nl' BEGIN SELECT RAISE(ABORT, 'refused'); END;");
        }

        var file = Csv($"""
            {EnglishHeader}
            Anne,Visser,anna@bieb.nl,,Directeur,,Bibliotheek Groningen,Education,,,,,
            Bram,Jansen,bram@bieb.nl,,,,Bibliotheek Groningen,Education,,,,,
            Boom,Bakker,boom@bieb.nl,,,,,,,,,,
            """);

        await Assert.ThrowsAsync<DbUpdateException>(() => service.ImportAsync(file, service.SuggestedMapping(file), new ImportOptions(), Staff.Organiser));

        await using var db = await database.NewContextAsync();
        var anna = await db.Contacts.SingleAsync();
        Assert.Equal(("Anna", "de Vries", null), (anna.FirstName, anna.LastName, anna.JobTitle));
        Assert.Empty(await db.Organisations.ToListAsync());
        Assert.Empty(await db.ContactAffiliations.ToListAsync());
    }

    [Fact]
    public async Task ImportAsync_CancelledAfterTheCheck_WritesNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Services.GetRequiredService<DirectoryImportService>();
        var file = Csv(DemoCsv(organisations: 5, contacts: 600));
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Phase == ImportPhase.Writing)
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => service.ImportAsync(file, service.SuggestedMapping(file), new ImportOptions(),Staff.Organiser, progress, cancel.Token));

        await using var db = await database.NewContextAsync();
        Assert.Equal((0, 0), (await db.Contacts.CountAsync(), await db.Organisations.CountAsync()));
    }

    [Fact]
    public async Task ImportAsync_CancelOnProblems_WritesNothingAndReportsTheProblems()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Services.GetRequiredService<DirectoryImportService>();
        var file = Csv($"""
            {EnglishHeader}
            Anna,de Vries,anna@bieb.nl,,,,Bibliotheek Groningen,Education,,,,,
            Bram,Jansen,bram-at-bieb.nl,,,,,,,,,,
            """);

        var summary = await service.ImportAsync(file, service.SuggestedMapping(file), new ImportOptions(InvalidRowHandling.CancelImport), Staff.Organiser);

        Assert.Equal(ImportOutcome.Cancelled, summary.Outcome);
        Assert.Equal(3, Assert.Single(summary.Problems).Line);
        await using var db = await database.NewContextAsync();
        Assert.Equal(0, await db.Contacts.CountAsync());
    }

    [Fact]
    public async Task CheckAsync_NewOrganisationWithoutSectorOrArchivedOne_IsAProblemOfThatRow()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Services.GetRequiredService<DirectoryImportService>();
        await using (var seed = await database.NewContextAsync())
        {
            var closed = new Organisation("Buurtcentrum Oost", Sector.CivilSociety, null, Now);
            closed.Archive();
            seed.Add(closed);
            await seed.SaveChangesAsync();
        }

        var file = Csv($"""
            {EnglishHeader}
            Anna,de Vries,anna@nieuw.nl,,,,Nieuwe Stichting,,,,,,
            Bram,Jansen,bram@oost.nl,,,,Buurtcentrum Oost,,,,,,
            Cor,Smit,cor@ziggo.nl,,,,,,,,,Oosterpark,
            """);

        var check = await service.CheckAsync(file, service.SuggestedMapping(file), new ImportOptions());

        Assert.Equal(
            [(2, "Sector", DirectoryErrors.Required), (3, "Organisation", DirectoryErrors.OrganisationArchived), (4, "Neighbourhood", ImportErrors.NeedsOrganisation)],
            check.Problems.Select(p => (p.Line, p.Column, p.Code)));
    }

    [Fact]
    public async Task CheckAsync_EmailColumnNotMapped_SaysWhichColumnIsMissing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Services.GetRequiredService<DirectoryImportService>();
        var file = Csv("""
            Voornaam,Achternaam,Mail privé
            Anna,de Vries,anna@bieb.nl
            """);

        var check = await service.CheckAsync(file, service.SuggestedMapping(file), new ImportOptions());

        var problem = Assert.Single(check.Problems);
        Assert.Equal((1, ImportErrors.ColumnMissing, nameof(DirectoryColumn.Email)), (problem.Line, problem.Code, problem.Detail));
        Assert.Equal(0, check.ValidRows);
    }

    [Fact]
    public async Task ReadAsync_FileOverTenMegabytes_IsRefusedUpFrontAndWhileReading()
    {
        var declaredTooLarge = await ImportFile.ReadAsync(Stream.Null, ImportFile.MaxBytes + 1, "big.csv");
        var lyingAboutItsSize = await ImportFile.ReadAsync(new MemoryStream(new byte[ImportFile.MaxBytes + 1]), 100, "big.csv");
        var justRight = await ImportFile.ReadAsync(new MemoryStream("a,b\n1,2"u8.ToArray()), 7, "ok.csv");

        Assert.Equal((ImportErrors.FileTooLarge, "10"), (declaredTooLarge.ErrorCode, declaredTooLarge.ErrorDetail));
        Assert.Equal(ImportErrors.FileTooLarge, lyingAboutItsSize.ErrorCode);
        Assert.True(justRight.Succeeded);
    }

    /// <summary>A contacts file made from the demo fakers, in the import's own format.</summary>
    internal static string DemoCsv(int organisations, int contacts)
    {
        var orgs = EventHub.Core.Demo.DemoFakers.Organisations(organisations, Now);
        var people = EventHub.Core.Demo.DemoFakers.Contacts(contacts, orgs, Now);
        var lines = people.Select(c => string.Join(',',
            c.FirstName, c.LastName, c.Email, c.Phone, Quote(c.JobTitle), c.PreferredLanguage.ToCultureName(),
            Quote(c.Organisation?.Name), c.Organisation?.Sector.ToString(), c.Organisation?.SubSector?.ToString(), c.Organisation?.Website,
            Quote(c.Organisation?.Address), c.Organisation?.Neighbourhood, Quote(string.Join('|', c.Organisation?.Tags.Select(t => t.Name) ?? []))));
        return EnglishHeader + "\n" + string.Join('\n', lines);
    }

    private static string Quote(string? value) => value is null ? "" : $"\"{value.Replace("\"", "\"\"")}\"";

    private static string ManyRows(int count)
    {
        var text = new System.Text.StringBuilder(EnglishHeader);
        for (var i = 0; i < count; i++)
        {
            text.Append($"\nP{i},Q{i},p{i}@example.nl,,,,Partner {i},Education,,,,,");
        }

        return text.ToString();
    }
}

/// <summary>Reports on the caller's thread, so a test sees every report before the call returns.</summary>
internal sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
{
    public void Report(ImportProgress value) => report(value);
}
