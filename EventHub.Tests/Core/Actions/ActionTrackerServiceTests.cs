using EventHub.Core.Actions;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Actions;

/// <summary>Organisers and facilitators follow every action item across events: filters, counts, history, progress.</summary>
public class ActionTrackerServiceTests : IAsyncLifetime
{
    // TestDatabase's clock: 29 November 2026, 10:00 in Amsterdam.
    private static readonly DateOnly Today = new(2026, 11, 29);

    private TestDatabase _db = default!;
    private ActionItems _build = default!;

    private ActionTrackerService Tracker => _db.Services.GetRequiredService<ActionTrackerService>();

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _build = new ActionItems(_db.DbFactory, _db.Time.GetUtcNow().UtcDateTime);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task List_FiltersByOwnerStatusEventThemeAndText()
    {
        var language = await _build.ThemeAsync("Taal");
        var internships = await _build.ThemeAsync("Stages");
        var september = await _build.MeetingAsync("Dialoogavond september", new DateTime(2026, 9, 10, 17, 0, 0, DateTimeKind.Utc), language);
        var october = await _build.MeetingAsync("Dialoogavond oktober", new DateTime(2026, 10, 8, 17, 0, 0, DateTimeKind.Utc), internships);
        var (library, _) = await _build.PartnerAsync("Bibliotheek");
        var (school, _) = await _build.PartnerAsync("Noorderpoort");
        var reading = await _build.AddAsync(september, "Voorleesuurtjes in de wijk", library, null, Today.AddDays(10));
        var coaching = await _build.AddAsync(october, "Stagecoaches werven", school, null, Today.AddDays(20), ActionItemStatus.InProgress);
        var leaflet = await _build.AddAsync(october, "Folder vertalen", library, null, Today.AddDays(5), ActionItemStatus.Done);

        Assert.Equal([leaflet.Id, reading.Id], await IdsAsync(new ActionQuery(OwnerOrganisationId: library.Id)));
        Assert.Equal([coaching.Id], await IdsAsync(new ActionQuery(Status: ActionItemStatus.InProgress)));
        Assert.Equal([leaflet.Id, coaching.Id], await IdsAsync(new ActionQuery(EventId: october.EventId)));
        Assert.Equal([reading.Id], await IdsAsync(new ActionQuery(ThemeId: language.Id)));
        Assert.Equal([coaching.Id], await IdsAsync(new ActionQuery(Search: "stagecoach")));
        Assert.Equal([coaching.Id], await IdsAsync(new ActionQuery(Search: "noorderpoort")));
    }

    [Fact]
    public async Task List_SearchIgnoresCaseAndAccents_InTheItemTheSessionAndTheEvent()
    {
        var session = await _build.MeetingAsync("Coördinatieavond", new DateTime(2026, 9, 10, 17, 0, 0, DateTimeKind.Utc));
        var (owner, _) = await _build.PartnerAsync("Bibliotheek");
        var informed = await _build.AddAsync(session, "Ouders geïnformeerd over Één Loket", owner, null, Today.AddDays(10));

        foreach (var typed in new[] { "geinformeerd", "GEÏNFORMEERD", "een loket", "coordinatieavond", "tafel bij coördinatie" })
        {
            Assert.Equal([informed.Id], await IdsAsync(new ActionQuery(Search: typed)));
        }
    }

    [Fact]
    public async Task List_SearchForAPersonsName_FindsTheItemsTheyOwn()
    {
        var session = await _build.MeetingAsync("Dialoogavond", new DateTime(2026, 9, 10, 17, 0, 0, DateTimeKind.Utc));
        var (library, sanne) = await _build.PartnerAsync("Bibliotheek");
        var (school, _) = await _build.PartnerAsync("Noorderpoort");
        var hers = await _build.AddAsync(session, "Voorleesuurtjes in de wijk", library, sanne, Today.AddDays(10));
        await _build.AddAsync(session, "Stagecoaches werven", school, null, Today.AddDays(20));

        // The tracker shows "Sanne de Wit" under her organisation; typing her name finds what she took on.
        Assert.Equal([hers.Id], await IdsAsync(new ActionQuery(Search: "sanne de wit")));
    }

    [Fact]
    public async Task List_SortsByDueDateByDefault_AndPagesOnTheServer()
    {
        var session = await _build.MeetingAsync("Dialoogavond", new DateTime(2026, 9, 10, 17, 0, 0, DateTimeKind.Utc));
        var (owner, contact) = await _build.PartnerAsync("Bibliotheek");
        foreach (var days in new[] { 30, 10, 20 })
        {
            await _build.AddAsync(session, $"Over {days} dagen", owner, contact, Today.AddDays(days));
        }

        var first = await Tracker.ListAsync(new ActionQuery(PageSize: 2));
        var second = await Tracker.ListAsync(new ActionQuery(Page: 1, PageSize: 2));

        Assert.Equal(3, first.TotalCount);
        Assert.Equal(["Over 10 dagen", "Over 20 dagen"], first.Items.Select(r => r.What));
        Assert.Equal(["Over 30 dagen"], second.Items.Select(r => r.What));
        var row = first.Items[0];
        Assert.Equal((owner.Name, "Sanne de Wit", "Dialoogavond", "Tafel bij Dialoogavond"), (row.OwnerOrganisation, row.OwnerContactName, row.EventTitle, row.SessionTitle));
    }

