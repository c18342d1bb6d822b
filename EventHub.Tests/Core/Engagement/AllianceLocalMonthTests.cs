using EventHub.Core.Directory;
using EventHub.Core.Engagement;
using EventHub.Core.Events;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Engagement;

/// <summary>
/// The alliance dashboard puts an event on its month where the alliance is: a night debate at 00:30 on 1 March in
/// Groningen is 23:30 UTC on 28 February, and must show in March, the month the organiser chose.
/// </summary>
public class AllianceLocalMonthTests : IAsyncLifetime
{
    private static readonly DateTime NightStart = SampleEvents.Amsterdam(2027, 3, 1, 0, 30);
    private static readonly DateOnly March = new(2027, 3, 1);

    private TestDatabase _db = default!;

    private AllianceDashboardService Alliance => _db.Services.GetRequiredService<AllianceDashboardService>();

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Participation_OfAnEventJustAfterMidnightOnTheFirst_IsCountedInThatMonth()
    {
        var world = new FeedbackWorld(_db.Services);
        var @event = await world.EventAsync("Nachtdebat", NightStart, EventStatus.Published);
        await world.GuestsAsync(@event, Sector.Government, 5, GuestFate.NoShow);

        var dashboard = await Alliance.ForAsync(March, new DateOnly(2027, 3, 31));

        Assert.Equal([March], dashboard.Months);
        Assert.Equal(5, dashboard.Participation.Where(r => r.Month == March).Sum(r => r.Invited));
        Assert.DoesNotContain(dashboard.Participation, r => r.Month != March);
    }

    [Fact]
    public async Task Themes_OfAnEventJustAfterMidnightOnTheFirst_AreCountedInThatMonth()
    {
        var world = new AllianceWorld(_db.DbFactory, _db.Time.GetUtcNow().UtcDateTime);
        var session = await world.EventAsync("Nachtdebat", NightStart, "Taal");
        await world.OutcomeAsync(session, "Taal");

        var dashboard = await Alliance.ForAsync(March, new DateOnly(2027, 3, 31));

        Assert.Equal([(March, "Taal", 1, 1)], dashboard.Themes.Select(t => (t.Month, t.Name, t.Events, t.Sessions)));
    }
}
