using Microsoft.Playwright;

namespace EventHub.Tests.Support;

/// <summary>
/// Words the browser split over two lines inside the elements a selector finds ("Rolstoeltoegank / elijk"). Debian's
/// chromium has no Dutch hyphenation dictionary, so any such split is a break in the middle of a word, without a hyphen.
/// </summary>
public static class BrokenWords
{
    /// <summary>Each word laid out on more than one line, as "word (in element)"; empty when every word keeps to one line.</summary>
    public static async Task<IReadOnlyList<string>> BrokenWordsAsync(this IPage page, string selector) =>
        await page.EvaluateAsync<string[]>("""
            selector => {
              const broken = [];
              for (const element of document.querySelectorAll(selector)) {
                const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  for (const match of node.textContent.matchAll(/\S+/g)) {
                    const range = document.createRange();
                    range.setStart(node, match.index);
                    range.setEnd(node, match.index + match[0].length);
                    const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                    if (lines.size > 1) broken.push(`${match[0]} (in ${element.tagName.toLowerCase()}${element.id ? '#' + element.id : ''})`);
                  }
                }
              }
              return broken;
            }
            """, selector);
}
