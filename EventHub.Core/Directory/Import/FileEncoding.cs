using System.Text;
using UtfUnknown;

namespace EventHub.Core.Directory.Import;

/// <summary>The text encodings an import file can be read as: what spreadsheets and address books write.</summary>
public enum FileEncoding
{
    Utf8,
    Utf16LittleEndian,
    Utf16BigEndian,

    /// <summary>Dutch Excel's "CSV (gescheiden door lijstscheidingsteken)"; a superset of ISO-8859-1.</summary>
    Windows1252,
    Latin1,
}

/// <summary>
/// Finds and applies a file's encoding. A byte order mark decides; then UTF-16 without a mark (every other byte zero);
/// bytes that are valid UTF-8 are UTF-8; otherwise the charset detector (UTF.Unknown, a port of Mozilla's) is asked,
/// and anything it does not name as one of ours is read as Windows-1252, which decodes every byte and is what Excel
/// writes on a Dutch or English Windows machine.
/// </summary>
public static class FileEncodings
{
    private const int DetectorSampleBytes = 256 * 1024;

    static FileEncodings()
    {
        // Windows-1252 is not built into .NET; the code-page provider that ships with it adds it. Registered once, here.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static IReadOnlyList<FileEncoding> All { get; } = Enum.GetValues<FileEncoding>();

    public static FileEncoding Detect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return FileEncoding.Utf8;
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return FileEncoding.Utf16LittleEndian;
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return FileEncoding.Utf16BigEndian;
        }

        if (Utf16WithoutMark(content) is { } utf16)
        {
            return utf16;
        }

        if (System.Text.Unicode.Utf8.IsValid(content))
        {
            return FileEncoding.Utf8;
        }

        // The start of the file is enough to tell; a 10 MB file need not be copied whole for it.
        var sample = content[..Math.Min(content.Length, DetectorSampleBytes)].ToArray();
        return CharsetDetector.DetectFromBytes(sample).Detected?.EncodingName?.ToLowerInvariant() switch
        {
            "utf-16le" => FileEncoding.Utf16LittleEndian,
            "utf-16be" => FileEncoding.Utf16BigEndian,
            _ => FileEncoding.Windows1252,
        };
    }

    /// <summary>The file's text, without a byte order mark.</summary>
    public static string Decode(ReadOnlySpan<byte> content, FileEncoding encoding)
    {
        var decoder = Of(encoding);
        var preamble = decoder.Preamble;
        if (preamble.Length > 0 && content.StartsWith(preamble))
        {
            content = content[preamble.Length..];
        }

        return decoder.GetString(content);
    }

    private static Encoding Of(FileEncoding encoding) => encoding switch
    {
        FileEncoding.Utf8 => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
        FileEncoding.Utf16LittleEndian => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
        FileEncoding.Utf16BigEndian => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        FileEncoding.Windows1252 => Encoding.GetEncoding(1252),
        FileEncoding.Latin1 => Encoding.Latin1,
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, null),
    };

    /// <summary>
    /// UTF-16 without a byte order mark, which the detector does not recognise: a CSV is mostly Latin letters, digits
    /// and punctuation, so every other byte is zero, the odd ones in little-endian, the even ones in big-endian.
    /// </summary>
    private static FileEncoding? Utf16WithoutMark(ReadOnlySpan<byte> content)
    {
        var sample = content[..(Math.Min(content.Length, 4096) & ~1)];
        if (sample.Length < 4)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        return (evenZeros, oddZeros) switch
        {
            _ when oddZeros > pairs * 6 / 10 && evenZeros < pairs / 10 => FileEncoding.Utf16LittleEndian,
            _ when evenZeros > pairs * 6 / 10 && oddZeros < pairs / 10 => FileEncoding.Utf16BigEndian,
            _ => null,
        };
    }
}
