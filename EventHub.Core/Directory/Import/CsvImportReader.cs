using System.Text.RegularExpressions;
using CsvHelper;

namespace EventHub.Core.Directory.Import;

/// <summary>
/// A data row of the file: the physical line it starts on (header = line 1) and its trimmed values; whether a quote
/// opened in it is never closed, so that its last value holds the rest of the file.
/// </summary>
internal sealed record RawRow(int Line, string[] Values, bool UnclosedQuote = false);

/// <summary>
/// The file's rows under its header, which is on the file's line <see cref="HeaderLine"/>; for a workbook, the sheet they
/// were read from.
/// </summary>
internal sealed record RawTable(char Delimiter, string[] Headers, IReadOnlyList<RawRow> Rows, int HeaderLine = 1, WorkbookSheet? Sheet = null)
{
    private int? _rowWidth;

    /// <summary>
    /// Whether a value of the row was split off by a comma or semicolon inside it without quotes, so that the values after
    /// it would land one field too far: a value past the last column, or more values than the file's rows usually have.
    /// An empty value past the last column is no sign on its own when the file's rows usually end in one (a delimiter
    /// after every line), but it is when the row has one more than the rest (an unquoted comma in a row whose last fields
    /// are empty: nothing looks wrong, everything is in the wrong place).
    /// </summary>
    public bool IsShifted(RawRow row) =>
        Array.FindLastIndex(row.Values, v => v.Length > 0) >= Headers.Length || row.Values.Length > (_rowWidth ??= UsualRowWidth());

    /// <summary>The number of values most rows have (the fewer of two as common), and at least the header's columns.</summary>
    private int UsualRowWidth() => Math.Max(
        Headers.Length,
        Rows.CountBy(r => r.Values.Length).OrderByDescending(c => c.Value).ThenBy(c => c.Key).Select(c => c.Key).FirstOrDefault());
}

/// <summary>
/// Reads an uploaded CSV: comma, semicolon (Dutch Excel) or tab (Excel's "Unicode Text") taken from the header line, text in the file's
/// <see cref="ImportFile.Encoding"/>, RFC 4180 quoting with line breaks inside quotes. Lines above the header are left
/// out: Excel's "sep=;" line (whose separator is then used) and a title or empty rows an organiser put above the column names.
/// </summary>
internal static partial class CsvImportReader
{
    /// <summary>The lines above the header EventHub looks past: a title, a date, an empty row or two.</summary>
    public const int MaxLinesAboveHeader = 10;

    /// <summary>The characters the export escapes with a leading quote; the import takes that quote off again.</summary>
    private const string FormulaStarts = "=+-@\t\r";

    public static RawTable Read(ImportFile file, int? maxRows = null)
    {
        var text = FileEncodings.Decode(file.Content, file.Encoding);
        var (headerStart, headerLine, delimiter) = FindHeader(text);

        // The CSV reader reads UTF-8 bytes; whatever the file was written in becomes that first.
        ReadOnlyMemory<byte> content = System.Text.Encoding.UTF8.GetBytes(text[headerStart..]);
        long unclosedQuoteLine = 0;
        var options = new CsvReaderOptions
        {
            Separator = delimiter,
            HasHeader = true,
            TrackLineNumbers = true,
            DetectSeparatorHint = false,
            // A quote that is never closed swallows every line after it; the row is reported, not taken with the rest inside it.
            OnMalformedRecord = record =>
            {
                if (record.Reason == CsvMalformedReason.UnterminatedQuote)
                {
                    unclosedQuoteLine = record.LineNumber;
                }
            },
        };
        using var reader = CsvReader.Create(content, options);
        var headers = reader.Headers.Select(h => h.Trim()).ToArray();
        var rows = new List<RawRow>();
        while ((maxRows is null || rows.Count < maxRows) && reader.Read())
        {
            var values = new string[Math.Max(headers.Length, reader.FieldCount)];
            var anyValue = false;
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = i < reader.FieldCount ? Clean(reader.GetString(i)) : "";
                anyValue |= values[i].Length > 0;
            }

            // A row of empty cells (";;;;" from a spreadsheet) is not a contact.
            if (anyValue)
            {
                var line = (int)reader.LineNumber + headerLine - 1;
                rows.Add(new RawRow(line, values, reader.LineNumber == unclosedQuoteLine));
            }
        }

        return new RawTable(delimiter, headers, rows, headerLine);
    }

    /// <summary>
    /// Where the column names start (as an index into the text and as the file's line number) and the separator: the first
    /// of the first lines in which at least two cells name a column EventHub knows, after an Excel "sep=" line if there is
    /// one; when none does, the first line, as a file with column names of its own starts there.
    /// </summary>
    private static (int Start, int Line, char Delimiter) FindHeader(string text)
    {
        var lines = FirstLines(text, MaxLinesAboveHeader + 2);
        var first = 0;
        char? stated = null;
        if (lines.Count > 0 && SepLine().Match(lines[0].Text) is { Success: true } sep)
        {
            (first, stated) = (1, sep.Groups[1].Value[0]);
        }

        if (first == lines.Count)
        {
            return (text.Length, first + 1, stated ?? ',');
        }

        var header = first;
        for (var i = first; i < lines.Count; i++)
        {
            var delimiter = stated ?? DetectDelimiter(lines[i].Text);
            if (NamesColumns(lines[i].Text.Split(delimiter).Select(cell => cell.Trim().Trim('"'))))
            {
                header = i;
                break;
            }
        }

        return (lines[header].Start, header + 1, stated ?? DetectDelimiter(lines[header].Text));
    }

    private static List<(int Start, string Text)> FirstLines(string text, int count)
    {
        var lines = new List<(int Start, string Text)>();
        var start = 0;
        while (lines.Count < count && start < text.Length)
        {
            var end = text.IndexOfAny(['\r', '\n'], start);
            end = end < 0 ? text.Length : end;
            lines.Add((start, text[start..end]));
            start = text.AsSpan(end).StartsWith("\r\n") ? end + 2 : end + 1;
        }

        return lines;
    }

    /// <summary>Whether a line's cells are column names: at least two of them name a column EventHub knows.</summary>
    public static bool NamesColumns(IEnumerable<string> cells) => cells.Count(cell => DirectoryColumns.Recognise(cell) is not null) >= 2;

    /// <summary>
    /// Counts commas, semicolons and tabs outside quotes on the header line and takes the most common: Dutch Excel writes
    /// semicolons, and Excel's only UTF-16 export ("Unicode Text") puts tabs between the cells.
    /// </summary>
    private static char DetectDelimiter(string line)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }
            else if (!quoted && c == '\t')
            {
                tabs++;
            }
        }

        return tabs > Math.Max(commas, semicolons) ? '\t' : semicolons > commas ? ';' : ',';
    }

    private static string Clean(string value)
    {
        value = value.Trim();
        return value.Length > 1 && value[0] == '\'' && FormulaStarts.Contains(value[1]) ? value[1..] : value;
    }

    /// <summary>Excel's first line naming the separator, e.g. <c>sep=;</c>.</summary>
    [GeneratedRegex(@"^\s*""?sep=(.)""?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SepLine();
}
