using Microsoft.Playwright;

namespace EventHub.Tests.Support;

/// <summary>
/// Moving through a page with the keyboard only, as someone who cannot use a mouse does: Tab and Shift+Tab until the
/// wanted element has the focus, checking at every stop that the focus can be seen.
/// </summary>
public static class KeyboardExtensions
{
    /// <summary>
    /// True when the focused element (or the control that wraps it, for components that draw their focus on a wrapper)
    /// shows a focus indicator: the house's 3 px outline, or a box-shadow ring.
    /// </summary>
    private const string FocusVisibleScript = """
        () => {
          const shows = e => {
            const s = getComputedStyle(e);
            return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 3) || (s.boxShadow && s.boxShadow !== 'none');
          };
          const el = document.activeElement;
          if (!el || el === document.body) return 'nothing';
          for (let e = el, i = 0; e && i < 4; e = e.parentElement, i++) { if (shows(e)) return ''; }
          const s = getComputedStyle(el);
          return `${el.outerHTML.slice(0, 160)} (outline ${s.outlineStyle} ${s.outlineWidth}, :focus ${el.matches(':focus')}, :focus-visible ${el.matches(':focus-visible')}, :focus-within ${el.matches(':focus-within')})`;
        }
        """;

    /// <summary>Presses Tab (or Shift+Tab) until <paramref name="target"/> has the focus; fails when the focus is ever invisible or the target is not reached.</summary>
    public static async Task TabToAsync(this IPage page, ILocator target, bool backwards = false, int maxPresses = 80)
    {
        var handle = await target.ElementHandleAsync();
        for (var i = 0; i < maxPresses; i++)
        {
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
            await page.FocusSettledAsync();
            await AssertFocusVisibleAsync(page);
            if (await page.EvaluateAsync<bool>("e => document.activeElement === e || e.contains(document.activeElement)", handle))
            {
                return;
            }
        }

        throw new InvalidOperationException($"{maxPresses} presses of {(backwards ? "Shift+Tab" : "Tab")} did not reach {target}.");
    }

    /// <summary>
    /// Waits until the focus rests on something a person can see. MudBlazor's focus trap wraps the focus at a dialog's
    /// edges from the server: Tab first lands on an invisible sentinel (a <c>div.pointer-events-none</c> with a tabindex)
    /// and a round trip later the server moves it on. A person sees where the focus is before pressing again; pressing
    /// on while it sits on a sentinel takes it out of the dialog, faster than anyone types but not than a test does.
    /// </summary>
    public static Task FocusSettledAsync(this IPage page) =>
        page.WaitForFunctionAsync("() => !document.activeElement?.matches('div.pointer-events-none[tabindex]')");

    /// <summary>Fails when nothing has the focus or the focused element shows no focus indicator.</summary>
    public static async Task AssertFocusVisibleAsync(this IPage page)
    {
        var problem = await page.EvaluateAsync<string>(FocusVisibleScript);
        Assert.True(problem == "", problem == "nothing" ? "Nothing has the keyboard focus." : $"The focused element shows no focus indicator: {problem}");
    }
}
