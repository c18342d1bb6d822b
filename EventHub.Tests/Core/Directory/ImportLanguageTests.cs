using System.Text;
using EventHub.Core.Common;
using EventHub.Core.Directory.Import;
using EventHub.Core.Texts;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static EventHub.Tests.Support.ImportFiles;

namespace EventHub.Tests.Core.Directory;

/// <summary>
/// A contact's language in an import: nl or en, or the language's name in Dutch or English, or its three-letter code.
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
        Assert.Equal("Unknown language “xx”: use nl for Dutch or en for English (also accepted: Nederlands, Dutch, nld, English, Engels, eng).",
            ImportProblemText.Describe(problem, Localized.Core(Language.En)));
        Assert.Equal("Onbekende taal “xx”: gebruik nl voor Nederlands of en voor Engels (ook goed: Nederlands, Dutch, nld, English, Engels, eng).",
            ImportProblemText.Describe(problem, Localized.Core(Language.Nl)));
        var report = Encoding.UTF8.GetString(ImportProblemReport.ToCsv(check.Problems, Language.Nl)).TrimStart('\uFEFF').ReplaceLineEndings("\n");
        Assert.Equal("Regel,Kolom,Waarde,Probleem\n3,Language,xx,\"Onbekende taal “xx”: gebruik nl voor Nederlands of en voor Engels (ook goed: Nederlands, Dutch, nld, English, Engels, eng).\"\n", report);
    }
}
