using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Directory;

public class ContactServiceTests
{
    [Fact]
    public async Task Create_EmailAlreadyUsedInAnotherCase_PointsToTheExistingContact()
    {
        await using var database = await TestDatabase.CreateAsync();
        var contacts = database.Services.GetRequiredService<ContactService>();
        var anna = await contacts.CreateAsync(new ContactInput("Anna", "de Vries", "Anna@Gemeente.nl"), Staff.Organiser);

        var duplicate = await contacts.CreateAsync(new ContactInput("Anne", "Vries", " anna@gemeente.NL"), Staff.Organiser);

        Assert.Equal(DirectoryErrors.DuplicateEmail, duplicate.ErrorCode);
        Assert.Equal(anna.Value.ToString(), duplicate.ErrorDetail);
    }

    [Fact]
    public async Task SameName_FindsThoseWithTheNameTyped_InAnyCaseOrAccent_ArchivedOnesLast_NotTheContactItself()
    {
        await using var database = await TestDatabase.CreateAsync();
        var contacts = database.Services.GetRequiredService<ContactService>();
        var archived = (await contacts.CreateAsync(new ContactInput("Jan", "de Vries", "jan@oud.example"), Staff.Organiser)).Value;
        await contacts.ArchiveAsync(archived, Staff.Organiser);
        var current = (await contacts.CreateAsync(new ContactInput("Jan", "De Vriës", "jan@school.example"), Staff.Organiser)).Value;
        await contacts.CreateAsync(new ContactInput("Jan", "Vries", "jan@elders.example"), Staff.Organiser);

        var typed = await contacts.SameNameAsync(" jan ", "DE VRIES", exceptId: null);
        var editing = await contacts.SameNameAsync("Jan", "de Vries", exceptId: current);

        Assert.Equal([(current, false), (archived, true)], typed.Select(m => (m.Id, m.IsArchived)));
        Assert.Equal([archived], editing.Select(m => m.Id));
        Assert.Empty(await contacts.SameNameAsync("Jan", "", exceptId: null));
    }

    [Theory]
    [InlineData("anna@", DirectoryErrors.EmailInvalid)]
    [InlineData("anna@localhost", DirectoryErrors.EmailInvalid)]
    [InlineData("", DirectoryErrors.Required)]
    public async Task Create_BadEmail_IsRefused(string email, string expected)
    {
        await using var database = await TestDatabase.CreateAsync();
        var contacts = database.Services.GetRequiredService<ContactService>();

        var result = await contacts.CreateAsync(new ContactInput("Anna", "de Vries", email), Staff.Organiser);

        Assert.Equal(expected, result.ErrorCode);
    }

    [Fact]
    public async Task Create_AtAnArchivedOrganisation_IsRefused()
    {
        await using var database = await TestDatabase.CreateAsync();
        var organisations = database.Services.GetRequiredService<OrganisationService>();
        var contacts = database.Services.GetRequiredService<ContactService>();
        var closed = (await organisations.CreateAsync(new OrganisationInput("Oud Buurthuis", Sector.CivilSociety), Staff.Organiser)).Value;
        await organisations.ArchiveAsync(closed, Staff.Organiser);

        var result = await contacts.CreateAsync(new ContactInput("Anna", "de Vries", "anna@buurthuis.nl", OrganisationId: closed), Staff.Organiser);

        Assert.Equal(DirectoryErrors.OrganisationArchived, result.ErrorCode);
    }

    [Fact]
    public async Task Update_ToAnotherOrganisation_MovesTheContactAndKeepsHistory()
    {
        await using var database = await TestDatabase.CreateAsync();
        var organisations = database.Services.GetRequiredService<OrganisationService>();
        var contacts = database.Services.GetRequiredService<ContactService>();
        var school = (await organisations.CreateAsync(new OrganisationInput("Basisschool Tamarinde", Sector.Education, SubSector.Primary), Staff.Organiser)).Value;
        var library = (await organisations.CreateAsync(new OrganisationInput("Bibliotheek Groningen", Sector.Education, SubSector.Library), Staff.Organiser)).Value;
        var anna = (await contacts.CreateAsync(new ContactInput("Anna", "de Vries", "anna@tamarinde.nl", OrganisationId: school), Staff.Organiser)).Value;
        database.Time.Advance(TimeSpan.FromDays(10));

        var moved = await contacts.UpdateAsync(anna, new ContactInput("Anna", "de Vries", "anna@bibliotheek.nl", Language.En, library, "06-12345678", "Leesconsulent"), Staff.Organiser);

        Assert.True(moved.Succeeded);
        var details = (await contacts.GetAsync(anna))!;
        Assert.Equal(library, details.Contact.OrganisationId);
        Assert.Equal(["Bibliotheek Groningen", "Basisschool Tamarinde"], details.History.Select(m => m.OrganisationName));
        Assert.NotNull(details.History[1].EndedAtUtc);
        Assert.Equal(Language.En, details.Contact.PreferredLanguage);
    }

