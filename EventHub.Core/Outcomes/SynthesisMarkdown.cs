using System.Globalization;
using System.Text;
using EventHub.Core.Common;
using EventHub.Core.Texts;

namespace EventHub.Core.Outcomes;

/// <summary>
/// An event's synthesis as a Markdown file (for minutes, mail or a wiki), with headings and labels in English or
/// Dutch from <see cref="CoreTexts"/>; the names of statuses and sectors are the ones the screens show.
/// </summary>
public static class SynthesisMarkdown
{
    public static string ToMarkdown(EventSynthesis synthesis, Language language)
    {
        var text = Localized.Core(language);
        var culture = text.Culture;
        var md = new StringBuilder();
        md.Append("# ").AppendLine(OneLine(synthesis.Title)).AppendLine();
        md.AppendLine(EventDays.WithTimes(synthesis.StartUtc, synthesis.EndUtc, synthesis.TimeZoneId, culture)).AppendLine();

        if (synthesis.Summary is { } summary)
        {
            md.Append("## ").AppendLine(text["Synthesis_Summary"]).AppendLine();
            md.AppendLine(MarkdownExport.Safe(summary.Trim())).AppendLine();
        }

        foreach (var section in synthesis.Sections)
        {
            md.Append("## ").AppendLine(section.Theme is { } theme ? OneLine(theme) : text["Synthesis_OtherTheme"]).AppendLine();
            AppendStatements(md, text["Markdown_Insights"], section.Insights, text);
            AppendStatements(md, text["Markdown_Decisions"], section.Decisions, text);
            if (section.Actions.Count > 0)
            {
                md.Append("### ").AppendLine(text["Synthesis_Actions"]).AppendLine();
                foreach (var action in section.Actions)
                {
                    var due = text["Markdown_Due", action.DueOn.ToString("d MMMM yyyy", culture)];
                    // Mid-sentence, so the screen's status name in lower case: "(in progress)".
                    var status = text.Name(action.Status).ToLower(culture) + (action.IsOverdue ? text["Markdown_Overdue"] : "");
                    md.AppendLine(CultureInfo.InvariantCulture,
                        $"- {OneLine(action.What)} — {OneLine(action.OwnerOrganisation)}, {due} ({status}) · *{OneLine(action.SessionTitle)}*");
                }

                md.AppendLine();
            }
        }

        if (synthesis.Sections.Count == 0)
        {
            md.Append('_').Append(text["Markdown_NothingRecorded"]).AppendLine("_").AppendLine();
        }

        if (synthesis.Participants > 0)
        {
            md.Append("## ").AppendLine(text["Markdown_SectorMix"]).AppendLine();
            // Where the number comes from: the door's check-ins, or the facilitators' numbers per session.
            md.AppendLine(CultureInfo.InvariantCulture,
                $"{text["Synthesis_InTheRoom", synthesis.Participants]} — {text.Name(synthesis.AttendanceSource)}.").AppendLine();
            foreach (var share in synthesis.SectorMix)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- {text.Name(share.Sector)}: {share.Count}");
            }

            if (synthesis.WithoutOrganisation > 0)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- {text["Door_NoOrganisation"]}: {synthesis.WithoutOrganisation}");
            }

            md.AppendLine();
        }

        if (synthesis.MissingFinal.Count > 0)
        {
            md.Append("## ").AppendLine(text["Markdown_MissingFinal"]).AppendLine();
            foreach (var gap in synthesis.MissingFinal)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- {OneLine(gap.Title)} ({text[gap.StateKey]})");
            }

            md.AppendLine();
        }

        return md.ToString().TrimEnd() + "\n";
    }

    private static void AppendStatements(StringBuilder md, string heading, IReadOnlyList<SynthesisStatement> statements, Localized text)
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
                : $" ({text["Report_NamedWithConsent", string.Join(", ", statement.Organisations.Select(OneLine))]})";
            md.AppendLine(CultureInfo.InvariantCulture, $"- {OneLine(statement.Text)}{named} · *{OneLine(statement.SessionTitle)}*");
        }

        md.AppendLine();
    }

    // A list item stays one item, and typed text stays text: no line breaks, links, images or HTML of its own.
    private static string OneLine(string text) => MarkdownExport.Text(text);
}
