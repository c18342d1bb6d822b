using System.Globalization;
using CsvHelper;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Door;
using EventHub.Core.Engagement;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static EventHub.Tests.Core.Door.CheckInServiceTests;

namespace EventHub.Tests.Core.Invitations;

/// <summary>
/// A guest who declined and was let in at the door was there: every place that turns a guest into a status says so
/// (GuestStanding) — the guest list's filter and counts, its file, the answer counts of the invitations page, the event
/// page and Home, and the declines of the sector balance and the dashboard. Nobody who came counts as "not coming".
/// </summary>
public class GuestStandingTests
{
    [Fact]
    public async Task ADeclinedGuestAdmittedAtTheDoor_CountsAsComing_NotAsDeclined_InEveryCount()
    {
        // Partner 000 accepted, 001 and 002 declined; 001 came after all and was let in at the door.
        await using var scenario = await AtTheDoorAsync(invitees: 3, accepted: [0],
            otherAnswers: new() { [1] = InvitationStatus.Declined, [2] = InvitationStatus.Declined });
        Assert.True((await CheckIns(scenario).AdmitAsync(scenario.EventId, await InvitationIdOfAsync(scenario, 1), Staff.Door)).Succeeded);
        var guests = scenario.Services.GetRequiredService<GuestListService>();
        var invitations = scenario.Services.GetRequiredService<InvitationService>();

        var chips = await guests.StatusCountsAsync(scenario.EventId);
        var answers = await invitations.CountsAsync(scenario.EventId);
        var home = Assert.Single(await scenario.Services.GetRequiredService<ResponseOverviewService>().ListUpcomingAsync(5), e => e.Event.Id == scenario.EventId);
        var balance = await invitations.SectorBalanceAsync(scenario.EventId);
        var dashboard = (await scenario.Services.GetRequiredService<EventDashboardService>().ForAsync(scenario.EventId))!;

        Assert.Equal((2, 1), (chips[InvitationStatus.Accepted], chips[InvitationStatus.Declined]));
        Assert.Equal((2, 1), (answers.Accepted, answers.Declined));
        Assert.Equal((2, 1), (home.Responses.Accepted, home.Responses.Declined));
        Assert.Equal((2, 1, 1), (balance.Sum(s => s.Accepted), balance.Sum(s => s.Declined), balance.Sum(s => s.Attended)));
        Assert.Equal(1, dashboard.Declines.Sum(d => d.Count));
        Assert.Equal((0, 1, 1), (dashboard.Arrivals.Arrived, dashboard.Arrivals.Admitted, dashboard.Total.Attended));
    }

    [Fact]
    public async Task TheStatusFilter_FindsWhatTheCountsCount_AGuestWhoCameUnderComingAndNeverUnderTheirAnswer()
    {
        await using var scenario = await AtTheDoorAsync(invitees: 3, accepted: [0],
            otherAnswers: new() { [1] = InvitationStatus.Declined, [2] = InvitationStatus.Declined });
        Assert.True((await CheckIns(scenario).AdmitAsync(scenario.EventId, await InvitationIdOfAsync(scenario, 1), Staff.Door)).Succeeded);
        var guests = scenario.Services.GetRequiredService<GuestListService>();

        async Task<string[]> NamesAsync(InvitationStatus status) =>
            (await guests.ListAsync(scenario.EventId, new GuestQuery(status))).Items.Select(r => r.Name).Order().ToArray();

        Assert.Equal(["Partner 000", "Partner 001"], await NamesAsync(InvitationStatus.Accepted));
        Assert.Equal(["Partner 002"], await NamesAsync(InvitationStatus.Declined));
        var admitted = Assert.Single((await guests.ListAsync(scenario.EventId, new GuestQuery(CheckedIn: true))).Items);
        Assert.Equal((InvitationStatus.Declined, ArrivalKind.Admitted), (admitted.Status, admitted.Arrival)); // the answer stays what the partner said
    }

