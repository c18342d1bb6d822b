using Bunit;
using Bunit.TestDoubles;
using EventHub.App.Components.Layout;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventHub.Tests.Components.Layout;

public class LanguageMenuTests : ComponentTestBase
{
    [Fact]
    public async Task ChoosingDutch_ReloadsThroughTheCultureSwitchBackToTheSamePage()
    {
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        navigation.NavigateTo("/events?page=2");
        var popovers = Render<MudPopoverProvider>();
        var menu = Render<LanguageMenu>();

        menu.Find("button").Click();
        await popovers.WaitForElement("#language-nl").ClickAsync(new());

        var target = navigation.History.First();
        Assert.Equal("culture/nl?returnUrl=%2Fevents%3Fpage%3D2", target.Uri);
        Assert.True(target.Options.ForceLoad);
    }

    [Fact]
    public void Menu_MarksTheCurrentLanguageAndNamesEachLanguageInItself()
    {
        UseCulture("nl");
        var popovers = Render<MudPopoverProvider>();
        var menu = Render<LanguageMenu>();

        menu.Find("button").Click();

        popovers.WaitForAssertion(() => Assert.Contains("Nederlands", popovers.Markup));
        Assert.Contains("lang=\"en\"", popovers.Find("#language-en").InnerHtml);
        Assert.Single(popovers.FindAll("#language-nl svg"));
        Assert.Empty(popovers.FindAll("#language-en svg"));
        Assert.Equal("Taal", menu.Find("button").GetAttribute("aria-label"));
    }
}
