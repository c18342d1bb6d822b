using CsvHelper;

namespace EventHub.Core.Directory.Import;

/// <summary>
/// A data row of the file: the physical line it starts on (header = line 1) and its trimmed values; whether a quote
/// opened in it is never closed, so that its last value holds the rest of the file.
/// </summary>
internal sealed record RawRow(int Line, string[] Values, bool UnclosedQuote = false);

internal sealed record RawTable(char Delimiter, string[] Headers, IReadOnlyList<RawRow> Rows);

/// <summary>
/// Reads an uploaded CSV: comma, semicolon (Dutch Excel) or tab (Excel's "Unicode Text") taken from the header line, text in the file's
/// <see cref="ImportFile.Encoding"/>, RFC 4180 quoting with line breaks inside quotes.
/// </summary>
internal static class CsvImportReader
{
    /// <summary>The characters the export escapes with a leading quote; the import takes that quote off again.</summary>
    private const string FormulaStarts = "=+-@\t\r";

    public static RawTable Read(ImportFile file, int? maxRows = null)
    {
        // The CSV reader reads UTF-8 bytes; whatever the file was written in becomes that first.
        ReadOnlyMemory<byte> content = System.Text.Encoding.UTF8.GetBytes(FileEncodings.Decode(file.Content, file.Encoding));

        var delimiter = DetectDelimiter(content.Span);
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
                rows.Add(new RawRow((int)reader.LineNumber, values, reader.LineNumber == unclosedQuoteLine));
            }
        }

        return new RawTable(delimiter, headers, rows);
    }

    /// <summary>
    /// Counts commas, semicolons and tabs outside quotes on the header line and takes the most common: Dutch Excel writes
    /// semicolons, and Excel's only UTF-16 export ("Unicode Text") puts tabs between the cells.
    /// </summary>
    internal static char DetectDelimiter(ReadOnlySpan<byte> content)
    {
        int commas = 0, semicolons = 0, tabs = 0;
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
            else if (!quoted && b == (byte)'\t')
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
}
