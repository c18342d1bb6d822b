using System.Text.RegularExpressions;
using EventHub.Tests.Support;

namespace EventHub.Tests.Components;

/// <summary>
/// An error that appears after a save is said aloud: a screen reader user heard nothing when the server refused a
/// name already taken or a due date out of range, because the message was a plain box on the screen.
/// </summary>
public partial class ErrorAlertTests
{
    /// <summary>Error boxes that are part of the page when it opens, not news: an alert there would interrupt its reading.</summary>
    private static readonly string[] StandingNotices = ["event-cancelled"];

    [Fact]
    public void EveryErrorBoxThatAppearsAfterAnAction_IsAnAlert()
    {
        var boxes = System.IO.Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "EventHub.App", "Components"), "*.razor", SearchOption.AllDirectories)
            .SelectMany(file => ErrorBox().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Tag: m.Value)))
            .ToList();

        var silent = boxes
            .Where(box => !box.Tag.Contains("role=\"alert\"", StringComparison.Ordinal))
            .Where(box => !StandingNotices.Any(id => box.Tag.Contains($"id=\"{id}\"", StringComparison.Ordinal)))
            .Select(box => $"{box.File}: {box.Tag}");

        Assert.True(boxes.Count > 10);
        Assert.Empty(silent);
    }

    [GeneratedRegex("""<MudAlert Severity="Severity.Error"[^>]*>""")]
    private static partial Regex ErrorBox();
}
