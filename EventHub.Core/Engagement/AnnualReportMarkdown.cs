using System.Globalization;
using System.Text;
using EventHub.Core.Common;
using EventHub.Core.Texts;

namespace EventHub.Core.Engagement;

/// <summary>
/// The annual report as Markdown (for a newsletter, a wiki or the council), in English or Dutch from
/// <see cref="CoreTexts"/> — the same texts the report's pages show. The texts address nobody, so one set serves the
/// organisers' version and the public one. The public version holds aggregate figures and links to published reports
/// only: no decisions' wording, and any access provision counted for fewer than 5 guests reads "fewer than 5".
/// </summary>
public static class AnnualReportMarkdown
{
    /// <summary>Below this many guests a provision's count is not published: a handful of people could be recognised.</summary>
    public const int SmallestPublicCount = 5;

    public static string Staff(AnnualReport report, Language language, string? allianceName, Func<string, string> reportUrl) =>
        Write(report, Localized.Core(language), allianceName, reportUrl, isPublic: false);

    public static string Public(AnnualReport report, Language language, string? allianceName, Func<string, string> reportUrl) =>
        Write(report, Localized.Core(language), allianceName, reportUrl, isPublic: true);

    /// <summary>The report's title: "Groningen Alliance — annual report 2026", or without a name when none is set.</summary>
    public static string Title(Localized text, int year, string? allianceName) =>
        string.IsNullOrWhiteSpace(allianceName) ? text["AnnualReport_Title", year] : text["AnnualReport_TitleOf", allianceName.Trim(), year];

    /// <summary>A provision's count as the public version shows it.</summary>
    public static string PublicCount(Localized text, int count) =>
        count < SmallestPublicCount ? text["Insight_FewerThanFive"] : count.ToString("N0", text.Culture);

    private static string Write(AnnualReport report, Localized text, string? allianceName, Func<string, string> reportUrl, bool isPublic)
    {
        var culture = text.Culture;
        var md = new StringBuilder();
        md.Append("# ").AppendLine(MarkdownExport.Text(Title(text, report.Year, allianceName))).AppendLine();
        if (isPublic)
        {
            md.AppendLine(text["AnnualReport_PublicNote"]).AppendLine();
        }

        if (report.IsEmpty)
        {
            md.AppendLine(text["AnnualReport_NoEvents", report.Year]);
            return md.ToString();
        }

        md.Append("## ").AppendLine(text["AnnualReport_AtAGlance"]).AppendLine();
        foreach (var line in Glance(report, text))
        {
            md.Append("- ").AppendLine(line);
        }

        md.AppendLine();
        md.Append("## ").AppendLine(text["AnnualReport_Events"]).AppendLine();
        Table(md,
            [text["AnnualReport_Event"], text["AnnualReport_Date"], text["AnnualReport_Invited"], text["AnnualReport_Accepted"], text["AnnualReport_Came"], text["AnnualReport_Report"]],
            report.Events.Select(e => (IReadOnlyList<string>)
            [
                MarkdownExport.Text(e.Title),
                EventDays.Short(e.StartUtc, e.EndUtc, e.TimeZoneId, culture),
                Number(e.Invited, culture), Number(e.Accepted, culture), Number(e.Attended, culture),
                e.ReportSlug is { } slug ? $"[{text["AnnualReport_ReadReport"]}]({reportUrl(slug)})" : "",
            ]));

        md.Append("## ").AppendLine(text["AnnualReport_Reach"]).AppendLine();
        Table(md,
            [text["AnnualReport_Sector"], text["AnnualReport_SubSector"], text["AnnualReport_OrgsInvited"], text["AnnualReport_OrgsCame"], text["AnnualReport_PeopleCame"]],
            report.Reach.Select(r => (IReadOnlyList<string>)
            [
                text.Name(r.Sector), r.SubSector is { } sub ? text.Name(sub) : text["AnnualReport_NoSubSector"],
                Number(r.OrganisationsInvited, culture), Number(r.OrganisationsAttended, culture), Number(r.PeopleAttended, culture),
            ]));

        if (!isPublic)
        {
            md.Append("## ").AppendLine(text["AnnualReport_DecisionsHeading"]).AppendLine();
            if (report.Decisions.Count == 0)
            {
                md.AppendLine(text["AnnualReport_NoDecisions"]).AppendLine();
            }

            foreach (var decision in report.Decisions)
            {
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"- {MarkdownExport.Text(decision.Text)} · *{MarkdownExport.Text(decision.EventTitle)}, {MarkdownExport.Text(decision.SessionTitle)}*");
            }

            md.AppendLine();
        }

