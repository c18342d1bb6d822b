using CsvHelper;

namespace EventHub.Core.Directory.Import;

/// <summary>A data row of the file: the physical line it starts on (header = line 1) and its trimmed values.</summary>
internal sealed record RawRow(int Line, string[] Values);

internal sealed record RawTable(char Delimiter, string[] Headers, IReadOnlyList<RawRow> Rows);

/// <summary>
/// Reads an uploaded CSV: comma or semicolon (Dutch Excel) taken from the header line, UTF-8 with or without
/// byte order mark, RFC 4180 quoting with line breaks inside quotes.
/// </summary>
internal static class CsvImportReader
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The characters the export escapes with a leading quote; the import takes that quote off again.</summary>
    private const string FormulaStarts = "=+-@\t\r";

    public static RawTable Read(ImportFile file, int? maxRows = null)
    {
        var content = file.Content.AsMemory();
        if (content.Span.StartsWith(Utf8Bom))
        {
            content = content[Utf8Bom.Length..];
        }

        var delimiter = DetectDelimiter(content.Span);
        var options = new CsvReaderOptions
        {
            Separator = delimiter,
            HasHeader = true,
            TrackLineNumbers = true,
            DetectSeparatorHint = false,
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
                rows.Add(new RawRow((int)reader.LineNumber, values));
            }
        }

        return new RawTable(delimiter, headers, rows);
    }

    /// <summary>Counts commas and semicolons outside quotes on the header line; Dutch Excel writes semicolons.</summary>
    internal static char DetectDelimiter(ReadOnlySpan<byte> content)
    {
        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var b in content)
        {
            if (b == (byte)'"')
            {
                quoted = !quoted;
            }
            else if (!quoted && (b == (byte)'\n' || b == (byte)'\r'))
            {
                break;
            }
            else if (!quoted && b == (byte)',')
            {
                commas++;
            }
            else if (!quoted && b == (byte)';')
            {
                semicolons++;
            }
        }

        return semicolons > commas ? ';' : ',';
    }

    private static string Clean(string value)
    {
        value = value.Trim();
        return value.Length > 1 && value[0] == '\'' && FormulaStarts.Contains(value[1]) ? value[1..] : value;
    }
}
