using System.Globalization;
using EventHub.Core.Events;
using EventHub.Core.Outcomes;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Events;

/// <summary>A theme has an English and a Dutch name; the reader sees the one of their language.</summary>
public class ThemeNamesTests
{
    [Fact]
    public async Task StartingThemes_HaveBothNames()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.DbFactory.CreateDbContextAsync();

        var themes = await db.Themes.OrderBy(t => t.Id).ToListAsync();

        Assert.Equal(7, themes.Count);
        Assert.All(themes, t => Assert.False(string.IsNullOrWhiteSpace(t.DutchName), t.Name));
        Assert.Equal(("Language and literacy", "Taal en geletterdheid"), (themes[3].Name, themes[3].DutchName));
    }

    [Theory]
    [InlineData("nl-NL", "Ouderbetrokkenheid")]
    [InlineData("nl", "Ouderbetrokkenheid")]
    [InlineData("en-GB", "Parental involvement")]
    public void NameIn_PicksTheReadersLanguage(string culture, string expected)
    {
        var theme = new Theme("Parental involvement", "Ouderbetrokkenheid");

        Assert.Equal(expected, theme.NameIn(new CultureInfo(culture)));
    }

    [Fact]
    public void NameIn_DutchReaderOfAThemeWithoutDutchName_ReadsTheEnglishName()
    {
        Assert.Equal("Digital inclusion", new Theme("Digital inclusion").NameIn(new CultureInfo("nl")));
    }

    [Fact]
    public async Task Add_WithBothNames_StoresBoth_AndAddingItAgainGivesAMissingDutchName()
    {
        await using var database = await TestDatabase.CreateAsync();
        var service = database.Services.GetRequiredService<ThemeService>();

        var first = await service.AddAsync("Digital inclusion", null, Staff.Organiser);
        var again = await service.AddAsync(" digital inclusion ", "Digitale inclusie", Staff.Organiser);
        var other = await service.AddAsync("Sport and play", "Sport en spel", Staff.Organiser);

        Assert.Equal(first.Value, again.Value);
        var themes = (await service.ListAsync()).ToDictionary(t => t.Id);
        Assert.Equal(("Digital inclusion", "Digitale inclusie"), (themes[first.Value].Name, themes[first.Value].DutchName));
        Assert.Equal("Sport en spel", themes[other.Value].DutchName);
    }

    [Fact]
    public async Task Add_DutchNameTooLong_IsRefused()
    {
        await using var database = await TestDatabase.CreateAsync();

        var added = await database.Services.GetRequiredService<ThemeService>().AddAsync("Digital inclusion", new string('x', Theme.NameMaxLength + 1), Staff.Organiser);

        Assert.Equal(ThemeService.NameRequired, added.ErrorCode);
    }

    [Fact]
    public async Task CaptureScreenThemes_AreInTheReadersLanguage()
    {
        await using var scenario = await OutcomeScenario.CreateAsync();
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("nl-NL");
            var view = (await scenario.Outcomes.GetAsync(scenario.WorkshopA, scenario.Femke)).Value;

            Assert.Contains(view.Themes, t => t.Name == "Leven lang leren");
            Assert.DoesNotContain(view.Themes, t => t.Name == "Lifelong learning");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