        md.Append("## ").AppendLine(text["AnnualReport_ActionsHeading"]).AppendLine();
        var a = report.Actions;
        md.AppendLine(ActionsAsOf(a, text)).AppendLine();
        Table(md,
            [text["AnnualReport_Agreed"], text["AnnualReport_Done"], text["AnnualReport_Open"], text["AnnualReport_Overdue"], text["AnnualReport_Dropped"]],
            [[Number(a.Agreed, culture), Number(a.Done, culture), Number(a.Open, culture), Number(a.Overdue, culture), Number(a.Dropped, culture)]]);

        md.Append("## ").AppendLine(text["AnnualReport_Provisions"]).AppendLine();
        if (report.Provisions.Count == 0)
        {
            md.AppendLine(text["AnnualReport_NoProvisions"]).AppendLine();
        }
        else
        {
            md.AppendLine(text["AnnualReport_ProvisionsIntro"]).AppendLine();
            Table(md, [text["AnnualReport_Provision"], text["AnnualReport_Guests"]],
                report.Provisions.Select(p => (IReadOnlyList<string>)[text.Name(p.Need), isPublic ? PublicCount(text, p.Count) : Number(p.Count, culture)]));
        }

        md.Append("## ").AppendLine(text["AnnualReport_FeedbackHeading"]).AppendLine();
        md.AppendLine(FeedbackIntro(report.Feedback, text)).AppendLine();
        if (report.Feedback.Asked > 0)
        {
            Table(md, FeedbackCells.Headers(text), FeedbackCells.Rows(report.Feedback.BySector, text).Select(row => row.Select(cell => cell ?? "–").ToList()));
        }

        return md.ToString();
    }

    /// <summary>"Where they stand on 29 November 2026.": action items are counted as they are today, not as the year ended.</summary>
    public static string ActionsAsOf(ActionCompletion actions, Localized text) =>
        text["AnnualReport_ActionsAsOf", actions.AsOf.ToString("d MMMM yyyy", text.Culture)];

    /// <summary>The year in a few sentences, for the top of the report (screens show the same lines).</summary>
    public static IReadOnlyList<string> Glance(AnnualReport report, Localized text)
    {
        var t = report.Totals;
        var people = text.Plural("AnnualReport_People", t.PeopleAttended);
        var lines = new List<string>
        {
            text.Plural("AnnualReport_EventsHeld", t.EventsHeld),
            text.Plural("AnnualReport_OrganisationsCame", t.OrganisationsAttended, t.OrganisationsInvited),
            text.Plural("AnnualReport_NewOrganisations", t.NewOrganisations),
            t.PeopleWithoutOrganisation > 0 ? $"{people} {text["AnnualReport_WithoutOrganisation", t.PeopleWithoutOrganisation]}" : people,
            text.Plural("AnnualReport_Decisions", report.Decisions.Count),
            text.Plural("AnnualReport_ActionsLine", report.Actions.Agreed, report.Actions.Done, report.Actions.Open, report.Actions.Overdue, report.Actions.Dropped),
        };
        if (report.Actions.DoneShare is { } share)
        {
            lines.Add(text["AnnualReport_DoneShare", share.ToString("P0", text.Culture)]);
        }

        return lines;
    }

    /// <summary>"312 attendees were asked; 148 answers are counted here" (those the events' own results show), or only the first part when none are.</summary>
    public static string FeedbackIntro(AnnualFeedback feedback, Localized text) =>
        feedback.Asked == 0 ? text["AnnualReport_NoFeedback"]
        : feedback.BySector.Total.Respondents is > 0 and var answered ? text["AnnualReport_FeedbackAnswered", feedback.Asked, answered]
        : text.Plural("AnnualReport_FeedbackAsked", feedback.Asked);

    private static string Number(int value, CultureInfo culture) => value.ToString("N0", culture);

    private static void Table(StringBuilder md, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        md.Append("| ").AppendJoin(" | ", header).AppendLine(" |");
        md.Append('|').AppendJoin("", header.Select(_ => "---|")).AppendLine();
        foreach (var row in rows)
        {
            md.Append("| ").AppendJoin(" | ", row).AppendLine(" |");
        }

        md.AppendLine();
    }
}
