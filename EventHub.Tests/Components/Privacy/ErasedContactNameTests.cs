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
using Microsoft.AspNetCore.Components.Web;
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
        var id = await AddSanneJansenAsync();

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

    /// <summary>
    /// Right after the erasure the page said "wat de persoon herkenbaar maakte is weg" above a timeline that still named
    /// them in every line ("Sanne Jansen is aan het adresboek toegevoegd") until the admin reloaded the page.
    /// </summary>
    [Fact]
    public async Task ErasingFromTheContactPage_RenamesThemInTheTimelineAtOnce()
    {
        UseCulture("nl");
        SignInAs("Anna Admin", Policies.Administer, Policies.Organise);
        var id = await AddSanneJansenAsync();

        var dialogs = Render<MudDialogProvider>();
        Render<MudSnackbarProvider>();
        var page = Render<ContactPage>(p => p.Add(c => c.Id, id));
        page.WaitForAssertion(() => Assert.Contains("Sanne Jansen", page.Find("#timeline").TextContent));

        // Not awaited: the button's handler waits for the dialog's answer, given below.
        page.Find("#contact-erase").Click();
        dialogs.WaitForAssertion(() => dialogs.Find("#erase-name"));
        await dialogs.Find("#erase-name").InputAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = "Sanne Jansen" });
        await dialogs.Find("#erase-confirm").ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => Assert.Contains($"Geanonimiseerd #{id}", page.Find("#timeline").TextContent));
        Assert.DoesNotContain("Jansen", page.Find("#timeline").TextContent);
    }

    private async Task<int> AddSanneJansenAsync()
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        var contact = new Contact("Sanne", "Jansen", "sanne.jansen@example.org", Language.Nl, Time.GetUtcNow().UtcDateTime);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync();
        return contact.Id;
    }
}
