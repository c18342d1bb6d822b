using System.Globalization;
using CsvHelper;

namespace EventHub.Core.Common;

public enum CsvDelimiter
{
    Comma,

    /// <summary>What Dutch Excel expects, because its decimal separator is the comma.</summary>
    Semicolon,
}

/// <param name="Language">The language of the header names and of sector names in the cells.</param>
/// <param name="Delimiter">The CSV separator; an Excel workbook has none.</param>
public sealed record ExportOptions(Language Language = Language.En, CsvDelimiter Delimiter = CsvDelimiter.Comma, ExportFormat Format = ExportFormat.Csv)
{
    public char Separator => Delimiter == CsvDelimiter.Semicolon ? ';' : ',';
}

internal static class CsvExport
{
    /// <summary>
    /// RFC 4180 with a UTF-8 byte order mark (so Excel reads accents right), and formula injection defused: a cell
    /// that starts with = + - @, a tab or a carriage return gets a leading quote, so a spreadsheet shows it as text.
    /// </summary>
    public static CsvWriterOptions Options(char separator) => CsvWriterOptions.Default with
    {
        Separator = separator,
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
    };

    /// <summary>Writes a table's rows as they come; a date in it is written as yyyy-MM-dd HH:mm, a number as digits.</summary>
    public static async Task<int> WriteAsync(
        IReadOnlyList<string> headers, IAsyncEnumerable<IReadOnlyList<object?>> rows, Stream destination, char separator, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(destination, Options(separator), leaveOpen: true);
        foreach (var header in headers)
        {
            csv.WriteField(header);
        }

        await csv.EndRecordAsync(ct);
        var written = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            foreach (var cell in row)
            {
                csv.WriteField(Text(cell));
            }

            await csv.EndRecordAsync(ct);
            written++;
        }

        await csv.FlushAsync(ct);
        return written;
    }

    private static string? Text(object? cell) => cell switch
    {
        DateTime local => local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => cell?.ToString(),
    };
}
