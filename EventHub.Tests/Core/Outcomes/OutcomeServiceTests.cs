using EventHub.Core.Directory;
using EventHub.Core.Outcomes;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Outcomes;

public class OutcomeServiceTests
{
    private static OutcomeDraft Notes(string notes) => OutcomeDraft.Empty with { Notes = notes };

    [Fact]
    public async Task MySessions_Facilitator_SeesOnlyTheirOwnSessionsWithParticipantsAndStatus()
    {
        await using var scenario = await OutcomeScenario.CreateAsync();
        await scenario.Outcomes.SaveAsync(scenario.WorkshopA, Notes("Eerste aantekeningen"), 0, scenario.Femke);

        var before = await scenario.Outcomes.MySessionsAsync(scenario.Femke.UserId);
        scenario.Invitations.Time.Advance(TimeSpan.FromDays(60));
        var after = await scenario.Outcomes.MySessionsAsync(scenario.Femke.UserId);

        var session = Assert.Single(before.Upcoming);
        Assert.Equal(("Workshop A", "Alliantiedag", 3, OutcomeStatus.Draft), (session.Title, session.EventTitle, session.Participants, session.OutcomeStatus));
        Assert.Empty(before.Past);
        Assert.Empty(after.Upcoming);
        Assert.Equal([scenario.WorkshopA], after.Past.Select(s => s.SessionId));
    }

    [Fact]
    public async Task Participants_Facilitator_SeesNameOrganisationAndSectorButNoAccessNeeds()
    {
        await using var scenario = await OutcomeScenario.CreateAsync();

        var participants = (await scenario.Outcomes.ParticipantsAsync(scenario.WorkshopA, scenario.Femke)).Value;

        Assert.Equal(["Partner 000", "Partner 001", "Partner 002"], participants.Select(p => p.Name));
        Assert.Equal(("Gemeente Groningen", Sector.Government), (participants[2].Organisation, participants[2].Sector));
        Assert.All(participants, p => Assert.Null(p.Needs));
    }

    /// <summary>
    /// An outcome page with nothing saved yet fills in the sector mix from who is in the session: it reads the session once
    /// for the page (with its event, room and facilitators) and once to check access, and not again for the mix.
    /// </summary>
    [Fact]
    public async Task Get_ASessionWithNothingSavedYet_ReadsTheSessionNoMoreForItsEmptyDraft()
    {
        var commands = new SqlCommandLog();
        await using var scenario = await OutcomeScenario.CreateAsync(services => services.AddSingleton<IInterceptor>(commands));

        commands.Clear();
        var view = (await scenario.Outcomes.GetAsync(scenario.WorkshopA, scenario.Femke)).Value;
        var pageAndAccess = commands.ReadsFrom("Sessions");
        commands.Clear();
        var participants = (await scenario.Outcomes.ParticipantsAsync(scenario.WorkshopA, scenario.Femke)).Value;

        Assert.Equal(3, view.Record.Draft.SectorMix.Values.Sum());
        Assert.Equal(3, participants.Count);
        Assert.Equal((4, 2), (pageAndAccess, commands.ReadsFrom("Sessions"))); // the page's read is split in three
    }

    [Fact]
    public async Task Participants_OrganiserOfASessionPartner003RegisteredFor_SeesTheirAccessNeeds()
    {
        await using var scenario = await OutcomeScenario.CreateAsync();
        var token = scenario.Invitations.TokenOf(3);
        await scenario.Invitations.Rsvp.RespondAsync(token, new EventHub.Core.Invitations.RsvpAnswer(
            EventHub.Core.Invitations.InvitationStatus.Accepted, [scenario.WorkshopC], PrivacyAccepted: true, Needs: EventHub.Core.Invitations.AccessNeeds.HearingLoop));

        var participants = (await scenario.Outcomes.ParticipantsAsync(scenario.WorkshopC, scenario.Olga)).Value;

        var partner = Assert.Single(participants);
        Assert.Equal(("Partner 003", EventHub.Core.Invitations.AccessNeeds.HearingLoop), (partner.Name, partner.Needs!.Access));
        Assert.Null(partner.Organisation);
    }

