using Bunit;
using EventHub.App.Components.Pages.Privacy;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace EventHub.Tests.Components.Privacy;

/// <summary>
/// A colleague a partner named, who was refused and never became a contact, asks to be deleted: the admin types their
/// address, sees the nomination, erases it after confirming, and then nothing is held under the address.
/// </summary>
public class AddressRequestsPageTests : ComponentTestBase
{
    private const string Address = "kees.smit@elders.example";

    [Fact]
    public async Task Admin_LooksUpARefusedNomineesAddress_ErasesAfterConfirming_AndThenNothingIsHeld()
    {
        await SeedRefusedNominationAsync();
        SignInAs("Anna de Vries", "Administer");
        var providers = Render<MudDialogProvider>();
        var page = Render<AddressRequestsPage>();

        // A slip first: the address stays in the field, with the reason under it.
        await page.Find("#address-field").ChangeAsync(new ChangeEventArgs { Value = "Kees Smit" });
        await page.Find("#address-form").SubmitAsync();
        page.WaitForAssertion(() => Assert.Contains("This is not an email address", page.Markup));
        Assert.Equal("Kees Smit", page.Find("#address-field").GetAttribute("value"));

        await page.Find("#address-field").ChangeAsync(new ChangeEventArgs { Value = "  Kees.Smit@Elders.example " });
        await page.Find("#address-form").SubmitAsync();
        page.WaitForAssertion(() => Assert.Contains("Kees Smit", page.Find("#address-nominations tbody").TextContent));
        Assert.Contains("refused", page.Find("#address-nominations tbody").TextContent);
        Assert.Equal("No contact has this address.", page.Find("#address-no-contacts").TextContent.Trim());
        Assert.Contains($"Held under {Address}", page.Find("#address-result-heading").TextContent);

        var erasing = page.InvokeAsync(() => page.Find("#address-erase").Click());
        providers.WaitForAssertion(() => Assert.Contains("cannot be undone", providers.Find(".mud-dialog").TextContent));
        await providers.Find("#confirm-ok").ClickAsync(new MouseEventArgs());
        await erasing;

        page.WaitForAssertion(() => Assert.Contains($"Nothing is held under {Address}", page.Markup));
        Assert.Empty(page.FindAll("#address-erase"));
        await using var check = await DbFactory.CreateDbContextAsync();
        var nomination = await check.Nominations.SingleAsync();
        Assert.Equal((Contact.AnonymousName, NominationStatus.Refused), (nomination.FirstName, nomination.Status));
        Assert.DoesNotContain("elders", nomination.Email);
    }

    [Fact]
    public async Task Admin_WhoCancelsTheConfirmation_ErasesNothing()
    {
        await SeedRefusedNominationAsync();
        SignInAs("Anna de Vries", "Administer");
        var providers = Render<MudDialogProvider>();
        var page = Render<AddressRequestsPage>();
        await page.Find("#address-field").ChangeAsync(new ChangeEventArgs { Value = Address });
        await page.Find("#address-form").SubmitAsync();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("#address-erase")));

        var erasing = page.InvokeAsync(() => page.Find("#address-erase").Click());
        providers.WaitForAssertion(() => Assert.NotNull(providers.Find("#confirm-cancel")));
        await providers.Find("#confirm-cancel").ClickAsync(new MouseEventArgs());
        await erasing;

        await using var check = await DbFactory.CreateDbContextAsync();
        Assert.Equal("Kees", (await check.Nominations.SingleAsync()).FirstName);
        Assert.Contains("Kees Smit", page.Find("#address-nominations tbody").TextContent);
    }

    private async Task SeedRefusedNominationAsync()
    {
        var now = Time.GetUtcNow().UtcDateTime;
        await using var db = await DbFactory.CreateDbContextAsync();
        var alliantiedag = new Event("Alliantiedag", now.AddDays(30), now.AddDays(30).AddHours(3));
        var partner = new Contact("Petra", "Partner", "petra@kansrijk.example", Language.Nl, now);
        db.AddRange(alliantiedag, partner);
        await db.SaveChangesAsync();
        var invitation = new Invitation(alliantiedag, partner, now);
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync();
        var nomination = new Nomination(invitation, NominationKind.Colleague, new ContactInput("Kees", "Smit", "Kees.Smit@elders.example"), atOwnDomain: false, now);
        nomination.Refuse(Staff.Organiser, now);
        db.Nominations.Add(nomination);
        await db.SaveChangesAsync();
    }
}