    [Fact]
    public async Task Counts_PerStatusWithTheOtherFilters_AndOverdue()
    {
        var session = await _build.MeetingAsync("Dialoogavond", new DateTime(2026, 9, 10, 17, 0, 0, DateTimeKind.Utc));
        var (library, _) = await _build.PartnerAsync("Bibliotheek");
        var (school, _) = await _build.PartnerAsync("Noorderpoort");
        await _build.AddAsync(session, "Te laat", library, null, Today.AddDays(-1));
        await _build.AddAsync(session, "Bezig en te laat", library, null, Today.AddDays(-3), ActionItemStatus.InProgress);
        await _build.AddAsync(session, "Klaar, datum voorbij", library, null, Today.AddDays(-5), ActionItemStatus.Done);
        await _build.AddAsync(session, "Vandaag", library, null, Today);
        await _build.AddAsync(session, "Andere eigenaar", school, null, Today.AddDays(-2));

        var counts = await Tracker.CountsAsync(new ActionQuery(OwnerOrganisationId: library.Id, Status: ActionItemStatus.Open));
        var overdueOnly = await Tracker.ListAsync(new ActionQuery(OwnerOrganisationId: library.Id, OverdueOnly: true));

        Assert.Equal(2, counts.ByStatus[ActionItemStatus.Open]);
        Assert.Equal(1, counts.ByStatus[ActionItemStatus.InProgress]);
        Assert.Equal(1, counts.ByStatus[ActionItemStatus.Done]);
        Assert.Equal(0, counts.ByStatus[ActionItemStatus.Dropped]);
        Assert.Equal(1, counts.Overdue); // the open one of the library; the status filter still applies
        Assert.Equal(["Bezig en te laat", "Te laat"], overdueOnly.Items.Select(r => r.What));
        Assert.All(overdueOnly.Items, r => Assert.True(r.IsOverdue));
    }

    [Fact]
    public async Task Overdue_IsDecidedByTheDateInAmsterdam()
    {
        var session = await _build.MeetingAsync("Dialoogavond", new DateTime(2026, 9, 10, 17, 0, 0, DateTimeKind.Utc));
        var (owner, _) = await _build.PartnerAsync("Bibliotheek");
        await _build.AddAsync(session, "Vandaag af", owner, null, Today);

        _db.Time.SetUtcNow(new DateTimeOffset(2026, 11, 29, 22, 30, 0, TimeSpan.Zero)); // 23:30 in Amsterdam, still the due day
        var lateEvening = await Tracker.CountsAsync(new ActionQuery());
        _db.Time.SetUtcNow(new DateTimeOffset(2026, 11, 29, 23, 30, 0, TimeSpan.Zero)); // 00:30 on the 30th in Amsterdam, still the 29th in UTC
        var pastMidnight = await Tracker.CountsAsync(new ActionQuery());

        Assert.Equal((0, 1), (lateEvening.Overdue, pastMidnight.Overdue));
    }

    [Fact]
    public async Task ThemeFilter_UsesTheOutcomesThemes_BeforeTheEventsThemes()
    {
        var language = await _build.ThemeAsync("Taal");
        var internships = await _build.ThemeAsync("Stages");
        var tagged = await _build.MeetingAsync("Dialoogavond", new DateTime(2026, 9, 10, 17, 0, 0, DateTimeKind.Utc), language);
        var (owner, _) = await _build.PartnerAsync("Bibliotheek");
        var item = await _build.AddAsync(tagged, "Stageplekken in de bibliotheek", owner, null, Today.AddDays(10));
        await _build.OutcomeThemesAsync(tagged, internships);

        Assert.Equal([item.Id], await IdsAsync(new ActionQuery(ThemeId: internships.Id)));
        Assert.Empty(await IdsAsync(new ActionQuery(ThemeId: language.Id)));
    }

