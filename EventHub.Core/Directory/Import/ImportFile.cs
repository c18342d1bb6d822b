using EventHub.Core.Common;

namespace EventHub.Core.Directory.Import;

/// <summary>
/// An uploaded CSV file or Excel workbook held in memory: at most 10 MB, read once and then previewed, checked and
/// imported; a CSV as text in <see cref="Encoding"/> (detected when it arrives; the organiser can choose another).
/// </summary>
public sealed class ImportFile
{
    public const long MaxBytes = 10 * 1024 * 1024;

    private ImportFile(string name, byte[] content, FileEncoding? encoding = null)
    {
        Name = name;
        Content = content;
        Encoding = encoding ?? FileEncodings.Detect(content);
    }

    public string Name { get; }
    public byte[] Content { get; }
    public FileEncoding Encoding { get; }

    /// <summary>The same bytes, read as another encoding.</summary>
    public ImportFile WithEncoding(FileEncoding encoding) => new(Name, Content, encoding);

    public static ImportFile FromBytes(string name, byte[] content) =>
        content.LongLength > MaxBytes ? throw new ArgumentException("The file is larger than 10 MB.", nameof(content)) : new ImportFile(name, content);

    /// <summary>
    /// Reads an upload, refusing it up front when its declared length is over the limit and again while reading,
    /// because a declared length is only a claim.
    /// </summary>
    public static async Task<Result<ImportFile>> ReadAsync(Stream stream, long declaredLength, string name, CancellationToken ct = default)
    {
        if (declaredLength > MaxBytes)
        {
            return TooLarge();
        }

        using var buffer = new MemoryStream((int)Math.Max(0, declaredLength));
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return TooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.Length == 0
            ? Result<ImportFile>.Failure(ImportErrors.FileEmpty)
            : Result<ImportFile>.Success(new ImportFile(name, buffer.ToArray()));
    }

    private static Result<ImportFile> TooLarge() =>
        Result<ImportFile>.Failure(ImportErrors.FileTooLarge, (MaxBytes / 1024 / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture));
}
