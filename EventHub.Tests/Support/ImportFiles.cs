using System.Text;
using EventHub.Core.Directory.Import;

namespace EventHub.Tests.Support;

/// <summary>CSV files for import tests, written as a spreadsheet would save them.</summary>
public static class ImportFiles
{
    public const string EnglishHeader = "First name,Last name,Email,Phone,Job title,Language,Organisation,Sector,Sub-sector,Website,Address,Neighbourhood,Tags";

    public static ImportFile Csv(string text, bool byteOrderMark = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n"));
        return ImportFile.FromBytes("contacts.csv", byteOrderMark ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes);
    }

    /// <summary>The mapping the file's headers suggest, as the organiser would accept it.</summary>
    public static ImportMapping SuggestedMapping(this DirectoryImportService service, ImportFile file) =>
        service.Preview(file).Value.SuggestedMapping;
}
