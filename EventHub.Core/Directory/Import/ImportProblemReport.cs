using EventHub.Core.Common;
using CsvHelper;

namespace EventHub.Core.Directory.Import;

/// <summary>The problems of an import as a CSV the organiser can open next to the file: line, column, value, problem.</summary>
public static class ImportProblemReport
{
    /// <param name="headers">The four column headers, in the organiser's language.</param>
    /// <param name="describe">The problem in words, in the organiser's language (Core has only the codes).</param>
    public static byte[] ToCsv(IEnumerable<ImportProblem> problems, IReadOnlyList<string> headers, Func<ImportProblem, string> describe, char delimiter = ',')
    {
        using var output = new MemoryStream();
        using (var csv = CsvWriter.Create(output, CsvExport.Options(delimiter), leaveOpen: true))
        {
            foreach (var header in headers)
            {
                csv.WriteField(header);
            }

            csv.EndRecord();
            foreach (var problem in problems)
            {
                csv.WriteField(problem.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
                csv.WriteField(problem.Column);
                csv.WriteField(problem.Value ?? "");
                csv.WriteField(describe(problem));
                csv.EndRecord();
            }
        }

        return output.ToArray();
    }
}
