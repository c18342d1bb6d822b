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

    /// <summary>A file as Dutch Excel saves "CSV (gescheiden door lijstscheidingsteken)": Windows-1252, no byte order mark.</summary>
    public static ImportFile Windows1252(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return ImportFile.FromBytes("contacten.csv", Encoding.GetEncoding(1252).GetBytes(text.ReplaceLineEndings("\r\n")));
    }

    /// <summary>A file as "Unicode text" from Excel or an address book writes it: UTF-16, with or without byte order mark.</summary>
    public static ImportFile Utf16(string text, bool bigEndian = false, bool byteOrderMark = true)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark);
        return ImportFile.FromBytes("contacts.csv", [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ReplaceLineEndings("\r\n"))]);
    }

    /// <summary>The mapping the file's headers suggest, as the organiser would accept it.</summary>
    public static ImportMapping SuggestedMapping(this DirectoryImportService service, ImportFile file) =>
        service.Preview(file).Value.SuggestedMapping;
}
