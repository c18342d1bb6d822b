using Bunit;
using EventHub.App.Components.Pages.Directory.Contacts;
using EventHub.App.Hosting;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Tests.Support;

namespace EventHub.Tests.Components.Directory;

/// <summary>A contact's page names the language they prefer in the organiser's own language, as the contact list's filter does.</summary>
public class ContactPageLanguageTests : ComponentTestBase
{
    [Theory]
    [InlineData("en", Language.Nl, "Dutch")]
    [InlineData("nl", Language.Nl, "Nederlands")]
    [InlineData("nl", Language.En, "Engels")]
    public async Task ThePreferredLanguage_IsNamedInTheReadersLanguage(string screen, Language preferred, string named)
    {
        UseCulture(screen);
        SignInAs("Olga Bakker", Policies.Organise);
        int id;
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            var contact = new Contact("Sanne", "Jansen", "sanne.jansen@example.org", preferred, Time.GetUtcNow().UtcDateTime);
            db.Contacts.Add(contact);
            await db.SaveChangesAsync();
            id = contact.Id;
        }

        var page = Render<ContactPage>(p => p.Add(c => c.Id, id));

        page.WaitForAssertion(() => Assert.Equal(named, page.Find("#contact-language").TextContent));
    }
}
