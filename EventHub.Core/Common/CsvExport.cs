using CsvHelper;

namespace EventHub.Core.Common;

public enum CsvDelimiter
{
    Comma,

    /// <summary>What Dutch Excel expects, because its decimal separator is the comma.</summary>
    Semicolon,
}

/// <param name="Language">The language of the header names and of sector names in the cells.</param>
public sealed record CsvExportOptions(Language Language = Language.En, CsvDelimiter Delimiter = CsvDelimiter.Comma)
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
}
