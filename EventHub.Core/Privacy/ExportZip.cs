using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EventHub.Core.Privacy;

/// <summary>
/// How every access-request export is packed: a ZIP with a machine-readable JSON file (camelCase names, enums by name,
/// instants in UTC) and a readable HTML page beside it, both UTF-8 without a byte-order mark.
/// </summary>
internal static class ExportZip
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static byte[] Write<T>(string jsonName, T data, string htmlName, string html)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            WriteEntry(archive, jsonName, JsonSerializer.Serialize(data, Json));
            WriteEntry(archive, htmlName, html);
        }

        return zip.ToArray();
    }

    private static void WriteEntry(ZipArchive archive, string name, string content)
    {
        using var entry = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
        entry.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(content));
    }
}
