using Bunit;
using EventHub.App.Components.Layout;
using EventHub.Tests.Support;
using MudBlazor;

namespace EventHub.Tests.Components.Layout;

/// <summary>Every organiser's tab gets MudBlazor's theme as MudBlazor writes it, from one kept copy.</summary>
public class SharedThemeProviderTests : ComponentTestBase
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Renders_WhatMudThemeProviderRenders_FromTheKeptCopy(bool dark)
    {
        var mud = Render<MudThemeProvider>(p => p.Add(c => c.Theme, BrandTheme.Theme).Add(c => c.IsDarkMode, dark));
        var shared = Render<SharedThemeProvider>(p => p.Add(c => c.Theme, BrandTheme.Theme).Add(c => c.IsDarkMode, dark));

        Assert.Equal(mud.Markup, shared.Markup);
        Assert.Contains("--mud-palette-primary", shared.Markup);
        Assert.InRange(SharedThemeProvider.KeptStyles, 3, 16);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void WithTheModesStylesInThePageHead_RendersNothing_UntilTheTabSwitchesToTheOtherMode(bool headIsDark)
    {
        var other = Render<MudThemeProvider>(p => p.Add(c => c.Theme, BrandTheme.Theme).Add(c => c.IsDarkMode, !headIsDark));
        var shared = Render<SharedThemeProvider>(p => p.Add(c => c.Theme, BrandTheme.Theme).Add(c => c.IsDarkMode, headIsDark).Add(c => c.HeadIsDarkMode, headIsDark));
        Assert.Empty(shared.Markup.Trim());

        shared.Render(p => p.Add(c => c.IsDarkMode, !headIsDark));
        Assert.Equal(other.Markup, shared.Markup);

        shared.Render(p => p.Add(c => c.IsDarkMode, headIsDark));
        Assert.Empty(shared.Markup.Trim());
    }
}
