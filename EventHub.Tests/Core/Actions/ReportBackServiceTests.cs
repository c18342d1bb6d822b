using EventHub.Core.Actions;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Actions;

/// <summary>Planning or running the next event brings up the open action items of earlier events that concern it.</summary>
public class ReportBackServiceTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 11, 29);
    private static readonly DateTime September = new(2026, 9, 10, 17, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime January = new(2027, 1, 14, 17, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime March = new(2027, 3, 11, 17, 0, 0, DateTimeKind.Utc);

    private TestDatabase _db = default!;
    private ActionItems _build = default!;

    private ReportBackService ReportBack => _db.Services.GetRequiredService<ReportBackService>();

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _build = new ActionItems(_db.DbFactory, _db.Time.GetUtcNow().UtcDateTime);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task ForEvent_OpenItemsOfEarlierEvents_WithASharedThemeOrAnInvitedOwner()
    {
        var language = await _build.ThemeAsync("Taal");
        var internships = await _build.ThemeAsync("Stages");
        var earlier = await _build.MeetingAsync("Dialoogavond september", September, language);
        var next = await _build.MeetingAsync("Alliantiedag januari", January, language);
        var later = await _build.MeetingAsync("Werkconferentie maart", March, language);
        var (library, _) = await _build.PartnerAsync("Bibliotheek");
        var (school, schoolContact) = await _build.PartnerAsync("Noorderpoort");
        var (municipality, _) = await _build.PartnerAsync("Gemeente");
        var sameTheme = await _build.AddAsync(earlier, "Voorleesuurtjes", library, null, Today.AddDays(10));
        var invitedOwner = await _build.AddAsync(await _build.MeetingAsync("Stagedag", September.AddDays(7), internships), "Stagecoaches werven", school, null, Today.AddDays(20), ActionItemStatus.InProgress);
        await _build.AddAsync(await _build.MeetingAsync("Ander thema", September.AddDays(14), internships), "Niet ons thema", municipality, null, Today.AddDays(5));
        await _build.AddAsync(earlier, "Al klaar", library, null, Today.AddDays(-3), ActionItemStatus.Done);
        await _build.AddAsync(earlier, "Laten vallen", library, null, Today.AddDays(-3), ActionItemStatus.Dropped);
        await _build.AddAsync(later, "Van een latere bijeenkomst", library, null, Today.AddDays(100));
        await _build.AddAsync(next, "Van deze bijeenkomst zelf", library, null, Today.AddDays(60));
        await _build.InviteAsync(next, schoolContact);

        var items = await ReportBack.ForEventAsync(next.EventId);

        Assert.Equal([sameTheme.Id, invitedOwner.Id], items.Select(i => i.Id));
        Assert.Equal(("Dialoogavond september", library.Name), (items[0].EventTitle, items[0].OwnerOrganisation));
    }

    [Fact]
    public async Task ForSession_AddsTheThemesOfThatSessionsOutcome()
    {
        var language = await _build.ThemeAsync("Taal");
        var internships = await _build.ThemeAsync("Stages");
        var earlier = await _build.MeetingAsync("Stagedag", September, internships);
        var next = await _build.MeetingAsync("Alliantiedag januari", January, language);
        var (school, _) = await _build.PartnerAsync("Noorderpoort");
        var item = await _build.AddAsync(earlier, "Stagecoaches werven", school, null, Today.AddDays(20));

        var before = await ReportBack.ForSessionAsync(next.Id);
        await _build.OutcomeThemesAsync(next, internships);
        var after = await ReportBack.ForSessionAsync(next.Id);

        Assert.Empty(before);
        Assert.Equal([item.Id], after.Select(i => i.Id));
        Assert.Empty(await ReportBack.ForEventAsync(next.EventId));
    }

    [Fact]
    public async Task RecordProgress_AtTheNextEvent_IsInTheItemsHistoryWithThatEvent()
    {
        var language = await _build.ThemeAsync("Taal");
        var earlier = await _build.MeetingAsync("Dialoogavond september", September, language);
        var next = await _build.MeetingAsync("Alliantiedag januari", January, language);
        var (library, contact) = await _build.PartnerAsync("Bibliotheek");
        var item = await _build.AddAsync(earlier, "Voorleesuurtjes", library, contact, Today.AddDays(10));
        var token = await _build.LinkAsync(item);
        await _build.FacilitatedByAsync(earlier, Staff.Facilitator);
        var owners = _db.Services.GetRequiredService<ActionOwnerService>();
        await owners.UpdateAsync(token, item.Id, new ActionProgressInput(ActionItemStatus.InProgress, "Gestart in twee wijken", 0));

        var result = await ReportBack.RecordProgressAsync(item.Id, new ActionProgressInput(ActionItemStatus.Done, "Loopt nu in alle wijken", 1), next.EventId, Staff.Facilitator);

        Assert.True(result.Succeeded);
        var detail = (await _db.Services.GetRequiredService<ActionTrackerService>().GetAsync(item.Id))!;
        Assert.Equal(ActionItemStatus.Done, detail.Item.Status);
        Assert.Collection(detail.History,
            latest => Assert.Equal((ActionUpdateSource.ReportBack, next.EventId, "Alliantiedag januari", "Femke Jansen"), (latest.Source, latest.AtEventId, latest.AtEventTitle, latest.By)),
            first => Assert.Equal((ActionUpdateSource.Owner, (int?)null, "Gestart in twee wijken"), (first.Source, first.AtEventId, first.Note)));
        Assert.Empty(await ReportBack.ForEventAsync(next.EventId)); // done: no longer open
    }

    [Fact]
    public async Task RecordProgress_AtAnUnknownEvent_OrByDoorStaff_IsRefused()
    {
        var earlier = await _build.MeetingAsync("Dialoogavond september", September);
        var (library, _) = await _build.PartnerAsync("Bibliotheek");
        var item = await _build.AddAsync(earlier, "Voorleesuurtjes", library, null, Today.AddDays(10));

        var unknown = await ReportBack.RecordProgressAsync(item.Id, new ActionProgressInput(ActionItemStatus.Done, null, 0), 9999, Staff.Organiser);
        var door = await ReportBack.RecordProgressAsync(item.Id, new ActionProgressInput(ActionItemStatus.Done, null, 0), earlier.EventId, Staff.Door);

        Assert.Equal((ActionErrors.UnknownEvent, ActionErrors.NotAllowed), (unknown.ErrorCode, door.ErrorCode));
    }

    [Fact]
    public async Task RecordProgress_ByTheFacilitatorOfATableAtTheNextEvent_IsTakenThere_NotAtAnEventWhereTheyRunNoSession()
    {
        var earlier = await _build.MeetingAsync("Dialoogavond september", September);
        var next = await _build.MeetingAsync("Alliantiedag januari", January);
        var other = await _build.MeetingAsync("Werkconferentie maart", March);
        var (library, _) = await _build.PartnerAsync("Bibliotheek");
        var item = await _build.AddAsync(earlier, "Voorleesuurtjes", library, null, Today.AddDays(10));
        await _build.FacilitatedByAsync(next, Staff.Facilitator); // runs a table at the next event, not the earlier one

        var elsewhere = await ReportBack.RecordProgressAsync(item.Id, new ActionProgressInput(ActionItemStatus.Done, null, 0), other.EventId, Staff.Facilitator);
        var atHerTable = await ReportBack.RecordProgressAsync(item.Id, new ActionProgressInput(ActionItemStatus.InProgress, "Eerste ochtend gehouden", 0), next.EventId, Staff.Facilitator);

        Assert.Equal(ActionErrors.NotYourSession, elsewhere.ErrorCode);
        Assert.True(atHerTable.Succeeded, atHerTable.ErrorCode);
        var detail = (await _db.Services.GetRequiredService<ActionTrackerService>().GetAsync(item.Id))!;
        Assert.Equal(ActionItemStatus.InProgress, detail.Item.Status);
        Assert.Equal(next.EventId, detail.History[0].AtEventId);
    }

    [Fact]
    public async Task ChangeableBy_Organisers_EveryItem_Facilitators_TheItemsOfTheirOwnSessions_OrAllWhereTheyRunATable_DoorStaff_None()
    {
        var language = await _build.ThemeAsync("Taal");
        var femkesTable = await _build.MeetingAsync("Dialoogavond september", September, language);
        var otherTable = await _build.MeetingAsync("Werkconferentie januari", January, language);
        var next = await _build.MeetingAsync("Alliantiedag maart", March, language);
        var (library, _) = await _build.PartnerAsync("Bibliotheek");
        var hers = await _build.AddAsync(femkesTable, "Voorleesuurtjes", library, null, Today.AddDays(10));
        var notHers = await _build.AddAsync(otherTable, "Taalcafé", library, null, Today.AddDays(20));
        await _build.FacilitatedByAsync(femkesTable, Staff.Facilitator);
        var items = await ReportBack.ForEventAsync(next.EventId);

        Assert.Equal([hers.Id, notHers.Id], (await ReportBack.ChangeableByAsync(items, next.EventId, Staff.Organiser)).Order());
        Assert.Equal([hers.Id], await ReportBack.ChangeableByAsync(items, next.EventId, Staff.Facilitator));
        Assert.Empty(await ReportBack.ChangeableByAsync(items, next.EventId, Staff.Door));

        await _build.FacilitatedByAsync(next, Staff.Facilitator); // she runs a table at March's event, where both come up
        Assert.Equal([hers.Id, notHers.Id], (await ReportBack.ChangeableByAsync(items, next.EventId, Staff.Facilitator)).Order());
    }
}
