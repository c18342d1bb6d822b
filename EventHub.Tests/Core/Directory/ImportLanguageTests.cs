using System.Text;
using EventHub.Core.Common;
using EventHub.Core.Directory.Import;
using EventHub.Core.Texts;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EventHub.Tests.Support.ImportFiles;

namespace EventHub.Tests.Core.Directory;

/// <summary>
/// A contact's language in an import: nl or en (also with a region, as other systems write it: nl-NL, en_GB), or the
/// language's name in Dutch or English, or its three-letter code.
/// A value it does not read is reported at its line and column with the value, and the problem says what is accepted,
/// in the organiser's language, on the check screen and in the problem report alike.
/// </summary>
public class ImportLanguageTests
{
    [Fact]
    public async Task CheckAsync_AnUnknownLanguage_IsReportedWithItsLineAndValue_AndSaysWhichValuesAreAccepted_InDutchAndEnglish()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Services.GetRequiredService<DirectoryImportService>();
        var file = Csv($"""
            {EnglishHeader}
            Anna,de Vries,anna@bieb.nl,,,Engels,,,,,,,
            Bram,Jansen,bram@bieb.nl,,,xx,,,,,,,
            Cor,Smit,cor@bieb.nl,,,NEDERLANDS,,,,,,,
            Dirk,Mol,dirk@bieb.nl,,,nld,,,,,,,
            """);

        var check = await service.CheckAsync(file, service.SuggestedMapping(file), new ImportOptions());

        var problem = Assert.Single(check.Problems);
        Assert.Equal((3, "Language", "xx", ImportErrors.UnknownLanguage), (problem.Line, problem.Column, problem.Value, problem.Code));
        Assert.Equal(3, check.ValidRows);
        Assert.Equal("Unknown language “xx”: use nl for Dutch or en for English, also with a country (nl-BE, en-GB); also accepted: Nederlands, Dutch, nld, English, Engels, eng.",
            ImportProblemText.Describe(problem, Localized.Core(Language.En)));
        Assert.Equal("Onbekende taal “xx”: gebruik nl voor Nederlands of en voor Engels, ook met een land (nl-BE, en-GB); ook goed: Nederlands, Dutch, nld, English, Engels, eng.",
            ImportProblemText.Describe(problem, Localized.Core(Language.Nl)));
        var report = Encoding.UTF8.GetString(ImportProblemReport.ToCsv(check.Problems, Language.Nl)).TrimStart('\uFEFF').ReplaceLineEndings("\n");
        Assert.Equal("Regel,Kolom,Waarde,Probleem\n3,Language,xx,\"Onbekende taal “xx”: gebruik nl voor Nederlands of en voor Engels, ook met een land (nl-BE, en-GB); ook goed: Nederlands, Dutch, nld, English, Engels, eng.\"\n", report);
    }

    /// <summary>
    /// Spreadsheets from other systems write a culture code: the region (with a hyphen or an underscore, in any case) is
    /// read past for nl and en; another language with a region is still unknown, and says what is accepted.
    /// </summary>
    [Fact]
    public async Task ImportAsync_CultureCodesWithARegion_AreReadAsTheirLanguage_AnotherLanguageIsStillReported()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Services.GetRequiredService<DirectoryImportService>();
        var file = Csv($"""
            {EnglishHeader}
            Anna,de Vries,anna@bieb.nl,,,nl-NL,,,,,,,
            Bram,Jansen,bram@bieb.nl,,,nl_BE,,,,,,,
            Cor,Smit,cor@bieb.nl,,,en-GB,,,,,,,
            Dirk,Mol,dirk@bieb.nl,,,EN-us,,,,,,,
            Eva,Post,eva@bieb.nl,,,xx,,,,,,,
            Fenna,Vos,fenna@bieb.nl,,,de-DE,,,,,,,
            """);

        var check = await service.CheckAsync(file, service.SuggestedMapping(file), new ImportOptions());
        var summary = await service.ImportAsync(file, service.SuggestedMapping(file), new ImportOptions(), Staff.Organiser);

        Assert.Equal([(6, "xx"), (7, "de-DE")], check.Problems.Select(p => (p.Line, p.Value)));
        Assert.All(check.Problems, p => Assert.Equal(ImportErrors.UnknownLanguage, p.Code));
        Assert.Equal("Onbekende taal “de-DE”: gebruik nl voor Nederlands of en voor Engels, ook met een land (nl-BE, en-GB); ook goed: Nederlands, Dutch, nld, English, Engels, eng.",
            ImportProblemText.Describe(check.Problems[1], Localized.Core(Language.Nl)));
        Assert.Equal(4, summary.CreatedContacts);
        await using var db = await database.NewContextAsync();
        var languages = await db.Contacts.OrderBy(c => c.FirstName).Select(c => new { c.FirstName, c.PreferredLanguage }).ToListAsync();
        Assert.Equal(
            [("Anna", Language.Nl), ("Bram", Language.Nl), ("Cor", Language.En), ("Dirk", Language.En)],
            languages.Select(c => (c.FirstName, c.PreferredLanguage)));
    }
}
