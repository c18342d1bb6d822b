using System.Text.RegularExpressions;
using Bunit;
using EventHub.App.Components.Shared;
using EventHub.Tests.Support;
using MudBlazor;

namespace EventHub.Tests.Components.Shared;

/// <summary>
/// The page-head buttons drawn without MudButton look and behave as MudButton's: the same markup (the icon drawn from the
/// sprite), a click runs the action, a disabled one does not.
/// </summary>
public class PlainButtonTests : ComponentTestBase
{
    [Theory]
    [InlineData(Variant.Filled, Color.Primary, true)]
    [InlineData(Variant.Outlined, Color.Primary, false)]
    [InlineData(Variant.Text, Color.Error, false)]
    [InlineData(Variant.Text, Color.Default, true)]
    public void LooksLikeMudButton(Variant variant, Color color, bool disabled)
    {
        var mud = Render<MudButton>(p => p.Add(b => b.StartIcon, Icons.Material.Filled.Send).Add(b => b.Variant, variant).Add(b => b.Color, color)
            .Add(b => b.Disabled, disabled).AddUnmatched("id", "send").AddChildContent("Send 3 invitations"));

        var plain = Render(PlainMarkup.Button(this, () => Task.CompletedTask, "Send 3 invitations", Icons.Material.Filled.Send, "send", disabled, variant, color));

        var mudWithTheSpritesIcon = Regex.Replace(mud.Markup, "<svg.*?</svg>", PlainMarkup.AppBarIcon(Icons.Material.Filled.Send).Value, RegexOptions.Singleline);
        Assert.Contains($"{IconSprite.Address}#send", mudWithTheSpritesIcon);
        plain.MarkupMatches(mudWithTheSpritesIcon);
    }

    [Fact]
    public void AClick_RunsTheAction_OnceEachTime_ButNotWhenDisabled()
    {
        var clicks = 0;
        var enabled = Render(PlainMarkup.Button(this, () => { clicks++; return Task.CompletedTask; }, "Add people", Icons.Material.Filled.GroupAdd, "add-people"));
        var disabled = Render(PlainMarkup.Button(this, () => { clicks += 100; return Task.CompletedTask; }, "Add people", Icons.Material.Filled.GroupAdd, "add-people", disabled: true));

        enabled.Find("#add-people").Click();
        enabled.Find("#add-people").Click();

        Assert.Equal(2, clicks);
        Assert.True(disabled.Find("#add-people").HasAttribute("disabled"));
        Assert.Equal("Add people", disabled.Find("#add-people").TextContent);
    }
}
