using EventHub.Core.Directory;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Directory;

/// <summary>A contact or organisation form opened before another organiser's save never puts back what they changed.</summary>
public class DirectoryStaleEditTests
{
    [Fact]
    public async Task UpdateContact_FromAFormOpenedBeforeAnotherOrganisersSave_IsRefused_AndKeepsTheirChange_UntilSentOverTheNewerOne()
    {
        await using var database = await TestDatabase.CreateAsync();
        var contacts = database.Services.GetRequiredService<ContactService>();
        var id = (await contacts.CreateAsync(new ContactInput("Sanne", "Jansen", "sanne@example.org", JobTitle: "Docent"), Staff.Organiser)).Value;
        var opened = (await contacts.GetAsync(id))!.Contact.EditedState; // both organisers open the form
        var form = new ContactInput("Sanne", "Jansen", "sanne@example.org", JobTitle: "Docent", StartedFrom: opened);
        Assert.True((await contacts.UpdateAsync(id, form with { Email = "s.jansen@example.org" }, Staff.Organiser)).Succeeded);

        var refused = await contacts.UpdateAsync(id, form with { JobTitle = "Intern begeleider" }, Staff.Organiser);
        var afterRefusal = (await contacts.GetAsync(id))!.Contact;
        var onTop = await contacts.UpdateAsync(id, form with { JobTitle = "Intern begeleider", StartedFrom = afterRefusal.EditedState }, Staff.Organiser);

        Assert.Equal(DirectoryErrors.ChangedMeanwhile, refused.ErrorCode);
        Assert.Equal(("s.jansen@example.org", "Docent"), (afterRefusal.Email, afterRefusal.JobTitle));
        Assert.True(onTop.Succeeded, onTop.ErrorCode);
    }

    [Fact]
    public async Task UpdateOrganisation_FromAFormOpenedBeforeAnotherOrganisersSave_IsRefused_AndKeepsTheirNotes_UntilSentOverTheNewerOne()
    {
        await using var database = await TestDatabase.CreateAsync();
        var organisations = database.Services.GetRequiredService<OrganisationService>();
        var id = (await organisations.CreateAsync(new OrganisationInput("OBS De Wijde Wereld", Sector.Education, TagList: ["taal"]), Staff.Organiser)).Value;
        var opened = (await organisations.GetAsync(id))!.Organisation.EditedState; // both organisers open the form
        var form = new OrganisationInput("OBS De Wijde Wereld", Sector.Education, TagList: ["taal"], StartedFrom: opened);
        Assert.True((await organisations.UpdateAsync(id, form with { Notes = "Directeur wil aanschuiven bij de rondetafel." }, Staff.Organiser)).Succeeded);

        var refused = await organisations.UpdateAsync(id, form with { Website = "www.dewijdewereld.nl" }, Staff.Organiser);
        var afterRefusal = (await organisations.GetAsync(id))!.Organisation;
        var onTop = await organisations.UpdateAsync(id, form with { Website = "www.dewijdewereld.nl", StartedFrom = afterRefusal.EditedState }, Staff.Organiser);

        Assert.Equal(DirectoryErrors.ChangedMeanwhile, refused.ErrorCode);
        Assert.Equal(("Directeur wil aanschuiven bij de rondetafel.", (string?)null), (afterRefusal.Notes, afterRefusal.Website));
        Assert.True(onTop.Succeeded, onTop.ErrorCode);
    }
}
