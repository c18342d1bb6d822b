namespace EventHub.Core.Directory.Import;

/// <summary>
/// Files that are neither CSV nor an .xlsx workbook, told apart before they are read as text: Excel's old .xls (an OLE
/// compound file; a password-protected .xlsx is one too, with the workbook encrypted inside), and anything else that is
/// no text (a photo, a PDF). Read as text they would show a preview of garbage and then "no column is set to First
/// name", which does not tell the organiser what to do. ZIP files (.xlsx, .ods) are sorted out by <see cref="XlsxImportReader"/>.
/// </summary>
internal static class NotCsvFiles
{
    private const int SampleChars = 8192;

    /// <summary>The name of the stream an encrypted Office file keeps its encryption parameters in, as UTF-16 in the file's directory.</summary>
    private static readonly byte[] EncryptionInfo = System.Text.Encoding.Unicode.GetBytes("EncryptionInfo");

    /// <summary>The import error for a file that cannot be a CSV, or null when it may be one.</summary>
    public static string? Problem(ImportFile file)
    {
        var content = file.Content.AsSpan();
        if (content.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return content.IndexOf(EncryptionInfo) >= 0 ? ImportErrors.WorkbookProtected : ImportErrors.FileIsWorkbook;
        }

        // Text has no NUL and hardly any other control character besides tab and line breaks (an old DOS tool may end
        // its file with Ctrl+Z); a picture or a PDF has them all through.
        var sample = FileEncodings.Decode(content[..Math.Min(content.Length, SampleChars * 2)], file.Encoding);
        sample = sample[..Math.Min(sample.Length, SampleChars)];
        var controls = sample.Count(c => c < ' ' && c is not ('\t' or '\r' or '\n'));
        return sample.Contains('\0') || controls > 1 + (sample.Length / 100) ? ImportErrors.FileNotText : null;
    }
}
