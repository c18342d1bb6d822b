using EventHub.Core.Engagement;
using EventHub.Core.Directory;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Directory;

public class MergeServiceTests
{
    [Fact]
    public async Task Duplicates_FindsNamesThatDifferOnlyInPunctuationAndSamePeopleAtOneOrganisation()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (noord, noordAgain, _) = await ThreeOrganisations(database);
        var contacts = database.Services.GetRequiredService<ContactService>();
        await contacts.CreateAsync(new ContactInput("Anna", "de Vries", "anna@noord.nl", OrganisationId: noord), Staff.Organiser);
        await contacts.CreateAsync(new ContactInput("Anna", "De-Vries", "a.devries@noord.nl", OrganisationId: noord), Staff.Organiser);

        var groups = await database.Services.GetRequiredService<DuplicateFinder>().FindAsync();

        Assert.Equal(2, groups.Count);
        Assert.Equal([noord, noordAgain], groups[0].Candidates.Select(c => c.Id));
        Assert.Equal(MergeKind.Contact, groups[1].Kind);
        Assert.Equal("Stichting Café Noord", groups[1].Context);
    }

    [Fact]
    public async Task MergeOrganisations_MovesContactsAndHistoryToTheSurvivorAndRecordsIt()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (noord, noordAgain, _) = await ThreeOrganisations(database);
        var contacts = database.Services.GetRequiredService<ContactService>();
        var piet = (await contacts.CreateAsync(new ContactInput("Piet", "Bakker", "piet@noord.nl", OrganisationId: noordAgain), Staff.Organiser)).Value;

        var result = await database.Services.GetRequiredService<MergeService>().MergeOrganisationsAsync(noord, noordAgain, Staff.Organiser);

        Assert.True(result.Succeeded);
        await using var db = await database.NewContextAsync();
        Assert.Equal(noord, (await db.Contacts.SingleAsync(c => c.Id == piet)).OrganisationId);
        Assert.All(await db.ContactAffiliations.ToListAsync(), a => Assert.Equal(noord, a.OrganisationId));
        var merged = await db.Organisations.SingleAsync(o => o.Id == noordAgain);
        Assert.Equal(noord, merged.MergedIntoId);
        Assert.True(merged.IsArchived);
        var survivor = await db.Organisations.Include(o => o.Tags).SingleAsync(o => o.Id == noord);
        Assert.Equal("https://noord.nl", survivor.Website); // filled from the merged record
        Assert.Contains(survivor.Tags, t => t.Name == "VVE");
        var record = await db.DirectoryMerges.SingleAsync();
        Assert.Equal(("Stichting Cafe-Noord", Staff.Organiser.DisplayName), (record.MergedName, record.MergedBy));
        Assert.Empty(await database.Services.GetRequiredService<DuplicateFinder>().FindAsync());
        var timeline = await database.Services.GetRequiredService<EngagementTimeline>().ForOrganisationAsync(noord, new TimelineQuery());
        Assert.Contains(timeline.Items, e => e.Kind == TimelineKind.RecordMerged && e.Text == "Stichting Cafe-Noord");
    }

    [Fact]
    public async Task MergeOrganisations_SameRecordOrUnknown_IsRefusedAndChangesNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (noord, _, _) = await ThreeOrganisations(database);
        var merges = database.Services.GetRequiredService<MergeService>();

        Assert.False((await merges.MergeOrganisationsAsync(noord, noord, Staff.Organiser)).Succeeded);
        Assert.False((await merges.MergeOrganisationsAsync(noord, 999, Staff.Organiser)).Succeeded);

        await using var db = await database.NewContextAsync();
        Assert.Empty(await db.DirectoryMerges.ToListAsync());
    }

    [Fact]
    public async Task MergeContacts_KeepsTheSurvivorsEmailAndTakesTheOthersHistory()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (noord, _, library) = await ThreeOrganisations(database);
        var contacts = database.Services.GetRequiredService<ContactService>();
        var anna = (await contacts.CreateAsync(new ContactInput("Anna", "de Vries", "anna@noord.nl", OrganisationId: noord), Staff.Organiser)).Value;
        var annaAgain = (await contacts.CreateAsync(new ContactInput("Anna", "de Vries", "anna@bieb.nl", OrganisationId: library, Phone: "06-11112222"), Staff.Organiser)).Value;

        var result = await database.Services.GetRequiredService<MergeService>().MergeContactsAsync(anna, annaAgain, Staff.Organiser);

        Assert.True(result.Succeeded);
        var details = (await contacts.GetAsync(anna))!;
        Assert.Equal("anna@noord.nl", details.Contact.Email);
        Assert.Equal("06-11112222", details.Contact.Phone);
        Assert.Equal(2, details.History.Count);
        Assert.Equal(0, (await contacts.ListAsync(new ContactQuery(Search: "bieb.nl"))).TotalCount);
        Assert.True((await contacts.CreateAsync(new ContactInput("Anna", "V", "anna@bieb.nl"), Staff.Organiser)).Succeeded); // the merged address is free again
    }

    private static async Task<(int Noord, int NoordAgain, int Library)> ThreeOrganisations(TestDatabase database)
    {
        var organisations = database.Services.GetRequiredService<OrganisationService>();
        var noord = (await organisations.CreateAsync(new OrganisationInput("Stichting Café Noord", Sector.CivilSociety, SubSector.Foundation), Staff.Organiser)).Value;
        var noordAgain = (await organisations.CreateAsync(new OrganisationInput("Stichting Cafe-Noord", Sector.CivilSociety, null, "noord.nl", TagList: ["VVE"]), Staff.Organiser)).Value;
        var library = (await organisations.CreateAsync(new OrganisationInput("Bibliotheek Groningen", Sector.Education, SubSector.Library), Staff.Organiser)).Value;
        return (noord, noordAgain, library);
    }
}
