using System.Globalization;
using System.IO.Compression;
using EventHub.Core.Common;
using Microsoft.Extensions.Logging;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace EventHub.Core.Directory.Import;

/// <summary>
/// Reads an Excel workbook (.xlsx) into the same raw table as a CSV: the first sheet with anything in it, its rows
/// streamed one by one (MiniExcel), line = the sheet's row number, the column names found as in a CSV (a title above
/// them is left out). A cell shows what a person sees: text as typed, a number without Excel's formatting (a phone
/// number stored as the number 612345678 has lost its zero already), a date as yyyy-MM-dd.
/// </summary>
internal static class XlsxImportReader
{
    /// <summary>An .xlsx (and an .ods, and a .docx) is a ZIP archive.</summary>
    public static bool IsZip(ImportFile file) => file.Content.AsSpan().StartsWith("PK\x03\x04"u8);

    /// <param name="logger">Where a workbook the reader failed on is written down: to the organiser every failure is
    /// "cannot be read", but a bug of ours must not pass for a damaged file.</param>
    public static Result<RawTable> Read(ImportFile file, ILogger? logger = null)
    {
        if (Kind(file) is { } problem)
        {
            return Result<RawTable>.Failure(problem);
        }

        try
        {
            var sheets = MiniExcel.GetSheetNames(Open(file));
            var budget = new TextBudget();
            for (var i = 0; i < sheets.Count; i++)
            {
                var table = ReadSheet(file, sheets[i], budget);
                if (budget.Exceeded)
                {
                    return Result<RawTable>.Failure(ImportErrors.SheetTooLarge);
                }

                if (table is not null)
                {
                    return Result<RawTable>.Success(table with { Sheet = new WorkbookSheet(sheets[i], i + 1, sheets.Count) });
                }
            }

            return Result<RawTable>.Failure(ImportErrors.FileEmpty);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A damaged archive or sheet fails somewhere inside the reader, in many ways; to the organiser it is one thing.
            logger?.LogWarning(ex, "An Excel workbook of {Bytes} bytes could not be read", file.Content.Length);
            return Result<RawTable>.Failure(ImportErrors.WorkbookUnreadable);
        }
    }

    /// <summary>Why the ZIP cannot be read as a workbook (damaged, a LibreOffice .ods, no spreadsheet at all), or null.</summary>
    private static string? Kind(ImportFile file)
    {
        try
        {
            using var zip = new ZipArchive(Open(file), ZipArchiveMode.Read);
            if (zip.GetEntry("xl/workbook.xml") is not null)
            {
                return null;
            }

            using var mimeType = zip.GetEntry("mimetype") is { } entry ? new StreamReader(entry.Open()) : null;
            return mimeType?.ReadToEnd().Contains("opendocument.spreadsheet", StringComparison.Ordinal) == true
                ? ImportErrors.FileIsWorkbook
                : ImportErrors.FileNotText;
        }
        catch (InvalidDataException)
        {
            return ImportErrors.WorkbookUnreadable;
        }
    }

    /// <summary>The sheet's rows under its column names, or null when the sheet is empty.</summary>
    private static RawTable? ReadSheet(ImportFile file, string sheet, TextBudget budget)
    {
        // Empty rows are kept, so that a row's place in the sequence is its row number in the sheet.
        var configuration = new OpenXmlConfiguration { IgnoreEmptyRows = false, FillMergedCells = false };
        var rows = MiniExcel.Query(Open(file), useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX, configuration: configuration);
        var above = new List<RawRow>();
        string[]? headers = null;
        var headerLine = 0;
        var data = new List<RawRow>();
        var line = 0;
        foreach (IDictionary<string, object?> row in rows)
        {
            line++;
            var cells = row.Values.Select(Text).ToArray();
            if (!budget.Take(cells))
            {
                return null;
            }

            if (cells.All(c => c.Length == 0))
            {
                continue;
            }

            if (headers is not null)
            {
                data.Add(new RawRow(line, Values(cells, headers.Length)));
                continue;
            }

            above.Add(new RawRow(line, cells));
            if (CsvImportReader.NamesColumns(cells) || above.Count == CsvImportReader.MaxLinesAboveHeader + 1)
            {
                (headers, headerLine, data) = Header(above);
                above.Clear();
            }
        }

        if (headers is null && above.Count > 0)
        {
            (headers, headerLine, data) = Header(above);
        }

        return headers is null ? null : new RawTable(',', headers, data, headerLine);
    }

    /// <summary>The row naming the columns, as a CSV's header is found: the first naming at least two known ones, else the first.</summary>
    private static (string[] Headers, int Line, List<RawRow> Rows) Header(List<RawRow> first)
    {
        var header = first.FirstOrDefault(r => CsvImportReader.NamesColumns(r.Values)) ?? first[0];
        var names = header.Values[..(Array.FindLastIndex(header.Values, v => v.Length > 0) + 1)];
        var rows = first.SkipWhile(r => r != header).Skip(1).Select(r => r with { Values = Values(r.Values, names.Length) }).ToList();
        return (names, header.Line, rows);
    }

    /// <summary>A row's values up to its last filled cell, and at least as many as there are columns.</summary>
    private static string[] Values(string[] cells, int columns)
    {
        var length = Math.Max(columns, Array.FindLastIndex(cells, c => c.Length > 0) + 1);
        return [.. cells.Take(length), .. Enumerable.Repeat("", Math.Max(0, length - cells.Length))];
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        string text => text.Trim(),
        DateTime date => date.TimeOfDay == TimeSpan.Zero
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        bool flag => flag ? "TRUE" : "FALSE",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim() ?? "",
    };

    private static MemoryStream Open(ImportFile file) => new(file.Content, writable: false);

    /// <summary>
    /// The CSV's limit, counted while reading: a 10 MB workbook is compressed and may hold far more text, so the cells'
    /// characters (plus a separator each and a line break per row) may come to at most what a 10 MB CSV holds.
    /// </summary>
    private sealed class TextBudget
    {
        private long _left = ImportFile.MaxBytes;

        public bool Exceeded => _left < 0;

        public bool Take(string[] cells)
        {
            _left -= 1 + cells.Sum(c => c.Length + 1L);
            return !Exceeded;
        }
    }
}