    [Fact]
    public async Task List_SearchesNamesEmailAndOrganisation()
    {
        await using var database = await TestDatabase.CreateAsync();
        var organisations = database.Services.GetRequiredService<OrganisationService>();
        var contacts = database.Services.GetRequiredService<ContactService>();
        var library = (await organisations.CreateAsync(new OrganisationInput("Bibliotheek Groningen", Sector.Education, SubSector.Library), Staff.Organiser)).Value;
        await contacts.CreateAsync(new ContactInput("Anna", "de Vries", "anna@bieb.nl", OrganisationId: library), Staff.Organiser);
        await contacts.CreateAsync(new ContactInput("Piet", "Bakker", "piet@ziggo.nl"), Staff.Organiser);

        Assert.Equal(["Anna de Vries"], await Names(contacts, new ContactQuery(Search: "anna de")));
        Assert.Equal(["Anna de Vries"], await Names(contacts, new ContactQuery(Search: "bibliotheek")));
        Assert.Equal(["Piet Bakker"], await Names(contacts, new ContactQuery(Search: "ZIGGO")));
        Assert.Equal(["Piet Bakker"], await Names(contacts, new ContactQuery(WithoutOrganisation: true)));
        Assert.Equal(["Anna de Vries"], await Names(contacts, new ContactQuery(Sector: Sector.Education)));
    }

    [Fact]
    public async Task List_ByOrganisationTag_FindsEveryoneAtTaggedOrganisations()
    {
        await using var database = await TestDatabase.CreateAsync();
        var organisations = database.Services.GetRequiredService<OrganisationService>();
        var contacts = database.Services.GetRequiredService<ContactService>();
        var vve = (await organisations.CreateAsync(new OrganisationInput("Kinderopvang Ukkie", Sector.Education, SubSector.EarlyChildhood, TagList: ["VVE"]), Staff.Organiser)).Value;
        var other = (await organisations.CreateAsync(new OrganisationInput("Bibliotheek Groningen", Sector.Education, SubSector.Library), Staff.Organiser)).Value;
        await contacts.CreateAsync(new ContactInput("Anna", "de Vries", "anna@ukkie.nl", OrganisationId: vve), Staff.Organiser);
        await contacts.CreateAsync(new ContactInput("Piet", "Bakker", "piet@bieb.nl", OrganisationId: other), Staff.Organiser);

        Assert.Equal(["Anna de Vries"], await Names(contacts, new ContactQuery(OrganisationTag: "vve")));
    }

    [Theory]
    [InlineData("Özdemir")]
    [InlineData("özdemir")]
    [InlineData("Ömer")]
    [InlineData("omer ozdemir")]
    public async Task List_SearchForANameWithAnAccentedCapital_FindsThePerson(string search)
    {
        await using var database = await TestDatabase.CreateAsync();
        var contacts = database.Services.GetRequiredService<ContactService>();
        Assert.True((await contacts.CreateAsync(new ContactInput("Ömer", "Özdemir", "omer@example.nl"), Staff.Organiser)).Succeeded);
        Assert.True((await contacts.CreateAsync(new ContactInput("Piet", "Bakker", "piet@example.nl"), Staff.Organiser)).Succeeded);

        Assert.Equal(["Ömer Özdemir"], await Names(contacts, new ContactQuery(Search: search)));
    }

    [Fact]
    public async Task List_SortedByName_IgnoresCaseAndAccentsAndFilesDutchNamesUnderTheNameItself()
    {
        await using var database = await TestDatabase.CreateAsync();
        var contacts = database.Services.GetRequiredService<ContactService>();
        foreach (var (first, last) in new[] { ("Cor", "Zijlstra"), ("Anna", "de Vries"), ("Bram", "Bakker"), ("Ömer", "Özdemir"), ("eva", "van der Berg") })
        {
            Assert.True((await contacts.CreateAsync(new ContactInput(first, last, $"{first.ToLowerInvariant()}@example.nl"), Staff.Organiser)).Succeeded);
        }

        var byLastName = await Names(contacts, new ContactQuery());
        var byLastNameDown = await Names(contacts, new ContactQuery(Descending: true));
        var byFirstName = await Names(contacts, new ContactQuery(Sort: ContactSort.FirstName));

        // As on the printed lists: "de Vries" under V, "van der Berg" under B; "eva" among the E's.
        Assert.Equal(["Bram Bakker", "eva van der Berg", "Ömer Özdemir", "Anna de Vries", "Cor Zijlstra"], byLastName);
        Assert.Equal(byLastName.Reverse(), byLastNameDown);
        Assert.Equal(["Anna de Vries", "Bram Bakker", "Cor Zijlstra", "eva van der Berg", "Ömer Özdemir"], byFirstName);
    }

    private static async Task<string[]> Names(ContactService contacts, ContactQuery query) =>
        (await contacts.ListAsync(query)).Items.Select(c => c.FullName).ToArray();
}
