namespace EventHub.Core.Common;

public enum ExportFormat
{
    Csv,

    /// <summary>An Excel workbook, for organisers who keep their lists in Excel: leading zeros and dates survive.</summary>
    Xlsx,
}

/// <summary>
/// Every list export writes its rows once, here, as CSV or as an Excel workbook. A row's cells are text, numbers or
/// dates (local times, already in the event's time zone); the header and every text are in the reader's language.
/// </summary>
public static class TableExport
{
    /// <summary>The file extension and the format a download link names: <c>csv</c> or <c>xlsx</c>; null for anything else.</summary>
    public static ExportFormat? FormatOf(string? extension) => extension?.ToLowerInvariant() switch
    {
        "csv" => ExportFormat.Csv,
        "xlsx" => ExportFormat.Xlsx,
        _ => null,
    };

    /// <summary>
    /// A download's options: the format its path ends in (<c>.csv</c>, <c>.xlsx</c>; null for any other), <c>lang=nl|en</c>
    /// (default: the reader's), <c>delimiter=semicolon|comma</c> (default: <paramref name="defaultDelimiter"/>).
    /// </summary>
    public static ExportOptions? OptionsFor(string? path, string? delimiter, string? lang, CsvDelimiter defaultDelimiter = CsvDelimiter.Comma) =>
        FormatOf(Path.GetExtension(path)?.TrimStart('.')) is { } format
            ? new ExportOptions(Languages.FromCode(lang), delimiter?.ToLowerInvariant() switch
            {
                "semicolon" => CsvDelimiter.Semicolon,
                "comma" => CsvDelimiter.Comma,
                _ => defaultDelimiter,
            }, format)
            : null;

    public static string Extension(this ExportFormat format) => format == ExportFormat.Xlsx ? "xlsx" : "csv";

    public static string ContentType(this ExportFormat format) =>
        format == ExportFormat.Xlsx ? XlsxExport.ContentType : "text/csv; charset=utf-8";

    /// <summary>How the audit log names the file: "CSV" or "Excel".</summary>
    public static string AuditName(this ExportFormat format) => format == ExportFormat.Xlsx ? "Excel" : "CSV";

    /// <summary>Writes the header and the rows; <paramref name="title"/> names the workbook's sheet. Returns the number of rows.</summary>
    public static Task<int> WriteAsync(
        IReadOnlyList<string> headers, IAsyncEnumerable<IReadOnlyList<object?>> rows, Stream destination, ExportOptions options, string title, CancellationToken ct = default) =>
        options.Format == ExportFormat.Xlsx
            ? XlsxExport.WriteAsync(headers, rows, destination, options.Language, title, ct)
            : CsvExport.WriteAsync(headers, rows, destination, options.Separator, ct);
}
