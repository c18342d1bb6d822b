using EventHub.Core.Directory;
using EventHub.Core.Engagement;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Engagement;

/// <summary>
/// "Invited" means the same on every screen that counts it (<see cref="InvitedRule"/>): an invitation passed on to a
/// colleague counts once (the colleague's), and a withdrawn one not at all.
/// </summary>
public class InvitedCountsTests : IAsyncLifetime
{
    private TestDatabase _db = default!;
    private FeedbackWorld _world = default!;

    private EventDashboardService EventDashboards => _db.Services.GetRequiredService<EventDashboardService>();

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = new FeedbackWorld(_db.Services);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task AColleagueSubstitution_CountsOnceAsInvited_OnTheAllianceDashboard_AsOnTheEventsOwn()
    {
        var @event = await _world.EventAsync("Vervanging");
        await _world.GuestsAsync(@event, Sector.Government, 5);
        await InvitationsPassedOn.SubstitutedAsync(_db.DbFactory, @event, Sector.Education);

        var dashboard = (await EventDashboards.ForAsync(@event.Id))!;
        var alliance = await _db.Services.GetRequiredService<AllianceDashboardService>().ForAsync(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));

        Assert.Equal(6, dashboard.Total.Invited);
        Assert.Equal(6, alliance.Participation.Sum(r => r.Invited));
        Assert.Equal(1, alliance.Participation.Where(r => r.Sector == Sector.Education).Sum(r => r.Invited));
    }
}