    [Fact]
    public async Task AWorkshopNobodyRegisteredFor_HasNobody_InItsListItsCountAndItsSectorMix()
    {
        // Partners are offered every workshop to pick; none registered for Workshop B, so the whole room is not in it.
        await using var scenario = await OutcomeScenario.CreateAsync();

        var participants = (await scenario.Outcomes.ParticipantsAsync(scenario.WorkshopB, scenario.Bas)).Value;
        var mine = await scenario.Outcomes.MySessionsAsync(scenario.Bas.UserId);
        var mix = (await scenario.Outcomes.GetAsync(scenario.WorkshopB, scenario.Bas)).Value.Record.Draft.SectorMix;

        Assert.Empty(participants);
        Assert.Equal(0, mine.Upcoming.Single(s => s.SessionId == scenario.WorkshopB).Participants);
        Assert.Empty(mix);
    }

    [Fact]
    public async Task Get_NothingSavedYet_IsAnEmptyDraftAtVersionZeroWithTheSectorMixOfTheParticipants()
    {
        await using var scenario = await OutcomeScenario.CreateAsync();

        var view = (await scenario.Outcomes.GetAsync(scenario.WorkshopA, scenario.Femke)).Value;

        Assert.Equal((0, OutcomeStatus.Draft, false), (view.Record.Version, view.Record.Status, view.Record.Exists));
        Assert.Equal(2, view.Record.Draft.SectorMix[Sector.Education]);
        Assert.Equal(1, view.Record.Draft.SectorMix[Sector.Government]);
        Assert.Equal(["Femke Jansen"], view.Session.Facilitators);
        Assert.Contains(view.Themes, t => t.Name == "SDG 4 Quality education");
    }

    [Fact]
    public async Task Save_FirstAndThenOnTopOfIt_StoresEverythingAndRaisesTheVersion()
    {
        await using var scenario = await OutcomeScenario.CreateAsync();
        var draft = new OutcomeDraft(
            "## Wat we hoorden\n\nOuders willen meedoen.",
            [new StatementDraft("Ouders zijn de sleutel"), new StatementDraft("Taal begint thuis")],
            [new StatementDraft("We starten een taalcafé")],
            [1, 4],
            new Dictionary<Sector, int> { [Sector.Education] = 5, [Sector.Government] = 2 });

        var first = await scenario.Outcomes.SaveAsync(scenario.WorkshopA, draft, 0, scenario.Femke);
        var second = await scenario.Outcomes.SaveAsync(scenario.WorkshopA, draft with { Insights = [new StatementDraft("Taal begint thuis")] }, 1, scenario.Femke);

        Assert.Equal(1, first.Saved!.Version);
        Assert.Equal(2, second.Saved!.Version);
        var stored = (await scenario.Outcomes.GetAsync(scenario.WorkshopA, scenario.Femke)).Value.Record;
        Assert.Equal((2, "Femke Jansen"), (stored.Version, stored.UpdatedBy));
        Assert.Equal(draft.Notes, stored.Draft.Notes);
        Assert.Equal(["Taal begint thuis"], stored.Draft.Insights.Select(s => s.Text));
        Assert.Equal(["We starten een taalcafé"], stored.Draft.Decisions.Select(s => s.Text));
        Assert.Equal([1, 4], stored.Draft.ThemeIds);
        Assert.Equal(5, stored.Draft.SectorMix[Sector.Education]);
    }

    [Fact]
    public async Task Save_TwoSavesFromTheSameVersion_TheSecondGetsAConflictWithTheStoredRecordAndOverwritesNothing()
    {
        await using var scenario = await OutcomeScenario.CreateAsync();
        await scenario.Outcomes.SaveAsync(scenario.WorkshopA, Notes("Start"), 0, scenario.Femke);

        var femke = await scenario.Outcomes.SaveAsync(scenario.WorkshopA, Notes("Femke's versie"), 1, scenario.Femke);
        var olga = await scenario.Outcomes.SaveAsync(scenario.WorkshopA, Notes("Olga's versie"), 1, scenario.Olga);

        Assert.True(femke.Succeeded);
        Assert.True(olga.IsConflict);
        Assert.Equal(OutcomeErrors.Conflict, olga.ErrorCode);
        Assert.Equal(("Femke's versie", 2, "Femke Jansen"), (olga.Theirs!.Draft.Notes, olga.Theirs.Version, olga.Theirs.UpdatedBy));
        var stored = (await scenario.Outcomes.GetAsync(scenario.WorkshopA, scenario.Olga)).Value.Record;
        Assert.Equal(("Femke's versie", 2), (stored.Draft.Notes, stored.Version));
    }

