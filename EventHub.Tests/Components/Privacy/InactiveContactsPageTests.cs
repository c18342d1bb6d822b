using Bunit;
using EventHub.App.Components.Pages.Privacy;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace EventHub.Tests.Components.Privacy;

/// <summary>An admin sees the contacts without activity for 24 months and anonymises the chosen ones after confirming.</summary>
public class InactiveContactsPageTests : ComponentTestBase
{
    [Fact]
    public async Task Admin_ChoosesOneInactiveContact_ConfirmsAndItIsAnonymised_TheOtherStays()
    {
        var (providers, page) = await TwoYearsLaterAsync(
            ("Greet", "Stil", "greet@example.org"), ("Hans", "Rust", "hans@example.org"));
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("#inactive-table tbody tr").Count));
        Assert.Contains("for 24 months", page.Find("#inactive-intro").TextContent);
        Assert.True(page.Find("#inactive-anonymise").HasAttribute("disabled"));

        var greet = page.FindAll("#inactive-table tbody tr").Single(r => r.TextContent.Contains("Greet Stil"));
        await greet.QuerySelector("input[type=checkbox]")!.ChangeAsync(new ChangeEventArgs { Value = true });
        page.WaitForAssertion(() => Assert.Equal("Anonymise 1 contact", page.Find("#inactive-anonymise").TextContent.Trim()));
        var anonymising = page.InvokeAsync(() => page.Find("#inactive-anonymise").Click());
        providers.WaitForAssertion(() => Assert.Contains("cannot be undone", providers.Find(".mud-dialog").TextContent));
        await providers.Find("#confirm-ok").ClickAsync(new MouseEventArgs());
        await anonymising;

        page.WaitForAssertion(() => Assert.Equal("Hans Rust", page.Find("#inactive-table tbody tr td:nth-child(2)").TextContent.Trim()));
        await using var check = await DbFactory.CreateDbContextAsync();
        var contacts = await check.Contacts.OrderBy(c => c.Id).ToListAsync();
        Assert.Equal(($"{Contact.AnonymousName} #{contacts[0].Id}", true), (contacts[0].FullName, contacts[0].AnonymisedAtUtc is not null));
        Assert.Equal(("Hans Rust", false), (contacts[1].FullName, contacts[1].AnonymisedAtUtc is not null));
    }

    [Fact]
    public async Task Admin_WithHundredsInactive_PagesThroughFifty_ChoosesAPage_ThenAll_AndAnonymisesEveryOne()
    {
        var (providers, page) = await TwoYearsLaterAsync(
            Enumerable.Range(0, 120).Select(i => ("Stil", $"{i:000}", $"stil{i:000}@example.org")).ToArray());
        page.WaitForAssertion(() => Assert.Equal(InactiveContactsPage.PageSize, page.FindAll("#inactive-table tbody tr").Count));
        Assert.Equal("0 of 120 chosen", page.Find("#inactive-chosen").TextContent.Trim());

        await page.Find("#inactive-pages button[aria-label='Page 3']").ClickAsync(new MouseEventArgs());
        page.WaitForAssertion(() => Assert.Equal(20, page.FindAll("#inactive-table tbody tr").Count));
        await page.Find("#inactive-choice input[type=checkbox]").ChangeAsync(new ChangeEventArgs { Value = true });
        page.WaitForAssertion(() => Assert.Equal("20 of 120 chosen", page.Find("#inactive-chosen").TextContent.Trim()));
        Assert.Equal("Anonymise 20 contacts", page.Find("#inactive-anonymise").TextContent.Trim());

        await page.Find("#inactive-choose-every").ClickAsync(new MouseEventArgs());
        page.WaitForAssertion(() => Assert.Equal("120 of 120 chosen", page.Find("#inactive-chosen").TextContent.Trim()));
        Assert.Empty(page.FindAll("#inactive-choose-every"));
        var anonymising = page.InvokeAsync(() => page.Find("#inactive-anonymise").Click());
        providers.WaitForAssertion(() => Assert.Contains("Anonymise 120 contacts?", providers.Find(".mud-dialog").TextContent));
        await providers.Find("#confirm-ok").ClickAsync(new MouseEventArgs());
        await anonymising;

        page.WaitForAssertion(() => Assert.Contains("No inactive contacts", page.Markup));
        Assert.Empty(page.FindAll("#inactive-progress"));
        await using var check = await DbFactory.CreateDbContextAsync();
        Assert.Equal(120, await check.Contacts.CountAsync(c => c.AnonymisedAtUtc != null));
    }

    [Fact]
    public async Task Admin_WithNoInactiveContacts_SeesThatSaid_AndNoButtonToAnonymise()
    {
        var (_, page) = await TwoYearsLaterAsync();

        page.WaitForAssertion(() => Assert.Contains("No inactive contacts", page.Markup));
        Assert.Empty(page.FindAll("#inactive-anonymise"));
    }

    /// <summary>The contacts entered today, then two years without activity; the page opened by an admin.</summary>
    private async Task<(IRenderedComponent<MudDialogProvider> Dialogs, IRenderedComponent<InactiveContactsPage> Page)> TwoYearsLaterAsync(
        params (string First, string Last, string Email)[] contacts)
    {
        var now = Time.GetUtcNow().UtcDateTime;
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            db.Contacts.AddRange(contacts.Select(c => new Contact(c.First, c.Last, c.Email, Language.Nl, now)));
            await db.SaveChangesAsync();
        }

        Time.Advance(TimeSpan.FromDays(740));
        SignInAs("Anna de Vries", "Administer");
        Authorization.SetRoles(Roles.Admin);
        return (Render<MudDialogProvider>(), Render<InactiveContactsPage>());
    }
}
