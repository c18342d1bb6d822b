using System.ComponentModel.DataAnnotations;
using Bunit;
using EventHub.App.Components.Pages.Directory.Contacts;
using EventHub.App.Hosting;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Tests.Support;

namespace EventHub.Tests.Components.Directory;

/// <summary>
/// Someone registered at the door without an email address reads "No email address" on their page and in the contact
/// list, not the stand-in address the database keeps; their edit form shows the field empty, saves other details
/// without one, and takes an address typed in later (then they can be invited).
/// </summary>
public class ContactWithoutEmailTests : ComponentTestBase
{
    [Fact]
    public async Task AWalkInWhoGaveNoEmail_ReadsNoEmailAddress_OnTheirPageAndInTheList()
    {
        SignInAs("Olga Bakker", Policies.Organise);
        var id = await WalkInAsync();

        var page = Render<ContactPage>(p => p.Add(c => c.Id, id));
        var list = Render<ContactList>();

        page.WaitForAssertion(() => Assert.Equal("No email address", page.Find("#contact-no-email").TextContent));
        Assert.DoesNotContain("no-email.invalid", page.Markup);
        list.WaitForAssertion(() => Assert.Contains("Wim Inloper", list.Markup));
        Assert.Contains("No email address", list.Markup);
        Assert.DoesNotContain("no-email.invalid", list.Markup);
    }

    [Fact]
    public async Task TheEditForm_OfAWalkInWhoGaveNoEmail_SavesWithoutOne_AndTakesOneTypedLater()
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        var walkIn = await db.Contacts.FindAsync(await WalkInAsync());

        var form = ContactForm.From(walkIn!);
        form.JobTitle = "Ouder";
        var kept = form.ToInput();
        Assert.Equal("", form.Email);
        Assert.Empty(ValidationOf(form));
        Assert.Equal(walkIn!.Email, kept.Email);

        form.Email = "wim.inloper@example.org";
        Assert.Equal("wim.inloper@example.org", form.ToInput().Email);

        var someoneWithAnAddress = ContactForm.From(new Contact("Sanne", "Jansen", "sanne@example.org", Language.Nl, Time.GetUtcNow().UtcDateTime));
        someoneWithAnAddress.Email = "";
        Assert.Equal(["Email"], ValidationOf(someoneWithAnAddress).SelectMany(r => r.MemberNames));
        someoneWithAnAddress.Email = "sanne-at-example.org";
        Assert.Equal(["Email"], ValidationOf(someoneWithAnAddress).SelectMany(r => r.MemberNames));
    }

    /// <summary>The form's rules as the edit dialog's validator applies them on Save: every field's, then the form's own.</summary>
    private static List<ValidationResult> ValidationOf(ContactForm form)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(form, new ValidationContext(form), results, validateAllProperties: true);
        return results;
    }

    private async Task<int> WalkInAsync()
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        var walkIn = new Contact("Wim", "Inloper", Contact.NoEmail(), Language.Nl, Time.GetUtcNow().UtcDateTime);
        db.Contacts.Add(walkIn);
        await db.SaveChangesAsync();
        return walkIn.Id;
    }
}
