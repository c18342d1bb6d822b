using EventHub.Core.Directory;
using EventHub.Core.Engagement;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Engagement;

/// <summary>
/// "Invited" means the same on every screen that counts it (<see cref="InvitedRule"/>): an invitation passed on to a
/// colleague counts once (the colleague's), and a withdrawn one not at all — nor is its organisation reached.
/// </summary>
public class InvitedCountsTests : IAsyncLifetime
{
    private TestDatabase _db = default!;
    private FeedbackWorld _world = default!;

    private EventDashboardService EventDashboards => _db.Services.GetRequiredService<EventDashboardService>();

    private AnnualReportService Annual => _db.Services.GetRequiredService<AnnualReportService>();

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

    [Fact]
    public async Task TheAnnualReport_CountsTheInvitedAsTheEventsDashboardDoes_WithoutWithdrawnOrPassedOnInvitations()
    {
        var @event = await _world.EventAsync("Jaarcijfers");
        await _world.GuestsAsync(@event, Sector.Government, 5);
        await InvitationsPassedOn.SubstitutedAsync(_db.DbFactory, @event, Sector.Education);
        await InvitationsPassedOn.WithdrawnAsync(_db.DbFactory, @event, Sector.Business);

        var dashboard = (await EventDashboards.ForAsync(@event.Id))!;
        var report = await Annual.ForYearAsync(2026);

        Assert.Equal(6, dashboard.Total.Invited);
        Assert.Equal(6, Assert.Single(report.Events, e => e.Id == @event.Id).Invited);
    }

    [Fact]
    public async Task TheAnnualReport_DoesNotCountAnOrganisationWhoseOnlyInvitationWasWithdrawn_AsReached()
    {
        var @event = await _world.EventAsync("Jaarcijfers reach");
        await _world.GuestsAsync(@event, Sector.Government, 5); // five people of one organisation
        await InvitationsPassedOn.WithdrawnAsync(_db.DbFactory, @event, Sector.Business);

        var report = await Annual.ForYearAsync(2026);

        Assert.Equal(1, report.Totals.OrganisationsInvited);
        Assert.DoesNotContain(report.Reach, r => r.Sector == Sector.Business);
        Assert.Equal(1, (await EventDashboards.ForAsync(@event.Id))!.Organisations.Invited.Total);
    }
}
