using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EventHub.Core.Actions;
using EventHub.Core.Common;
using EventHub.Core.Directory;

namespace EventHub.Core.Outcomes;

/// <summary>
/// An event's synthesis as a Markdown file (for minutes, mail or a wiki), with headings and labels in English or
/// Dutch. Core cannot read the App's resources, so the few labels live here, as with the emails.
/// </summary>
public static partial class SynthesisMarkdown
{
    public static string ToMarkdown(EventSynthesis synthesis, Language language)
    {
        var nl = language == Language.Nl;
        var culture = CultureInfo.GetCultureInfo(nl ? "nl-NL" : "en-GB");
        var start = EventTime.ToLocal(synthesis.StartUtc, synthesis.TimeZoneId);
        var end = EventTime.ToLocal(synthesis.EndUtc, synthesis.TimeZoneId);
        var md = new StringBuilder();
        md.Append("# ").AppendLine(OneLine(synthesis.Title)).AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{start.ToString("dddd d MMMM yyyy", culture)}, {start:HH:mm}–{end:HH:mm}").AppendLine();

        if (synthesis.Summary is { } summary)
        {
            md.Append("## ").AppendLine(nl ? "Samenvatting" : "Summary").AppendLine();
            md.AppendLine(summary.Trim()).AppendLine();
        }

        foreach (var section in synthesis.Sections)
        {
            md.Append("## ").AppendLine(section.Theme is { } theme ? OneLine(theme) : nl ? "Overige" : "Other").AppendLine();
            AppendStatements(md, nl ? "Inzichten" : "Insights", section.Insights, nl);
            AppendStatements(md, nl ? "Afspraken en besluiten" : "Decisions", section.Decisions, nl);
            if (section.Actions.Count > 0)
            {
                md.Append("### ").AppendLine(nl ? "Actiepunten" : "Action items").AppendLine();
                foreach (var action in section.Actions)
                {
                    var due = action.DueOn.ToString("d MMMM yyyy", culture);
                    md.AppendLine(CultureInfo.InvariantCulture,
                        $"- {OneLine(action.What)} — {OneLine(action.OwnerOrganisation)}, {(nl ? "uiterlijk" : "due")} {due} ({Status(action.Status, nl)}) · *{OneLine(action.SessionTitle)}*");
                }

                md.AppendLine();
            }
        }

        if (synthesis.Sections.Count == 0)
        {
            md.AppendLine(nl ? "_Er zijn nog geen inzichten, afspraken of actiepunten vastgelegd._" : "_No insights, decisions or action items have been recorded yet._").AppendLine();
        }

        if (synthesis.SectorMix.Count > 0)
        {
            md.Append("## ").AppendLine(nl ? "Deelnemers per sector" : "Participants by sector").AppendLine();
            foreach (var share in synthesis.SectorMix)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- {SectorNames.Name(share.Sector, language)}: {share.Count}");
            }

            md.AppendLine();
        }

        if (synthesis.MissingFinal.Count > 0)
        {
            md.Append("## ").AppendLine(nl ? "Sessies zonder definitief verslag" : "Sessions without a final record").AppendLine();
            foreach (var gap in synthesis.MissingFinal)
            {
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"- {OneLine(gap.Title)} ({(gap.HasDraft ? nl ? "concept" : "draft" : nl ? "nog geen verslag" : "no record yet")})");
            }

            md.AppendLine();
        }

        return md.ToString().TrimEnd() + "\n";
    }

    public static string Status(ActionItemStatus status, bool nl) => status switch
    {
        ActionItemStatus.InProgress => nl ? "bezig" : "in progress",
        ActionItemStatus.Done => nl ? "afgerond" : "done",
        ActionItemStatus.Dropped => nl ? "vervallen" : "dropped",
        _ => nl ? "open" : "open",
    };

    private static void AppendStatements(StringBuilder md, string heading, IReadOnlyList<SynthesisStatement> statements, bool nl)
    {
        if (statements.Count == 0)
        {
            return;
        }

        md.Append("### ").AppendLine(heading).AppendLine();
        foreach (var statement in statements)
        {
            var named = statement.Organisations.Count == 0
                ? ""
                : $" ({(nl ? "genoemd met instemming" : "named with consent")}: {string.Join(", ", statement.Organisations.Select(OneLine))})";
            md.AppendLine(CultureInfo.InvariantCulture, $"- {OneLine(statement.Text)}{named} · *{OneLine(statement.SessionTitle)}*");
        }

        md.AppendLine();
    }

    // A list item stays one item: line breaks inside a statement would end it or start a new block.
    private static string OneLine(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
