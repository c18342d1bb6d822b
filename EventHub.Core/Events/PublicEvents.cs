
namespace EventHub.Core.Events;

/// <summary>Which events anyone may see at /e/{slug}: once published, also after closing or cancelling, never a draft.</summary>
public static class PublicEvents
{
    public static bool IsVisible(EventStatus status) =>
        status is EventStatus.Published or EventStatus.Closed or EventStatus.Cancelled;

    /// <summary>The public page of an event, relative to the site root ("e/alliantiedag-2026-12-29").</summary>
    public static string PagePath(string slug) => $"e/{Uri.EscapeDataString(slug)}";
}
