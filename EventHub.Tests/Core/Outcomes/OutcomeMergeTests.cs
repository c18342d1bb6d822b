using EventHub.Core.Directory;
using EventHub.Core.Outcomes;

namespace EventHub.Tests.Core.Outcomes;

public class OutcomeMergeTests
{
    [Fact]
    public void Union_TwoVersions_KeepsEveryStatementOnceAndEveryTheme()
    {
        var mine = OutcomeDraft.Empty with
        {
            Insights = [new StatementDraft("Ouders zijn de sleutel"), new StatementDraft("Taal begint thuis")],
            ThemeIds = [1],
            SectorMix = new Dictionary<Sector, int> { [Sector.Education] = 4 },
        };
        var theirs = OutcomeDraft.Empty with
        {
            Insights = [new StatementDraft(" ouders zijn de sleutel "), new StatementDraft("Bibliotheek in de school")],
            Decisions = [new StatementDraft("Taalcafé starten")],
            ThemeIds = [1, 3],
            SectorMix = new Dictionary<Sector, int> { [Sector.Education] = 6 },
        };

        var merged = OutcomeMerge.Union(mine, theirs, "samen");

        Assert.Equal(["Ouders zijn de sleutel", "Taal begint thuis", "Bibliotheek in de school"], merged.Insights.Select(s => s.Text));
        Assert.Equal(["Taalcafé starten"], merged.Decisions.Select(s => s.Text));
        Assert.Equal([1, 3], merged.ThemeIds);
        Assert.Equal(4, merged.SectorMix[Sector.Education]);
        Assert.Equal("samen", merged.Notes);
    }

    [Theory]
    [InlineData("mijn tekst", "hun tekst", "mijn tekst\n\nhun tekst")]
    [InlineData("zelfde", " zelfde ", "zelfde")]
    [InlineData(null, "hun tekst", "hun tekst")]
    [InlineData("mijn tekst", null, "mijn tekst")]
    public void BothNotes_TwoTexts_AreOfferedTogetherForEditing(string? mine, string? theirs, string expected) =>
        Assert.Equal(expected, OutcomeMerge.BothNotes(mine, theirs));
}
