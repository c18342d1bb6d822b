using EventHub.Core.Texts;

namespace EventHub.Core.Directory.Import;

/// <summary>An import problem in the organiser's words, the same on the check screen and in the problem report.</summary>
public static class ImportProblemText
{
    public static string Describe(ImportProblem problem, Localized text)
    {
        var key = Localized.ErrorKey(problem.Code);
        var message = problem.Code switch
        {
            ImportErrors.UnknownSector when Enum.TryParse<Sector>(problem.Detail, out var sector) => text[key + "_Suggest", text.Name(sector)],
            ImportErrors.UnknownSubSector when Enum.TryParse<SubSector>(problem.Detail, out var subSector) => text[key + "_Suggest", text.Name(subSector)],
            // The value as the file has it, and every other word read as nl or en.
            ImportErrors.UnknownLanguage => text[key, problem.Value ?? "", ImportLanguages.OtherWords],
            ImportErrors.ColumnMissing or ImportErrors.ColumnMappedTwice when Enum.TryParse<DirectoryColumn>(problem.Detail, out var column) =>
                text[key, text.Name(column)],
            _ => text[key, problem.Detail ?? ""],
        };
        return problem.Code switch
        {
            // The organiser can only fix the file knowing what is accepted.
            ImportErrors.UnknownSector => message + " " + text["ImportFiles_Accepted", string.Join(", ", SectorTaxonomy.Sectors.Select(text.Name))],
            ImportErrors.UnknownSubSector => message + " " + text["ImportFiles_Accepted", string.Join(", ", Enum.GetValues<SubSector>().Select(text.Name))],
            _ => message,
        };
    }

    public static string Describe(string errorCode, string? detail, Localized text) =>
        Describe(new ImportProblem(0, "", null, errorCode, detail), text);
}
