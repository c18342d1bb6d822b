using System.Data;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace EventHub.Core.Common;

/// <summary>
/// Writes a table as an Excel workbook (MiniExcel): one sheet, the header row styled, frozen and filtered. Text stays
/// text — a phone number keeps its leading zero, and a value starting with = + - @ is a string cell, never a formula —,
/// a number is a number (a fraction shown with one decimal), and a date is a real date shown as the reader's language
/// writes it.
/// </summary>
internal static class XlsxExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<int> WriteAsync(
        IReadOnlyList<string> headers, IAsyncEnumerable<IReadOnlyList<object?>> rows, Stream destination, Language language, string sheetName, CancellationToken ct)
    {
        var buffered = new List<IReadOnlyList<object?>>();
        await foreach (var row in rows.WithCancellation(ct))
        {
            buffered.Add(row);
        }

        var table = Table(headers, buffered);
        var columns = table.Columns.Cast<DataColumn>()
            .Select(c => new DynamicExcelColumn(c.ColumnName)
            {
                Format = c.DataType == typeof(DateTime) ? DateFormat(language) : c.DataType == typeof(double) ? OneDecimal : null,
                Width = Width(c, buffered),
            })
            .ToArray();
        var configuration = new OpenXmlConfiguration
        {
            FreezeRowCount = 1,
            AutoFilter = true,
            // Widths from the rows above, not MiniExcel's auto width: that needs its fast mode, which held about 200 MB
            // for 50,000 contacts (benchmarks/directory-query-benchmark.sh, docs/performance.md).
            FastMode = false,
            DynamicColumns = columns,
        };
        // Made in a temporary file, then sent: the workbook is not held in memory while it is made.
        await using var workbook = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None,
            bufferSize: 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await MiniExcel.SaveAsAsync(workbook, table, sheetName: SheetName(sheetName), configuration: configuration, cancellationToken: ct);
        workbook.Position = 0;
        await workbook.CopyToAsync(destination, ct);
        return buffered.Count;
    }

    /// <summary>
    /// A column takes the type of its values (text when it has none), so text is never read as a number; a column that
    /// mixes them (a count, or a hidden group's text in its place) keeps each cell's own type.
    /// </summary>
    private static DataTable Table(IReadOnlyList<string> headers, List<IReadOnlyList<object?>> rows)
    {
        var table = new DataTable();
        for (var i = 0; i < headers.Count; i++)
        {
            var types = rows.Select(r => r[i]?.GetType()).OfType<Type>().Distinct().Take(2).ToList();
            table.Columns.Add(headers[i], types.Count switch { 0 => typeof(string), 1 => types[0], _ => typeof(object) });
        }

        foreach (var row in rows)
        {
            table.Rows.Add(row.Select(v => v ?? DBNull.Value).ToArray());
        }

        return table;
    }

    /// <summary>
    /// Wide enough for the header and the longest cell (as Excel's character widths), between 8 and 60: a long address
    /// wraps to the next cell rather than pushing the rest of the list out of sight.
    /// </summary>
    private static double Width(DataColumn column, List<IReadOnlyList<object?>> rows)
    {
        var longest = column.ColumnName.Length;
        foreach (var row in rows)
        {
            longest = Math.Max(longest, row[column.Ordinal] switch
            {
                null => 0,
                DateTime => 16, // dd-mm-yyyy hh:mm
                string text => text.Length,
                var other => other.ToString()?.Length ?? 0,
            });
        }

        return Math.Clamp(longest + 2, 8, 60);
    }

    /// <summary>A fraction in an export is an average, shown as the screens show it: 3.0, and 3,0 in Dutch Excel.</summary>
    private const string OneDecimal = "0.0";

    /// <summary>Dutch Excel shows 05-03-2026 14:30, British 05/03/2026 14:30 (Excel's codes: mm after hh is minutes).</summary>
    private static string DateFormat(Language language) => language == Language.Nl ? "dd-mm-yyyy hh:mm" : "dd/mm/yyyy hh:mm";

    /// <summary>Excel allows 31 characters and none of : \ / ? * [ ] in a sheet's name.</summary>
    private static string SheetName(string name)
    {
        var clean = new string(name.Where(c => !":\\/?*[]".Contains(c)).ToArray());
        return clean.Length == 0 ? "Sheet1" : clean[..Math.Min(31, clean.Length)];
    }
}
