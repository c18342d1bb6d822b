using EventHub.Core.Common;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Core.Directory;
using EventHub.Core.Outcomes;

namespace EventHub.Core.Demo;

/// <summary>
/// The written record of last month's meeting, in Dutch: for each session notes, key insights, decisions and themes
/// (final the day after), the mix of sectors at the round tables from who was checked in, and the organiser's
/// summary, published as the public report. One decision names the two partners who agreed to be named. Each
/// session has few themes: the synthesis and the report show a session under every theme it names.
/// </summary>
internal static class DemoOutcomes
{
    public const string OpeningTitle = "Opening en verhalen uit de wijk";
    public const string RoundTablesTitle = "Tafelgesprekken: van voorschool naar basisschool";
    public const string ClosingTitle = "Afsluiting en afspraken";

    private const string Sdg4 = "SDG 4 Quality education";
    private const string Sdg10 = "SDG 10 Reduced inequalities";
    private const string EarlyChildhood = "Early childhood and school readiness";
    private const string Parents = "Parental involvement";

    /// <summary>What last month's meeting was about; its sessions' records name some of these.</summary>
    public static readonly string[] EventThemes = [Sdg4, Sdg10, EarlyChildhood, Parents];

    public static IEnumerable<SessionOutcome> Record(DemoLastMonth month, IReadOnlyList<Invitation> attendees)
    {
        yield return Final(month, OpeningTitle, month.Organiser, """
                De wethouder onderwijs opende met de vraag waar de avond om draait: **het gezin waarin je opgroeit bepaalt nog te vaak welke kansen je krijgt**.

                Drie korte verhalen uit de wijk:

                - een moeder uit Beijum over de zoektocht naar een plek op de voorschool;
                - een leerkracht van groep 1 over kinderen die zonder overdracht binnenkomen;
                - een buurtwerker over ouders die de school pas vinden als er al iets misgaat.
                """,
            [
                Insight("De verschillen in kansen naar inkomen en opleiding van ouders zijn de afgelopen jaren groter geworden, ook in Groningen.", 0),
                Insight("Ouders vinden de weg naar voorschoolse educatie niet vanzelf: taal, kosten en onbekendheid zijn de grootste drempels.", 1),
            ],
            month.ThemesNamed(Sdg10), []);

        yield return Final(month, RoundTablesTitle, month.Facilitator, """
                Vijf tafels, elk met partners uit ten minste drie sectoren. De vraag: *wat heeft een kind nodig om goed te starten in groep 1, en wie zorgt daarvoor?*

                ## Wat we hoorden

                - Informatie over de taalontwikkeling gaat bij de overstap vaak verloren; elke school vraagt iets anders op.
                - Kinderopvang en school kennen elkaar in de ene wijk goed, in de andere helemaal niet.
                - Ouders willen meedenken, maar krijgen vooral informatie.

                ## Wat we willen proberen

                Een *warme overdracht*: een gesprek met ouder, pedagogisch medewerker en leerkracht voordat het kind naar groep 1 gaat.
                """,
            [
                Insight("De overdracht van voorschool naar basisschool hangt nu af van individuele medewerkers; een vaste werkwijze ontbreekt.", 0),
                Insight("Ouders zijn bij de overstap de constante factor en horen daarom aan tafel te zitten, niet alleen geïnformeerd te worden.", 1),
                Insight("Kinderen die niet naar een voorschool gingen, komen pas in beeld als ze op school al achterlopen.", 2),
                Named(
                    Decision("De kinderopvang en de basisschool aan tafel 2 starten na de kerstvakantie met een warme overdracht voor elk kind dat naar groep 1 gaat.", 0),
                    month.Partner(SubSector.EarlyChildhood), month.Partner(SubSector.Primary)),
                Decision("De partners werken toe naar één overdrachtsformulier voor de hele gemeente.", 1),
            ],
            month.ThemesNamed(EarlyChildhood), SectorMix(attendees));

        yield return Final(month, ClosingTitle, month.Organiser, """
                Elke tafel bracht haar belangrijkste afspraak in. Iedere afspraak kreeg een eigenaar en een datum; op de volgende bijeenkomst komen we erop terug.
                """,
            [
                Insight("Afspraken werken alleen als er een eigenaar en een datum aan hangen.", 0),
                Decision("Op de Alliantiedag Gelijke Kansen vertellen de eigenaren hoe het met hun actiepunten staat.", 0),
                Decision("In het verslag van elke bijeenkomst staat voortaan hoe evenwichtig de sectoren vertegenwoordigd waren.", 1),
            ],
            month.ThemesNamed(Sdg4), []);
    }

    /// <summary>The organiser's summary, published a few days after the meeting at /e/{slug}/report.</summary>
    public static EventReport PublishedReport(DemoLastMonth month)
    {
        var report = new EventReport(month.Past, month.AfterMeeting(3));
        report.Summarise("""
            Partners uit overheid, onderwijs, bedrijfsleven en maatschappelijke organisaties spraken over **de overstap van voorschool naar basisschool**.

            De belangrijkste afspraak: kinderopvang en basisschool proberen een *warme overdracht* uit, met de ouders aan tafel. Daarnaast werken de partners toe naar één overdrachtsformulier voor de hele gemeente.

            - Elke afspraak heeft een eigenaar en een datum.
            - Op de Alliantiedag Gelijke Kansen vertellen de eigenaren hoe het ermee staat.
            """, month.AfterMeeting(4));
        report.Publish(month.AfterMeeting(5));
        return report;
    }

    private static SessionOutcome Final(
        DemoLastMonth month, string sessionTitle, TeamMember by, string notes, IEnumerable<OutcomeStatement> statements,
        IEnumerable<Theme> themes, IEnumerable<SectorShare> sectorMix)
    {
        // Typed up the next morning, final that afternoon.
        var outcome = new SessionOutcome(month.Session(sessionTitle), month.AfterMeeting(0.5));
        outcome.Write(notes, statements, themes, sectorMix);
        outcome.Stamp(by, month.AfterMeeting(0.55));
        outcome.MarkFinal(month.AfterMeeting(0.75));
        outcome.Stamp(by, month.AfterMeeting(0.75));
        return outcome;
    }

    /// <summary>Who sat at the round tables, by sector: the checked-in partners (residents have no sector).</summary>
    private static List<SectorShare> SectorMix(IReadOnlyList<Invitation> attendees) =>
        attendees.Where(a => a.Organisation is not null)
            .GroupBy(a => a.Organisation!.Sector)
            .OrderBy(g => g.Key)
            .Select(g => new SectorShare(g.Key, g.Count()))
            .ToList();

    private static OutcomeStatement Insight(string text, int order) => new(StatementKind.Insight, text, order);

    private static OutcomeStatement Decision(string text, int order) => new(StatementKind.Decision, text, order);

    private static OutcomeStatement Named(OutcomeStatement statement, params Organisation[] organisations)
    {
        statement.Attribute(agreedToBeNamed: true, organisations);
        return statement;
    }
}
