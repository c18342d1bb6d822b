using EventHub.Core.Common;
using EventHub.Core.Texts;
using CsvHelper;

namespace EventHub.Core.Directory.Import;

/// <summary>The problems of an import as a CSV the organiser can open next to the file: line, column, value, problem.</summary>
public static class ImportProblemReport
{
    private static readonly string[] Headers = ["Import_Line", "Import_Column", "Import_Value", "Import_Problem"];

    /// <param name="language">The organiser's language, for the headers and the problems (as on the check screen).</param>
    public static byte[] ToCsv(IEnumerable<ImportProblem> problems, Language language, char delimiter = ',')
    {
        var text = Localized.Core(language);
        using var output = new MemoryStream();
        using (var csv = CsvWriter.Create(output, CsvExport.Options(delimiter), leaveOpen: true))
        {
            foreach (var header in Headers)
            {
                csv.WriteField(text[header]);
            }

            csv.EndRecord();
            foreach (var problem in problems)
            {
                csv.WriteField(problem.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
                csv.WriteField(problem.Column);
                csv.WriteField(problem.Value ?? "");
                csv.WriteField(ImportProblemText.Describe(problem, text));
                csv.EndRecord();
            }
        }

        return output.ToArray();
    }

    /// <summary>"import-problems" / "importproblemen", without the extension.</summary>
    public static string FileName(Language language) => Localized.Core(language)["Import_ReportFileName"];
}
