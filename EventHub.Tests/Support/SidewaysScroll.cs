using Microsoft.Playwright;

namespace EventHub.Tests.Support;

/// <summary>
/// Whether a page scrolls sideways in its window (WCAG 1.4.10: at 320 CSS px wide, and at 200 % zoom, nothing should),
/// and if so which elements make it wide.
/// </summary>
public static class SidewaysScroll
{
    /// <summary>
    /// Null when the page fits its window's width; otherwise one line with both widths and the elements reaching
    /// furthest right (of those, the innermost first: usually the long word or the fixed width itself), so a failure
    /// says where to look.
    /// </summary>
    public static async Task<string?> SidewaysScrollAsync(this IPage page)
    {
        var found = await page.EvaluateAsync<string[]>("""
            () => {
              const viewport = window.innerWidth;
              const scroll = document.documentElement.scrollWidth;
              if (scroll <= viewport) return [];
              const describe = el => {
                const classes = typeof el.className === 'string' && el.className.trim()
                  ? '.' + el.className.trim().split(/\s+/).slice(0, 3).join('.') : '';
                const text = (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 50);
                const box = el.getBoundingClientRect();
                return `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${classes} (right ${Math.round(box.right)} px, width ${Math.round(box.width)} px) "${text}"`;
              };
              const depth = el => { let d = 0; for (let p = el; p; p = p.parentElement) d++; return d; };
              const outside = [...document.body.querySelectorAll('*')]
                .filter(el => el.getBoundingClientRect().right > viewport + 0.5 && el.getBoundingClientRect().width > 0)
                .sort((a, b) => (b.getBoundingClientRect().right - a.getBoundingClientRect().right) || (depth(b) - depth(a)));
              return [`scrolls sideways: ${scroll} px wide in a ${viewport} px window`, ...outside.slice(0, 4).map(describe)];
            }
            """);
        return found.Length == 0 ? null : string.Join("; ", found);
    }
}
