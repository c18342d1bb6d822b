using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;

namespace EventHub.App.Components.Shared;

/// <summary>How a table head with a short aside in brackets is shown: "Felt heard (1–5)".</summary>
public static partial class UnbrokenParentheses
{
    /// <summary>
    /// The text with each bracketed aside that holds no space ("(1–5)") kept on one line: a browser may break after a dash,
    /// and a narrow column showed "(1–" above "5)". The words around it still wrap, and a screen reader reads the same text
    /// (a span changes nothing it hears, where a joiner character might be read out).
    /// </summary>
    public static MarkupString Markup(string text)
    {
        var markup = new System.Text.StringBuilder();
        var start = 0;
        foreach (Match aside in Aside().Matches(text))
        {
            markup.Append(PlainMarkup.Encode(text[start..aside.Index]))
                .Append("<span class=\"eh-nowrap\">").Append(PlainMarkup.Encode(aside.Value)).Append("</span>");
            start = aside.Index + aside.Length;
        }

        return new MarkupString(markup.Append(PlainMarkup.Encode(text[start..])).ToString());
    }

    /// <summary>
    /// The same for a stacked table's label, which CSS shows from the cell's <c>data-label</c> and no span can reach: a
    /// word joiner after each dash or hyphen inside such an aside, so a phone's line never ends at "(1–" with "5):" and
    /// the value below it (as it did on a 300 px wide screen). Speech passes over the joiner.
    /// </summary>
    public static string Label(string text) =>
        Aside().Replace(text, aside => DashInside().Replace(aside.Value, dash => dash.Value + WordJoiner));

    private const string WordJoiner = "\u2060";

    [GeneratedRegex(@"[-\u2010-\u2015]")]
    private static partial Regex DashInside();

    [GeneratedRegex(@"\([^\s()]+\)")]
    private static partial Regex Aside();
}
