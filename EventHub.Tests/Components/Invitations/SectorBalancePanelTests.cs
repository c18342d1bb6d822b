using Bunit;
using EventHub.App.Components.Pages.Invitations;
using EventHub.App.Resources;
using EventHub.Core.Invitations;
using EventHub.Core.Texts;
using EventHub.Core.Directory;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace EventHub.Tests.Components.Invitations;

public class SectorBalancePanelTests : ComponentTestBase
{
    [Fact]
    public void Panel_OneSectorDominatesAndOthersMissing_WarnsBeforeSending()
    {
        IReadOnlyList<SectorCount> balance = [new(Sector.Education, 8, 2, 1), new(Sector.Government, 2, 0, 0)];

        var panel = Render<SectorBalancePanel>(p => p.Add(c => c.Balance, balance).Add(c => c.Threshold, 50));

        var warning = panel.Find("#sector-warning").Text();
        Assert.Contains("No one from: Business, Civil society.", warning);
        Assert.Contains("Education is more than 50% of the list.", warning);
        Assert.Contains("80%", panel.Find("tbody").Text());
    }

    [Fact]
    public void Panel_NewEventWithNoOneOnTheList_SaysSoInsteadOfFourRowsOfZeroPercent()
    {
        var panel = Render<SectorBalancePanel>(p => p.Add(c => c.Balance, (IReadOnlyList<SectorCount>)[]).Add(c => c.Threshold, 50));

        Assert.Equal("No one is on the list yet. Once you add people, this shows how the sectors are spread.", panel.Find("#sector-balance-empty").Text().Trim());
        Assert.Empty(panel.FindAll("table"));
        Assert.Empty(panel.FindAll("#sector-warning"));
    }

    [Fact]
    public void Panel_BalancedList_ShowsNoWarning()
    {
        IReadOnlyList<SectorCount> balance =
            [new(Sector.Education, 3, 0, 0), new(Sector.Government, 3, 0, 0), new(Sector.Business, 2, 0, 0), new(Sector.CivilSociety, 2, 0, 0)];

        var panel = Render<SectorBalancePanel>(p => p.Add(c => c.Balance, balance).Add(c => c.Threshold, 50));

        Assert.Empty(panel.FindAll("#sector-warning"));
        Assert.Contains("30%", panel.Find("tbody").Text());
    }

    [Fact]
    public void Describe_BothKindsOfWarning_AreOneSentenceInDutch()
    {
        UseCulture("nl");
        var strings = Services.GetRequiredService<IStringLocalizer<AppStrings>>();

        var text = strings.Describe(new SectorBalanceWarning([Sector.Business], [Sector.Education], 60), Services.GetRequiredService<IStringLocalizer<CoreTexts>>());

        Assert.Equal("Niemand uit: Bedrijfsleven. Onderwijs is meer dan 60% van de lijst.", text);
    }
}
