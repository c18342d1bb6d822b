using Bunit;
using EventHub.App.Components.Pages.Directory.Contacts;
using EventHub.App.Hosting;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventHub.Tests.Components.Directory;

/// <summary>
/// Two organisers have the same contact's page open. One saves her new phone number; the other, a minute later and
/// without reloading, corrects her job title. That save is refused with what is saved now, keeps the job title typed,
/// and only a second, deliberate save puts it on top; the phone number is never silently lost.
/// </summary>
public class ContactEditDialogTests : ComponentTestBase
{
    [Fact]
    public async Task Edit_AContactAnotherOrganiserSavedMeanwhile_SaysWhatIsSavedNow_KeepsWhatWasTyped_AndSavesOnTopWhenSentAgain()
    {
        var (dialogs, page, id) = await PageOpenedThenPhoneSavedElsewhereAsync();

        var closed = page.Find("#edit-contact").ClickAsync(new MouseEventArgs()); // its task ends when the dialog closes
        dialogs.WaitForElement("#contact-job-title");
        await dialogs.Find("#contact-job-title").ChangeAsync(new ChangeEventArgs { Value = "Intern begeleider" });
        await dialogs.Find("form").SubmitAsync();

        dialogs.WaitForAssertion(() => Assert.StartsWith(
            "Someone else saved this contact while you were editing it, so nothing was saved. Saved now: Sanne Jansen, sanne@example.org; Independent resident; Docent, 050 123 4567.",
            dialogs.Find("#contact-error").TextContent.Trim()));
        Assert.Equal("Intern begeleider", dialogs.Find("#contact-job-title").GetAttribute("value"));
        Assert.Equal(("Docent", "050 123 4567"), await StoredAsync(id));

        await dialogs.Find("form").SubmitAsync(); // the organiser read it and puts their form on top
        await closed;
        Assert.Equal(("Intern begeleider", (string?)null), await StoredAsync(id));
    }

    [Fact]
    public async Task Cancel_AfterBeingToldAnotherOrganiserSavedMeanwhile_ThePageShowsWhatIsSavedNow()
    {
        var (dialogs, page, _) = await PageOpenedThenPhoneSavedElsewhereAsync();
        var closed = page.Find("#edit-contact").ClickAsync(new MouseEventArgs());
        dialogs.WaitForElement("#contact-job-title");
        await dialogs.Find("form").SubmitAsync();
        dialogs.WaitForElement("#contact-error");

        await dialogs.Find("#contact-cancel").ClickAsync(new MouseEventArgs());
        await closed;

        page.WaitForAssertion(() => Assert.Contains("050 123 4567", page.Markup));
    }

    [Fact]
    public async Task New_AContactWithTheNameOfOneInTheDirectory_SaysSoWithALinkToThem_AndStillSaves()
    {
        SignInAs("Olga Bakker", Policies.Organise);
        var contacts = Services.GetRequiredService<ContactService>();
        var sanne = (await contacts.CreateAsync(new ContactInput("Sanne", "Jansen", "sanne@example.org"), Staff.Organiser)).Value;
        var dialogs = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var list = Render<ContactList>();
        list.WaitForElement("#new-contact");
        var closed = list.Find("#new-contact").ClickAsync(new MouseEventArgs()); // its task ends when the dialog closes

        dialogs.WaitForElement("#contact-first-name");
        await dialogs.Find("#contact-first-name").ChangeAsync(new ChangeEventArgs { Value = "Sanne" });
        Assert.Empty(dialogs.FindAll("#contact-same-name"));
        await dialogs.Find("#contact-last-name").ChangeAsync(new ChangeEventArgs { Value = "jansen" });

        dialogs.WaitForAssertion(() => Assert.Equal("Already in the directory with this name (opens in a new tab): Sanne Jansen (Independent resident)",
            dialogs.Find("#contact-same-name").TextContent.Trim()));
        Assert.Equal($"contacts/{sanne}", dialogs.Find("#contact-same-name a").GetAttribute("href"));
        await dialogs.Find("#contact-email").ChangeAsync(new ChangeEventArgs { Value = "s.jansen@school.example" });
        await dialogs.Find("form").SubmitAsync();
        await closed;
        Assert.Equal(2, (await contacts.SameNameAsync("Sanne", "Jansen", exceptId: null)).Count);
    }

    /// <summary>Sanne Jansen's page is open (she is a "Docent"); then another organiser saves her new phone number.</summary>
    private async Task<(IRenderedComponent<MudDialogProvider> Dialogs, IRenderedComponent<ContactPage> Page, int Id)> PageOpenedThenPhoneSavedElsewhereAsync()
    {
        SignInAs("Olga Bakker", Policies.Organise);
        var contacts = Services.GetRequiredService<ContactService>();
        var id = (await contacts.CreateAsync(new ContactInput("Sanne", "Jansen", "sanne@example.org", JobTitle: "Docent"), Staff.Organiser)).Value;
        var dialogs = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var page = Render<ContactPage>(p => p.Add(c => c.Id, id));
        page.WaitForElement("#edit-contact");
        var opened = (await contacts.GetAsync(id))!.Contact;
        Assert.True((await contacts.UpdateAsync(id, ContactForm.From(opened).ToInput() with { Phone = "050 123 4567" }, Staff.Organiser)).Succeeded);
        return (dialogs, page, id);
    }

    private async Task<(string? JobTitle, string? Phone)> StoredAsync(int id)
    {
        var contact = (await Services.GetRequiredService<ContactService>().GetAsync(id))!.Contact;
        return (contact.JobTitle, contact.Phone);
    }
}
