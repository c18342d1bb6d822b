using EventHub.Core.Actions;
using EventHub.Core.Common;
using EventHub.Core.Events;
using EventHub.Core.Directory;
using EventHub.Core.Outcomes;

namespace EventHub.Tests.Core.Outcomes;

/// <summary>An organiser downloads the synthesis as Markdown, to paste into minutes or a wiki.</summary>
public class SynthesisMarkdownTests
{
    private static readonly EventSynthesis Synthesis = new(
        7, "Dialoogavond Kansengelijkheid", "dialoogavond-2026-10-15", EventStatus.Closed,
        new DateTime(2026, 10, 15, 17, 0, 0, DateTimeKind.Utc), new DateTime(2026, 10, 15, 19, 30, 0, DateTimeKind.Utc), EventTime.DefaultTimeZoneId,
        "We made **three** agreements.",
        null,
        [
            new ThemeSection("SDG 4 Quality education",
                [new SynthesisStatement("Parents need\none contact person", "Round table", [])],
                [new SynthesisStatement("The library opens a language desk", "Round table", ["Bibliotheek Groningen"])],
                [new SynthesisAction("Draft the plan", "Stichting Taalhuis", new DateOnly(2026, 12, 1), ActionItemStatus.InProgress, "Round table")]),
            new ThemeSection(null, [new SynthesisStatement("Stories matter", "Opening", [])], [], []),
        ],
        [new SectorCount(Sector.Education, 7)],
        [new SessionGap(3, "Workshop", DateTime.UtcNow, HasDraft: false)]);

    [Fact]
    public void ToMarkdown_English_HasHeadingsPerThemeAndListItems()
    {
        var markdown = SynthesisMarkdown.ToMarkdown(Synthesis, Language.En);

        Assert.StartsWith("# Dialoogavond Kansengelijkheid\n\nThursday 15 October 2026, 19:00–21:30\n\n## Summary\n\nWe made **three** agreements.\n", markdown);
        Assert.Contains("## SDG 4 Quality education\n\n### Insights\n\n- Parents need one contact person · *Round table*\n", markdown);
        Assert.Contains("### Decisions\n\n- The library opens a language desk (named with consent: Bibliotheek Groningen) · *Round table*\n", markdown);
        Assert.Contains("### Action items\n\n- Draft the plan — Stichting Taalhuis, due 1 December 2026 (in progress) · *Round table*\n", markdown);
        Assert.Contains("## Other\n\n### Insights\n\n- Stories matter · *Opening*\n", markdown);
        Assert.Contains("## Participants by sector\n\nIn the room: 7 — from the numbers facilitators entered in their session records (for each sector the most in any one session).\n\n- Education: 7\n", markdown);
        Assert.EndsWith("## Sessions without a final record\n\n- Workshop (no record yet)\n", markdown);
    }

    [Fact]
    public void ToMarkdown_Dutch_UsesDutchLabelsAndDates()
    {
        var markdown = SynthesisMarkdown.ToMarkdown(Synthesis, Language.Nl);

        Assert.Contains("donderdag 15 oktober 2026, 19:00–21:30", markdown);
        Assert.Contains("## Samenvatting\n", markdown);
        Assert.Contains("### Inzichten\n", markdown);
        Assert.Contains("### Afspraken en besluiten\n", markdown);
        Assert.Contains("- Draft the plan — Stichting Taalhuis, uiterlijk 1 december 2026 (bezig) · *Round table*", markdown);
        Assert.Contains("## Overige\n", markdown);
        Assert.Contains("In de zaal: 7 — uit de aantallen die gespreksleiders in hun sessieverslagen invulden", markdown);
        Assert.Contains("- Onderwijs: 7", markdown);
        Assert.Contains("- Workshop (nog geen verslag)", markdown);
    }

    [Fact]
    public void ToMarkdown_CountedAtTheDoor_SaysSo_AndListsPeopleWithoutAnOrganisation()
    {
        var counted = Synthesis with { AttendanceSource = AttendanceSource.CheckIns, WithoutOrganisation = 2 };

        var english = SynthesisMarkdown.ToMarkdown(counted, Language.En);
        var dutch = SynthesisMarkdown.ToMarkdown(counted, Language.Nl);

        Assert.Contains("## Participants by sector\n\nIn the room: 9 — counted at the door (check-ins).\n\n- Education: 7\n- No organisation: 2\n", english);
        Assert.Contains("In de zaal: 9 — geteld bij de deur (check-ins).", dutch);
    }

    [Fact]
    public void ToMarkdown_NothingRecorded_SaysSo()
    {
        var empty = Synthesis with { Summary = null, Sections = [], SectorMix = [], MissingFinal = [] };

        var markdown = SynthesisMarkdown.ToMarkdown(empty, Language.En);

        Assert.Equal("# Dialoogavond Kansengelijkheid\n\nThursday 15 October 2026, 19:00–21:30\n\n_No insights, decisions or action items have been recorded yet._\n", markdown);
    }
}
