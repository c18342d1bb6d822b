using EventHub.App.Resources;
using EventHub.Core.Directory.Import;
using Microsoft.Extensions.Localization;

namespace EventHub.App.Components.Pages.Directory.Import;

/// <summary>An import problem in the organiser's words: Core gives codes and details, the resources give the text.</summary>
public static class ImportProblemText
{
    public static string Describe(IStringLocalizer<AppStrings> l, ImportProblem problem)
    {
        var key = "Error_" + problem.Code.Replace('.', '_');
        return problem.Code switch
        {
            ImportErrors.UnknownSector when problem.Detail is { } sector => l[key + "_Suggest", l[$"Sector_{sector}"]],
            ImportErrors.UnknownSubSector when problem.Detail is { } subSector => l[key + "_Suggest", l[$"SubSector_{subSector}"]],
            ImportErrors.ColumnMissing or ImportErrors.ColumnMappedTwice => l[key, l[$"DirectoryColumn_{problem.Detail}"]],
            _ => l[key, problem.Detail ?? ""],
        };
    }

    public static string Describe(IStringLocalizer<AppStrings> l, string errorCode, string? detail) =>
        Describe(l, new ImportProblem(0, "", null, errorCode, detail));
}
