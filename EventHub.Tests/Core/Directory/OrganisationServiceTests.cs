using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Directory;

public class OrganisationServiceTests
{
    [Fact]
    public async Task Create_ValidInput_SavesEveryFieldAndNormalizesTheWebsite()
    {
        await using var database = await TestDatabase.CreateAsync();
        var organisations = database.Services.GetRequiredService<OrganisationService>();

        var created = await organisations.CreateAsync(new OrganisationInput(
            "Taalhuis Groningen", Sector.Education, SubSector.AdultLearning, "www.taalhuisgroningen.nl",
            "Oude Boteringestraat 18", "Centrum", "Partner sinds 2019", ["Laaggeletterdheid", "VVE"]), Staff.Organiser);

        var details = (await organisations.GetAsync(created.Value))!.Organisation;
        Assert.Equal("https://www.taalhuisgroningen.nl", details.Website);
        Assert.Equal("Centrum", details.Neighbourhood);
        Assert.Equal(["Laaggeletterdheid", "VVE"], details.Tags.Select(t => t.Name).Order());
    }

    [Fact]
    public async Task Create_NameTakenInAnotherCaseOrAccent_PointsToTheExistingOrganisation()
    {
        await using var database = await TestDatabase.CreateAsync();
        var organisations = database.Services.GetRequiredService<OrganisationService>();
        var existing = await organisations.CreateAsync(new OrganisationInput("Stichting Café Noord", Sector.CivilSociety), Staff.Organiser);

        var duplicate = await organisations.CreateAsync(new OrganisationInput("  stichting cafe NOORD ", Sector.CivilSociety), Staff.Organiser);

        Assert.Equal(DirectoryErrors.DuplicateOrganisationName, duplicate.ErrorCode);
        Assert.Equal(existing.Value.ToString(), duplicate.ErrorDetail);
    }

    [Theory]
    [InlineData("", Sector.Education, null, null, DirectoryErrors.Required)]
    [InlineData("Bibliotheek", Sector.Business, SubSector.Library, null, DirectoryErrors.SubSectorMismatch)]
    [InlineData("Bibliotheek", Sector.Education, null, "not a website", DirectoryErrors.WebsiteInvalid)]
    public async Task Create_InvalidInput_IsRefusedWithTheReason(string name, Sector sector, SubSector? subSector, string? website, string expected)
    {
        await using var database = await TestDatabase.CreateAsync();
        var organisations = database.Services.GetRequiredService<OrganisationService>();

        var result = await organisations.CreateAsync(new OrganisationInput(name, sector, subSector, website), Staff.Organiser);

        Assert.Equal(expected, result.ErrorCode);
        Assert.Equal(0, (await organisations.ListAsync(new OrganisationQuery())).TotalCount);
    }

    [Fact]
    public async Task Archive_HidesTheOrganisationFromTheListAndPickersButKeepsIt()
    {
        await using var database = await TestDatabase.CreateAsync();
        var organisations = database.Services.GetRequiredService<OrganisationService>();
        var id = (await organisations.CreateAsync(new OrganisationInput("Buurtcentrum De Hoogte", Sector.CivilSociety), Staff.Organiser)).Value;

        await organisations.ArchiveAsync(id, Staff.Organiser);

        Assert.Equal(0, (await organisations.ListAsync(new OrganisationQuery())).TotalCount);
        Assert.Empty(await organisations.PickAsync("hoogte"));
        Assert.Equal(1, (await organisations.ListAsync(new OrganisationQuery(Archived: true))).TotalCount);
        Assert.True((await organisations.RestoreAsync(id, Staff.Organiser)).Succeeded);
        Assert.Single(await organisations.PickAsync("hoogte"));
    }

    [Fact]
    public async Task List_SearchesNameWebsiteContactDomainAndSubSector()
    {
        await using var database = await TestDatabase.CreateAsync();
        var organisations = database.Services.GetRequiredService<OrganisationService>();
        var contacts = database.Services.GetRequiredService<ContactService>();
        var school = (await organisations.CreateAsync(new OrganisationInput("OBS De Wâlden", Sector.Education, SubSector.Primary, "https://dewalden.nl"), Staff.Organiser)).Value;
        var city = (await organisations.CreateAsync(new OrganisationInput("Gemeente Groningen", Sector.Government, SubSector.Municipality), Staff.Organiser)).Value;
        await contacts.CreateAsync(new ContactInput("Piet", "Bakker", "piet@groningen.nl", OrganisationId: city), Staff.Organiser);

        Assert.Equal([school], await Ids(organisations, new OrganisationQuery(Search: "walden")));
        Assert.Equal([school], await Ids(organisations, new OrganisationQuery(Search: "dewalden.nl")));
        Assert.Equal([city], await Ids(organisations, new OrganisationQuery(Search: "@groningen.nl")));
        Assert.Equal([school], await Ids(organisations, new OrganisationQuery(Search: "basis", SubSectorsMatchingSearch: [SubSector.Primary])));
        Assert.Equal([city], await Ids(organisations, new OrganisationQuery(Sector: Sector.Government)));
    }

    [Fact]
    public async Task List_FiltersByTagAndPagesSortedByName()
    {
        await using var database = await TestDatabase.CreateAsync();
        var organisations = database.Services.GetRequiredService<OrganisationService>();
        for (var i = 1; i <= 30; i++)
        {
            await organisations.CreateAsync(new OrganisationInput($"Partner {i:00}", Sector.Business, TagList: i % 3 == 0 ? ["stagepact"] : []), Staff.Organiser);
        }

        var secondPage = await organisations.ListAsync(new OrganisationQuery(Page: 1, PageSize: 10));
        var tagged = await organisations.ListAsync(new OrganisationQuery(Tag: "STAGEPACT"));

        Assert.Equal(30, secondPage.TotalCount);
        Assert.Equal("Partner 11", secondPage.Items[0].Name);
        Assert.Equal(10, tagged.TotalCount);
        Assert.Equal(["stagepact"], await organisations.ListTagsAsync());
    }

    private static async Task<int[]> Ids(OrganisationService organisations, OrganisationQuery query) =>
        (await organisations.ListAsync(query)).Items.Select(o => o.Id).ToArray();
}
