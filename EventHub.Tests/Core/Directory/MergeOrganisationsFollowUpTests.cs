using EventHub.Core.Engagement;
using EventHub.Core.Directory;
using EventHub.Core.Outcomes;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Directory;

/// <summary>
/// An organiser merges two records of one organisation: what the alliance agreed with it (action items, decisions that
/// name it) and the email domains its people write from follow it to the record that stays.
/// </summary>
public class MergeOrganisationsFollowUpTests
{
    private static readonly DateTime Now = TestDatabase.DefaultNow.UtcDateTime;

    [Fact]
    public async Task MergingOrganisations_ActionItemsDecisionsAndEmailDomainsOfTheMergedRecord_MoveToTheSurvivor()
    {
        await using var database = await TestDatabase.CreateAsync();
        var organisations = database.Services.GetRequiredService<OrganisationService>();
        var noord = (await organisations.CreateAsync(new OrganisationInput("Stichting Noord", Sector.CivilSociety, EmailDomains: "noord.nl"), Staff.Organiser)).Value;
        var noordAgain = (await organisations.CreateAsync(new OrganisationInput("Stichting Noord (oud)", Sector.CivilSociety, EmailDomains: "stichtingnoord.nl"), Staff.Organiser)).Value;
        var session = await new ActionItems(database.DbFactory, Now).MeetingAsync("Alliantiedag", Now.AddDays(-30));
        await new RecordedSession()
            .Named(StatementKind.Decision, "Taalhuis in het buurthuis", "Stichting Noord (oud)")
            .Named(StatementKind.Insight, "Ouders vinden de weg via school", "Stichting Noord", "Stichting Noord (oud)")
            .Action("Taalhuis openen", "Stichting Noord (oud)", DateOnly.FromDateTime(Now.AddDays(10)))
            .SaveAsync(database.DbFactory, session.Id, Now);

        var merged = await database.Services.GetRequiredService<MergeService>().MergeOrganisationsAsync(noord, noordAgain, Staff.Organiser);

        Assert.True(merged.Succeeded);
        await using var db = await database.NewContextAsync();
        Assert.Equal(noord, (await db.ActionItems.SingleAsync()).OwnerOrganisationId);
        var statements = await db.OutcomeStatements.Include(s => s.NamedOrganisations).OrderBy(s => s.SortOrder).ToListAsync();
        Assert.All(statements, s => Assert.Equal([noord], s.NamedOrganisations.Select(o => o.Id)));
        Assert.Equal("noord.nl, stichtingnoord.nl", (await db.Organisations.SingleAsync(o => o.Id == noord)).EmailDomains);
        var timeline = await database.Services.GetRequiredService<EngagementTimeline>().ForOrganisationAsync(noord, new TimelineQuery());
        Assert.Contains(timeline.Items, e => e.Kind == TimelineKind.ActionItemOwned && e.Text == "Taalhuis openen");
        Assert.Contains(timeline.Items, e => e.Kind == TimelineKind.DecisionNamed && e.Text == "Taalhuis in het buurthuis");
    }

    [Fact]
    public async Task Duplicates_AnArchivedOldRecordAndTheLiveOne_KeepsTheLiveOneByDefault_AndSaysWhichIsArchived()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (old, current) = await ArchivedOldAndLiveAsync(database);

        var group = Assert.Single(await database.Services.GetRequiredService<DuplicateFinder>().FindAsync());

        Assert.Equal([(current, false), (old, true)], group.Candidates.Select(c => (c.Id, c.IsArchived)));
    }

    [Fact]
    public async Task MergingTheLiveOrganisationIntoItsArchivedOldRecord_BringsTheOldRecordBackIntoTheLists()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (old, current) = await ArchivedOldAndLiveAsync(database);
        var organisations = database.Services.GetRequiredService<OrganisationService>();

        var merged = await database.Services.GetRequiredService<MergeService>().MergeOrganisationsAsync(old, current, Staff.Organiser);

        Assert.True(merged.Succeeded);
        var list = await organisations.ListAsync(new OrganisationQuery());
        Assert.Equal([old], list.Items.Select(o => o.Id));
        var piet = await database.Services.GetRequiredService<ContactService>().ListAsync(new ContactQuery(Search: "Piet"));
        Assert.Equal(1, piet.TotalCount);
    }

    [Fact]
    public async Task MergingALiveContactIntoTheirArchivedOldRecord_BringsTheOldRecordBackIntoTheLists()
    {
        await using var database = await TestDatabase.CreateAsync();
        var contacts = database.Services.GetRequiredService<ContactService>();
        var school = (await database.Services.GetRequiredService<OrganisationService>()
            .CreateAsync(new OrganisationInput("Basisschool De Regenboog", Sector.Education), Staff.Organiser)).Value;
        var old = (await contacts.CreateAsync(new ContactInput("Piet", "Bakker", "piet@regenboog.nl", OrganisationId: school), Staff.Organiser)).Value;
        Assert.True((await contacts.ArchiveAsync(old, Staff.Organiser)).Succeeded);
        var current = (await contacts.CreateAsync(new ContactInput("Piet", "Bakker", "p.bakker@regenboog.nl", OrganisationId: school), Staff.Organiser)).Value;
        var group = Assert.Single(await database.Services.GetRequiredService<DuplicateFinder>().FindAsync());
        Assert.Equal([current, old], group.Candidates.Select(c => c.Id));

        var merged = await database.Services.GetRequiredService<MergeService>().MergeContactsAsync(old, current, Staff.Organiser);

        Assert.True(merged.Succeeded);
        var list = await contacts.ListAsync(new ContactQuery(Search: "Bakker"));
        Assert.Equal([old], list.Items.Select(c => c.Id));
    }

    /// <summary>"Stichting Café Noord", archived long ago, and "Stichting Cafe-Noord", entered later, where Piet works now.</summary>
    private static async Task<(int Old, int Current)> ArchivedOldAndLiveAsync(TestDatabase database)
    {
        var organisations = database.Services.GetRequiredService<OrganisationService>();
        var old = (await organisations.CreateAsync(new OrganisationInput("Stichting Café Noord", Sector.CivilSociety), Staff.Organiser)).Value;
        Assert.True((await organisations.ArchiveAsync(old, Staff.Organiser)).Succeeded);
        database.Time.Advance(TimeSpan.FromDays(200));
        var current = (await organisations.CreateAsync(new OrganisationInput("Stichting Cafe-Noord", Sector.CivilSociety), Staff.Organiser)).Value;
        Assert.True((await database.Services.GetRequiredService<ContactService>()
            .CreateAsync(new ContactInput("Piet", "Bakker", "piet@noord.nl", OrganisationId: current), Staff.Organiser)).Succeeded);
        return (old, current);
    }
}
