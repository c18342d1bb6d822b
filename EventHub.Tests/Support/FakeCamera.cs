using System.Text;
using QRCoder;

namespace EventHub.Tests.Support;

/// <summary>
/// A fake camera for chromium (<c>--use-file-for-fake-video-capture</c>): a short YUV4MPEG2 video of one QR code,
/// black on white with its quiet zone, that chromium plays in a loop as the camera's picture. Written to a temp file
/// that is deleted on dispose.
/// </summary>
public sealed class FakeCamera : IDisposable
{
    public const int Size = 480; // pixels, square: the fake device shows the file's size
    private const int Frames = 5;
    private const int FramesPerSecond = 10;

    private FakeCamera(string path, string code)
    {
        FilePath = path;
        Code = code;
    }

    /// <summary>The .y4m file to give chromium.</summary>
    public string FilePath { get; }

    /// <summary>The text the QR code holds.</summary>
    public string Code { get; }

    /// <summary>A camera that shows the QR code of <paramref name="code"/>.</summary>
    public static FakeCamera Showing(string code)
    {
        var path = Path.Combine(Path.GetTempPath(), $"eventhub-camera-{Guid.NewGuid():N}.y4m");
        File.WriteAllBytes(path, Video(code));
        return new FakeCamera(path, code);
    }

    /// <summary>
    /// The video: a "C420jpeg" header, then identical frames of a luma plane (the picture in grey) followed by the two
    /// quarter-size chroma planes at 128 (no colour).
    /// </summary>
    public static byte[] Video(string code)
    {
        var luma = Picture(code);
        var chroma = Enumerable.Repeat((byte)128, Size / 2 * (Size / 2) * 2).ToArray();
        using var video = new MemoryStream();
        video.Write(Encoding.ASCII.GetBytes($"YUV4MPEG2 W{Size} H{Size} F{FramesPerSecond}:1 Ip A1:1 C420jpeg\n"));
        for (var frame = 0; frame < Frames; frame++)
        {
            video.Write("FRAME\n"u8);
            video.Write(luma);
            video.Write(chroma);
        }

        return video.ToArray();
    }

    /// <summary>The QR code as grey pixels (0 black, 255 white), row by row, scaled to whole pixels per module and centred.</summary>
    private static byte[] Picture(string code)
    {
        using var data = QRCodeGenerator.GenerateQrCode(code, QRCodeGenerator.ECCLevel.M); // its matrix includes the quiet zone
        var modules = data.ModuleMatrix;
        var scale = (Size - 40) / modules.Count;
        var offset = (Size - modules.Count * scale) / 2;
        var pixels = Enumerable.Repeat((byte)255, Size * Size).ToArray();
        for (var row = 0; row < modules.Count; row++)
        {
            for (var column = 0; column < modules.Count; column++)
            {
                if (!modules[row][column])
                {
                    continue;
                }

                for (var y = 0; y < scale; y++)
                {
                    Array.Fill(pixels, (byte)0, (offset + row * scale + y) * Size + offset + column * scale, scale);
                }
            }
        }

        return pixels;
    }

    public void Dispose() => File.Delete(FilePath);
}
