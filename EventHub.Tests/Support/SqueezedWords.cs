using Microsoft.Playwright;

namespace EventHub.Tests.Support;

/// <summary>
/// The app's own words broken inside a word although the word alone would fit the page's column: a heading beside a
/// button ("Samenvat|ting"), a table's columns squeezed beside the menu ("overdrachtsform|ulier"), chips in a narrow
/// card ("Kwaliteit|sonderwi|js"). Headings, buttons, labels, table heads, chips and tabs are checked. A word with a
/// soft hyphen and a break at a hyphen or a dash are proper; a word wider than the column (a long name on a phone) may
/// break; text for screen readers only is not seen.
/// </summary>
public static class SqueezedWords
{
    /// <summary>Each squeezed word with where it stands and its width against the column's; empty when none is.</summary>
    public static async Task<IReadOnlyList<string>> SqueezedWordsAsync(this IPage page) =>
        await page.EvaluateAsync<string[]>("""
            () => {
              const main = document.querySelector('#main-content') ?? document.querySelector('main') ?? document.body;
              const style = getComputedStyle(main);
              const column = main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
              // Text kept for screen readers only sits in a box of 1 px (a stacked table's head, eh-visually-hidden).
              const hidden = el => {
                for (let box = el; box && box !== main; box = box.parentElement) {
                  if (box.getClientRects().length === 0) continue; // display: contents draws no box of its own
                  const rect = box.getBoundingClientRect();
                  if (rect.width <= 1 || rect.height <= 1) return true;
                }
                return false;
              };
              const found = new Set();
              for (const el of main.querySelectorAll('h1, h2, h3, h4, h5, h6, button, label, th, dt, legend, .mud-chip-content, .mud-tab')) {
                if (el.getClientRects().length === 0 || hidden(el)) continue;
                const texts = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
                for (let text = texts.nextNode(); text; text = texts.nextNode()) {
                  for (const word of text.textContent.matchAll(/[^\s\-–—\/]+/g)) {
                    if (word[0].includes('\u00AD')) continue; // a soft hyphen is where the word may break
                    const range = document.createRange();
                    range.setStart(text, word.index);
                    range.setEnd(text, word.index + word[0].length);
                    const rects = [...range.getClientRects()].filter(r => r.width > 0);
                    const width = rects.reduce((sum, r) => sum + r.width, 0);
                    if (new Set(rects.map(r => Math.round(r.top))).size > 1 && width <= column) {
                      found.add(`${el.tagName.toLowerCase()} "${word[0]}" (${Math.round(width)} px, the column ${Math.round(column)} px)`);
                    }
                  }
                }
              }
              return [...found];
            }
            """);
}
