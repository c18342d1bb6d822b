using System.IO.Compression;
using MiniExcelLibs;

namespace EventHub.Tests.Support;

/// <summary>An exported .xlsx opened again, as Excel would: its first sheet's cells and the sheet's own XML.</summary>
public sealed record OpenedWorkbook(string SheetName, IReadOnlyList<object?[]> Rows, string SheetXml, string Styles)
{
    public static OpenedWorkbook Open(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        var rows = MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: false, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>()
            .Select(row => row.Values.ToArray())
            .ToList();
        return new OpenedWorkbook(MiniExcel.GetSheetNames(new MemoryStream(xlsx)).Single(), rows, Part(zip, "xl/worksheets/sheet1.xml"), Part(zip, "xl/styles.xml"));
    }

    /// <summary>Whether any cell holds a formula: an &lt;f&gt; element, with or without a namespace prefix.</summary>
    public bool HasFormula => System.Text.RegularExpressions.Regex.IsMatch(SheetXml, @"<(\w+:)?f[\s>/]");

    private static string Part(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}
