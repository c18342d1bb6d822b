using EventHub.Core.Actions;
using EventHub.Core.Common;
using EventHub.Core.Directory;

namespace EventHub.Core.Demo;

/// <summary>
/// The commitments of last month's meeting, in every state the tracker knows: open (one of them overdue, one due
/// within the week), in progress with a note and a report-back recorded while next month's meeting is planned, done
/// (one reported by the owner through their link) and dropped. Due dates count from the demo's "today".
/// </summary>
internal static class DemoActionItems
{
    public static IEnumerable<ActionItem> Agree(DemoLastMonth month, IReadOnlyList<Contact> contacts)
    {
        var roundTables = DemoOutcomes.RoundTablesTitle;
        var closing = DemoOutcomes.ClosingTitle;

        var handover = Item(month, contacts, roundTables, "Warme overdracht uitproberen met de eerste twaalf gezinnen", SubSector.EarlyChildhood, withContact: true, dueInDays: 45);
        Progress(handover, ActionItemStatus.InProgress, "Eerste gesprekken gepland; de school heeft een vaste contactpersoon aangewezen.",
            ActionUpdateSource.Team, month.Facilitator, month.AfterMeeting(9));
        Progress(handover, ActionItemStatus.InProgress, "Vijf van de twaalf gesprekken gevoerd; ouders waarderen dat ze vooraf gehoord worden.",
            ActionUpdateSource.ReportBack, month.Organiser, month.NowUtc.AddDays(-2), atEventId: month.Next.Id);
        yield return handover;

        yield return Item(month, contacts, roundTables, "Voorstel voor één overdrachtsformulier voor de hele gemeente opstellen", SubSector.Municipality, withContact: true, dueInDays: -5);

        yield return Item(month, contacts, roundTables, "Ouderpanel samenstellen met ouders uit Beijum en Lewenborg", SubSector.ParentsOrResidentsGroup, withContact: false, dueInDays: 21);

        var reading = Item(month, contacts, roundTables, "Voorleesochtenden voor peuters en hun ouders in de bibliotheek", SubSector.Library, withContact: true, dueInDays: -3);
        Progress(reading, ActionItemStatus.InProgress, "De eerste ochtend staat op woensdag.", ActionUpdateSource.Team, month.Facilitator, month.AfterMeeting(6));
        reading.IssueOwnerLink(PersonalLinkTokens.Hash(PersonalLinkTokens.NewToken())); // the owner's update came through their link
        Progress(reading, ActionItemStatus.Done, "Loopt nu elke woensdag; gemiddeld veertien gezinnen.", ActionUpdateSource.Owner, null, month.AfterMeeting(20));
        yield return reading;

        yield return Item(month, contacts, closing, "Taalcafé voor ouders in het buurtcentrum opzetten", SubSector.CommunityOrganisation, withContact: true, dueInDays: 6);

        var internships = Item(month, contacts, closing, "Werkgevers uitnodigen voor een rondetafel over stages zonder discriminatie", SubSector.BusinessAssociation, withContact: true, dueInDays: 14);
        Progress(internships, ActionItemStatus.Done, "De rondetafel staat op het programma van de Alliantiedag.", ActionUpdateSource.Team, month.Organiser, month.AfterMeeting(12));
        yield return internships;

        var homework = Item(month, contacts, closing, "Huiswerkbegeleiding uitbreiden naar mbo-studenten", SubSector.Foundation, withContact: false, dueInDays: 30);
        Progress(homework, ActionItemStatus.Dropped, "Geen financiering gevonden voor dit schooljaar; komt terug in de aanvraag voor volgend jaar.",
            ActionUpdateSource.Team, month.Organiser, month.AfterMeeting(15));
        yield return homework;
    }

    /// <summary>An item as the facilitator saved it the morning after; the owner contact is the first of the partner's people in <paramref name="contacts"/>.</summary>
    private static ActionItem Item(DemoLastMonth month, IReadOnlyList<Contact> contacts, string sessionTitle, string what, SubSector owner, bool withContact, int dueInDays)
    {
        var organisation = month.Partner(owner);
        var contact = withContact ? contacts.First(c => c.OrganisationId == organisation.Id) : null;
        var createdAt = month.AfterMeeting(0.5);
        var item = new ActionItem(month.Session(sessionTitle), what, organisation, contact, month.Today.AddDays(dueInDays), createdAt);
        item.Stamp(createdAt);
        return item;
    }

    private static void Progress(
        ActionItem item, ActionItemStatus status, string note, ActionUpdateSource source, TeamMember? by, DateTime atUtc, int? atEventId = null)
    {
        item.Progress(status, note, source, by, atEventId, atUtc);
        item.Stamp(atUtc);
    }
}
