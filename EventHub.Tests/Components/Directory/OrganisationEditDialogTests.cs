using AngleSharp.Dom;
using Bunit;
using EventHub.App.Components.Pages.Directory.Organisations;
using EventHub.App.Hosting;
using EventHub.Core.Directory;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventHub.Tests.Components.Directory;

/// <summary>
/// An organiser who saves an organisation with several things wrong is told all of them at once, each at its field, as
/// in the contact dialog: before, the directory's own rules (a website that is no web address, an email domain that is
/// none, a tag too long) were said one per save, at the top, after the field checks had passed.
/// </summary>
public class OrganisationEditDialogTests : ComponentTestBase
{
    [Fact]
    public async Task Save_ANameTooLong_AWebsiteThatIsNoAddress_ANoDomain_AndATagTooLong_SaysEachAtItsField_AndSavesNothing()
    {
        SignInAs("Olga Bakker", Policies.Organise);
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var form = new OrganisationForm
        {
            Name = new string('a', Organisation.NameMaxLength + 1),
            Sector = Sector.Education,
            Website = "not a web address",
            EmailDomains = "school",
            Tags = "inclusie, " + new string('t', OrganisationTag.MaxLength + 1),
        };
        await dialogs.InvokeAsync(() => Services.GetRequiredService<IDialogService>().ShowAsync<OrganisationEditDialog>("New",
            new DialogParameters<OrganisationEditDialog> { { d => d.Title, "New" }, { d => d.Form, form } }));

        await dialogs.Find("form").SubmitAsync();

        dialogs.WaitForAssertion(() => Assert.Equal("Use at most 200 characters.", ErrorAt(dialogs, "organisation-name")));
        Assert.Equal("Not a web address; use something like www.example.org.", ErrorAt(dialogs, "organisation-website"));
        Assert.Equal("“school” is not an email domain: type domains such as school.example, separated by commas.", ErrorAt(dialogs, "organisation-email-domains"));
        Assert.Equal("A tag is too long: each one at most 50 characters.", ErrorAt(dialogs, "organisation-tags"));
        Assert.Empty(dialogs.FindAll("#organisation-error")); // nothing reached Core to be refused there
        Assert.Equal(0, (await Services.GetRequiredService<OrganisationService>().ListAsync(new OrganisationQuery())).TotalCount);
    }

    [Fact]
    public async Task Save_WithOnlyTheWebsiteWrong_SaysItAtTheWebsite_NotOnceMore_AndSavesOnceItIsMended()
    {
        SignInAs("Olga Bakker", Policies.Organise);
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var form = new OrganisationForm { Name = "Bibliotheek Selwerd", Sector = Sector.CivilSociety, Website = "bibliotheek selwerd" };
        var dialog = await dialogs.InvokeAsync(() => Services.GetRequiredService<IDialogService>().ShowAsync<OrganisationEditDialog>("New",
            new DialogParameters<OrganisationEditDialog> { { d => d.Title, "New" }, { d => d.Form, form } }));

        await dialogs.Find("form").SubmitAsync();
        dialogs.WaitForAssertion(() => Assert.Equal("Not a web address; use something like www.example.org.", ErrorAt(dialogs, "organisation-website")));
        Assert.Single(dialogs.FindAll(".mud-input-helper-text.mud-input-error"));

        await dialogs.Find("#organisation-website").ChangeAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = "www.bibliotheekselwerd.example" });
        await dialogs.Find("form").SubmitAsync();

        Assert.False((await dialog.Result)!.Canceled);
        Assert.Equal("https://www.bibliotheekselwerd.example", Assert.Single((await Services.GetRequiredService<OrganisationService>().ListAsync(new OrganisationQuery())).Items).Website);
    }

    /// <summary>The message MudBlazor shows under the field with this input id; empty when it shows none.</summary>
    private static string ErrorAt(IRenderedComponent<MudDialogProvider> dialogs, string inputId) =>
        dialogs.Find($"#{inputId}").Closest(".mud-input-control")?.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim() ?? "";
}
