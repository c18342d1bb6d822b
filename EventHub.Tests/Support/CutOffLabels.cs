using Microsoft.Playwright;

namespace EventHub.Tests.Support;

/// <summary>
/// Field labels the page cuts short: MudBlazor keeps a field's label on one line and ends it with "…" when the field
/// is narrower than the label, so a long Dutch label in a narrow column ("Herinneringen, dagen voor de dea…") loses
/// the words that say what to type.
/// </summary>
public static class CutOffLabels
{
    /// <summary>The visible labels that do not fit their field, as their full text; empty when every label fits.</summary>
    public static async Task<IReadOnlyList<string>> CutOffLabelsAsync(this IPage page) =>
        await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('label')]
              .filter(label => label.getClientRects().length > 0 && label.scrollWidth > label.clientWidth + 1
                && getComputedStyle(label).textOverflow === 'ellipsis')
              .map(label => label.textContent.trim())
            """);
}