    [Fact]
    public async Task RecordProgress_ByTheTeam_IsInTheHistoryWithTheirName()
    {
        var session = await _build.MeetingAsync("Dialoogavond", new DateTime(2026, 9, 10, 17, 0, 0, DateTimeKind.Utc));
        var (owner, _) = await _build.PartnerAsync("Bibliotheek");
        var item = await _build.AddAsync(session, "Voorleesuurtjes", owner, null, Today.AddDays(10));
        await _build.FacilitatedByAsync(session, Staff.Facilitator);

        var result = await Tracker.RecordProgressAsync(item.Id, new ActionProgressInput(ActionItemStatus.InProgress, "  Eerste uurtje gepland  ", 0), Staff.Facilitator);

        Assert.True(result.Succeeded);
        var detail = (await Tracker.GetAsync(item.Id))!;
        Assert.Equal((ActionItemStatus.InProgress, 1), (detail.Item.Status, detail.Item.Version));
        var entry = Assert.Single(detail.History);
        Assert.Equal(("Eerste uurtje gepland", ActionUpdateSource.Team, "Femke Jansen"), (entry.Note, entry.Source, entry.By));
    }

    [Fact]
    public async Task RecordProgress_FromAStaleVersion_IsRefusedAndOverwritesNothing()
    {
        var session = await _build.MeetingAsync("Dialoogavond", new DateTime(2026, 9, 10, 17, 0, 0, DateTimeKind.Utc));
        var (owner, _) = await _build.PartnerAsync("Bibliotheek");
        var item = await _build.AddAsync(session, "Voorleesuurtjes", owner, null, Today.AddDays(10));
        await _build.FacilitatedByAsync(session, Staff.Facilitator);
        await Tracker.RecordProgressAsync(item.Id, new ActionProgressInput(ActionItemStatus.Done, "Klaar", 0), Staff.Organiser);

        var stale = await Tracker.RecordProgressAsync(item.Id, new ActionProgressInput(ActionItemStatus.Dropped, "Gaat niet door", 0), Staff.Facilitator);

        Assert.Equal(ActionErrors.Stale, stale.ErrorCode);
        var detail = (await Tracker.GetAsync(item.Id))!;
        Assert.Equal(ActionItemStatus.Done, detail.Item.Status);
        Assert.Equal(["Klaar"], detail.History.Select(h => h.Note));
    }

    [Fact]
    public async Task RecordProgress_NothingNew_OrByDoorStaff_IsRefused()
    {
        var session = await _build.MeetingAsync("Dialoogavond", new DateTime(2026, 9, 10, 17, 0, 0, DateTimeKind.Utc));
        var (owner, _) = await _build.PartnerAsync("Bibliotheek");
        var item = await _build.AddAsync(session, "Voorleesuurtjes", owner, null, Today.AddDays(10));

        var nothing = await Tracker.RecordProgressAsync(item.Id, new ActionProgressInput(ActionItemStatus.Open, " ", 0), Staff.Organiser);
        var door = await Tracker.RecordProgressAsync(item.Id, new ActionProgressInput(ActionItemStatus.Done, "Klaar", 0), Staff.Door);

        Assert.Equal((ActionErrors.NothingToRecord, ActionErrors.NotAllowed), (nothing.ErrorCode, door.ErrorCode));
        Assert.Empty((await Tracker.GetAsync(item.Id))!.History);
    }

    [Fact]
    public async Task RecordProgress_ByAFacilitatorOfAnotherSession_IsRefused_WhileTheirOwnSessionsItemChanges()
    {
        var theirs = await _build.MeetingAsync("Dialoogavond", new DateTime(2026, 9, 10, 17, 0, 0, DateTimeKind.Utc));
        var others = await _build.MeetingAsync("Werkconferentie", new DateTime(2026, 9, 17, 17, 0, 0, DateTimeKind.Utc));
        var (owner, _) = await _build.PartnerAsync("Bibliotheek");
        var own = await _build.AddAsync(theirs, "Voorleesuurtjes", owner, null, Today.AddDays(10));
        var notOwn = await _build.AddAsync(others, "Taalcafé", owner, null, Today.AddDays(10));
        await _build.FacilitatedByAsync(theirs, Staff.Facilitator);

        var refused = await Tracker.RecordProgressAsync(notOwn.Id, new ActionProgressInput(ActionItemStatus.Dropped, "Gaat niet door", 0), Staff.Facilitator);
        var allowed = await Tracker.RecordProgressAsync(own.Id, new ActionProgressInput(ActionItemStatus.Done, "Klaar", 0), Staff.Facilitator);
        var byOrganiser = await Tracker.RecordProgressAsync(notOwn.Id, new ActionProgressInput(ActionItemStatus.InProgress, null, 0), Staff.Organiser);

        Assert.Equal((ActionErrors.NotYourSession, true, true), (refused.ErrorCode, allowed.Succeeded, byOrganiser.Succeeded));
        Assert.Equal(ActionItemStatus.InProgress, (await Tracker.GetAsync(notOwn.Id))!.Item.Status);
        Assert.Equal(ActionItemStatus.Done, (await Tracker.GetAsync(own.Id))!.Item.Status);
    }

    private async Task<List<int>> IdsAsync(ActionQuery query) => (await Tracker.ListAsync(query)).Items.Select(r => r.Id).ToList();
}