    [Fact]
    public async Task Save_TwoFirstSavesAtOnce_MakeOneRecordAndOneConflict()
    {
        await using var scenario = await OutcomeScenario.CreateAsync();

        var results = await Task.WhenAll(
            Task.Run(() => scenario.Outcomes.SaveAsync(scenario.WorkshopA, Notes("Tafel 1"), 0, scenario.Femke)),
            Task.Run(() => scenario.Outcomes.SaveAsync(scenario.WorkshopA, Notes("Tafel 2"), 0, scenario.Olga)));

        Assert.Single(results, r => r.Succeeded);
        var conflict = Assert.Single(results, r => r.IsConflict);
        var winner = results.Single(r => r.Succeeded).Saved!;
        Assert.Equal(winner.Draft.Notes, conflict.Theirs!.Draft.Notes);
        await using var db = await scenario.NewContextAsync();
        var stored = await db.SessionOutcomes.SingleAsync();
        Assert.Equal((1, winner.Draft.Notes), (stored.Version, stored.Notes));
    }

    [Fact]
    public async Task Save_FacilitatorOfAnotherSession_IsForbiddenAndNothingIsStored()
    {
        await using var scenario = await OutcomeScenario.CreateAsync();

        var save = await scenario.Outcomes.SaveAsync(scenario.WorkshopA, Notes("Niet mijn sessie"), 0, scenario.Bas);
        var get = await scenario.Outcomes.GetAsync(scenario.WorkshopA, scenario.Bas);
        var participants = await scenario.Outcomes.ParticipantsAsync(scenario.WorkshopA, scenario.Bas);

        Assert.Equal(OutcomeErrors.Forbidden, save.ErrorCode);
        Assert.Equal(OutcomeErrors.Forbidden, get.ErrorCode);
        Assert.Equal(OutcomeErrors.Forbidden, participants.ErrorCode);
        await using var db = await scenario.NewContextAsync();
        Assert.False(await db.SessionOutcomes.AnyAsync());
    }

    [Fact]
    public async Task Save_Organiser_MayEditASessionTheyDoNotFacilitate()
    {
        await using var scenario = await OutcomeScenario.CreateAsync();

        var save = await scenario.Outcomes.SaveAsync(scenario.WorkshopB, Notes("Aangevuld door de organisator"), 0, scenario.Olga);

        Assert.Equal("Olga Bakker", save.Saved!.UpdatedBy);
    }

    [Fact]
    public async Task Save_UnknownSession_IsNotFound()
    {
        await using var scenario = await OutcomeScenario.CreateAsync();

        var save = await scenario.Outcomes.SaveAsync(999, Notes("x"), 0, scenario.Olga);

        Assert.Equal(OutcomeErrors.SessionNotFound, save.ErrorCode);
    }

    public static TheoryData<string, OutcomeDraft, string?> InvalidDrafts => new()
    {
        { OutcomeErrors.StatementTextRequired, OutcomeDraft.Empty with { Decisions = [new StatementDraft("Ok"), new StatementDraft("  ")] }, "2" },
        { OutcomeErrors.StatementTooLong, OutcomeDraft.Empty with { Insights = [new StatementDraft(new string('a', 2001))] }, "1" },
        { OutcomeErrors.NotesTooLong, OutcomeDraft.Empty with { Notes = new string('n', 50_001) }, "50000" },
        { OutcomeErrors.NegativeSectorCount, OutcomeDraft.Empty with { SectorMix = new Dictionary<Sector, int> { [Sector.Business] = -1 } }, null },
        { OutcomeErrors.UnknownTheme, OutcomeDraft.Empty with { ThemeIds = [9999] }, null },
    };

    [Theory]
    [MemberData(nameof(InvalidDrafts))]
    public async Task Save_InvalidDraft_IsRefusedWithAClearReason(string code, OutcomeDraft draft, string? detail)
    {
        await using var scenario = await OutcomeScenario.CreateAsync();

        var save = await scenario.Outcomes.SaveAsync(scenario.WorkshopA, draft, 0, scenario.Femke);

        Assert.Equal((code, detail), (save.ErrorCode, save.ErrorDetail));
        Assert.False(save.IsConflict);
    }
}
