using Bunit;
using EventHub.App.Components.Pages.Audit;
using EventHub.App.Components.Pages.Directory.Contacts;
using EventHub.App.Hosting;
using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Privacy;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventHub.Tests.Components.Privacy;

/// <summary>
/// An erased contact keeps one stand-in name, stored as "Anonymised #22". A Dutch admin read that English word as the
/// person's name on the contact page and throughout the audit log; each reader now reads it in their own language.
/// </summary>
public class ErasedContactNameTests : ComponentTestBase
{
    [Theory]
    [InlineData("nl", "Geanonimiseerd", "Anonymised")]
    [InlineData("en", "Anonymised", "Geanonimiseerd")]
    public async Task AfterAnErasure_TheContactPageAndTheAuditLog_NameTheStandInInTheReadersLanguage(string screen, string word, string otherWord)
    {
        SignInAs("Anna Admin", Policies.Administer);
        int id;
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            var contact = new Contact("Sanne", "Jansen", "sanne.jansen@example.org", Language.Nl, Time.GetUtcNow().UtcDateTime);
            db.Contacts.Add(contact);
            await db.SaveChangesAsync();
            id = contact.Id;
        }

        var erased = await Services.GetRequiredService<ContactErasure>()
            .EraseAsync(TeamMember.InRoles("admin", "Anna Admin", Roles.Admin), id, "Sanne Jansen");
        Assert.True(erased.Succeeded, erased.ErrorCode);
        UseCulture(screen);

        var contactPage = Render<ContactPage>(p => p.Add(c => c.Id, id));
        contactPage.WaitForAssertion(() => Assert.Equal($"{word} #{id}", contactPage.Find("h1").TextContent));

        Render<MudPopoverProvider>();
        var audit = Render<AuditLogPage>();
        audit.WaitForAssertion(() => Assert.Contains($"{word} #{id}", audit.Find("#audit-table tbody").TextContent));
        Assert.DoesNotContain(otherWord, audit.Find("#audit-table tbody").TextContent);
        Assert.DoesNotContain("Jansen", audit.Find("#audit-table tbody").TextContent);
    }
}
