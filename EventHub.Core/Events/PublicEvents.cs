
namespace EventHub.Core.Events;

/// <summary>
/// Which events anyone may see at /e/{slug} and in calendar feeds: once published, for good — also after closing,
/// archiving (its public report and old newsletters link to the page) or cancelling; never a draft.
/// </summary>
public static class PublicEvents
{
    public static bool IsVisible(EventStatus status) => status != EventStatus.Draft;

    /// <summary>The public page of an event, relative to the site root ("e/alliantiedag-2026-12-29").</summary>
    public static string PagePath(string slug) => $"e/{Uri.EscapeDataString(slug)}";
}