    [Fact]
    public async Task TheRuleInSql_AndTheRuleInCode_AgreeForEveryAnswer_CheckedInOrNot()
    {
        await using var database = await TestDatabase.CreateAsync();
        var now = database.Time.GetUtcNow().UtcDateTime;
        var @event = new Event("Gelijke kansen", now.AddDays(30), now.AddDays(30).AddHours(3));
        var seeded = new List<(InvitationStatus Answer, bool CheckedIn, string Email)>();
        await using (var db = await database.NewContextAsync())
        {
            db.Events.Add(@event);
            foreach (var answer in Enum.GetValues<InvitationStatus>())
            {
                foreach (var checkedIn in new[] { false, true })
                {
                    var email = $"{answer}.{checkedIn}@example.org".ToLowerInvariant();
                    var invitation = new Invitation(@event, new Contact("Gast", $"{answer} {checkedIn}", email, Language.Nl, now), now);
                    db.Invitations.Add(invitation);
                    // Straight to the state: the rule is tested here, not how an invitation gets there.
                    db.Entry(invitation).Property(i => i.Status).CurrentValue = answer;
                    db.Entry(invitation).Property(i => i.CheckedInAtUtc).CurrentValue = checkedIn ? now : null;
                    seeded.Add((answer, checkedIn, email));
                }
            }

            await db.SaveChangesAsync();
        }

        var guests = database.Services.GetRequiredService<GuestListService>();
        var counts = await guests.StatusCountsAsync(@event.Id);
        foreach (var status in Enum.GetValues<InvitationStatus>())
        {
            var found = (await guests.ListAsync(@event.Id, new GuestQuery(status, PageSize: 100))).Items.Select(r => r.Email).Order().ToList();
            var expected = seeded.Where(s => GuestStanding.CountsAs(s.Answer, s.CheckedIn) == status).Select(s => s.Email).Order().ToList();
            Assert.Equal(expected, found);
            Assert.Equal(expected.Count, counts[status]);
        }
    }

    [Theory]
    [InlineData(Language.En, "Checked in", "Not coming", "Admitted at the door")]
    [InlineData(Language.Nl, "Aanwezig", "Komt niet", "Bij de deur toegelaten")]
    public async Task TheGuestListFile_SaysADeclinedGuestWhoWasLetIn_WasThere(Language language, string checkedIn, string declined, string admitted)
    {
        await using var scenario = await AtTheDoorAsync(invitees: 3, accepted: [0],
            otherAnswers: new() { [1] = InvitationStatus.Declined, [2] = InvitationStatus.Declined });
        var checkIns = CheckIns(scenario);
        Assert.True((await checkIns.CheckInAsync(scenario.EventId, await InvitationIdOfAsync(scenario, 0), Staff.Door)).Succeeded);
        Assert.True((await checkIns.AdmitAsync(scenario.EventId, await InvitationIdOfAsync(scenario, 1), Staff.Door)).Succeeded);

        var rows = await ExportAsync(scenario, language);

        var header = rows[0];
        var status = Array.IndexOf(header, "Status");
        var cameInAs = Array.IndexOf(header, language == Language.Nl ? "Binnengekomen als" : "Came in as");
        var byName = rows.Skip(1).ToDictionary(r => r[0], r => (Status: r[status], CameInAs: r[cameInAs]));
        Assert.Equal((checkedIn, language == Language.Nl ? "Verwacht" : "Expected"), byName["Partner 000"]);
        Assert.Equal((checkedIn, admitted), byName["Partner 001"]);
        Assert.Equal((declined, ""), byName["Partner 002"]);
    }

    private static async Task<List<string[]>> ExportAsync(InvitationScenario scenario, Language language)
    {
        using var file = new MemoryStream();
        Assert.True(await scenario.Services.GetRequiredService<GuestListExportService>()
            .WriteAsync(scenario.EventId, new GuestQuery(), file, new ExportOptions(language, CsvDelimiter.Semicolon)));
        using var reader = CsvReader.Create(new ReadOnlyMemory<byte>(file.ToArray()[3..]), new CsvReaderOptions { Separator = ';', HasHeader = false });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        }

        return rows;
    }
}
