using System.Text.RegularExpressions;
using EventHub.App.Components.Shared;
using EventHub.App.Resources;
using Microsoft.Extensions.Localization;

namespace EventHub.App.Components.Pages.Outbox;

/// <summary>How the Outbox page words and shows a message.</summary>
public static partial class OutboxText
{
    /// <summary>Outbox times in the alliance's own zone and the house format, like everything else organisers read.</summary>
    public static string When(DateTime? utc) => utc is { } value ? EventDates.ShortMoment(value) : "";

    /// <summary>A known kind in the reader's language; a kind added later shows as it is stored.</summary>
    public static string Kind(IStringLocalizer<AppStrings> strings, string kind)
    {
        var text = strings[$"OutboxKind_{kind}"];
        return text.ResourceNotFound ? kind : text;
    }

    /// <summary>
    /// The HTML body for a sandboxed iframe's srcdoc. A base target makes links open in a new tab: inside the
    /// sandbox they could otherwise only navigate the small frame itself.
    /// </summary>
    public static string PreviewDocument(string html)
    {
        const string Base = "<base target=\"_blank\">";
        if (HeadTag().Match(html) is { Success: true } head)
        {
            return html.Insert(head.Index + head.Length, Base);
        }

        if (HtmlTag().Match(html) is { Success: true } root)
        {
            return html.Insert(root.Index + root.Length, $"<head>{Base}</head>");
        }

        return $"<!DOCTYPE html><html><head><meta charset=\"utf-8\">{Base}</head><body>{html}</body></html>";
    }

    [GeneratedRegex("<head(\\s[^>]*)?>", RegexOptions.IgnoreCase)]
    private static partial Regex HeadTag();

    [GeneratedRegex("<html(\\s[^>]*)?>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();
}
