namespace EventHub.Core.Directory.Import;

/// <summary>
/// Files that are not CSV at all, told apart before they are read as one: an Excel workbook (.xlsx and .ods are ZIP
/// archives, the old .xls an OLE compound file), often picked instead of the CSV saved beside it or renamed to .csv,
/// and anything else that is no text (a photo, a PDF). Read as text they would show a preview of garbage and then
/// "no column is set to First name", which does not tell the organiser what to do.
/// </summary>
internal static class NotCsvFiles
{
    private const int SampleChars = 8192;

    /// <summary>The import error for a file that cannot be a CSV, or null when it may be one.</summary>
    public static string? Problem(ImportFile file)
    {
        var content = file.Content.AsSpan();
        if (content.StartsWith("PK\x03\x04"u8) || content.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return ImportErrors.FileIsWorkbook;
        }

        // Text has no NUL and hardly any other control character besides tab and line breaks (an old DOS tool may end
        // its file with Ctrl+Z); a picture or a PDF has them all through.
        var sample = FileEncodings.Decode(content[..Math.Min(content.Length, SampleChars * 2)], file.Encoding);
        sample = sample[..Math.Min(sample.Length, SampleChars)];
        var controls = sample.Count(c => c < ' ' && c is not ('\t' or '\r' or '\n'));
        return sample.Contains('\0') || controls > 1 + (sample.Length / 100) ? ImportErrors.FileNotText : null;
    }
}
