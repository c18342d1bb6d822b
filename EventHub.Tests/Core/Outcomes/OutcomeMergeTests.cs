using EventHub.Core.Directory;
using EventHub.Core.Outcomes;

namespace EventHub.Tests.Core.Outcomes;

/// <summary>Two facilitators saved over the same version: what either added stays, what either deleted stays deleted.</summary>
public class OutcomeMergeTests
{
    private static readonly OutcomeDraft Common = OutcomeDraft.Empty with
    {
        Decisions = [new StatementDraft("Taalcafé starten"), new StatementDraft("Voorleesuur in de bibliotheek")],
    };

    [Fact]
    public void Merge_AStatementTheyDeleted_AndIDidNotChange_StaysDeleted()
    {
        var theirs = Common with { Decisions = [new StatementDraft("Taalcafé starten")] };
        var mine = Common with { Notes = "Mijn aantekeningen" };

        var merged = OutcomeMerge.Merge(Common, mine, theirs, "samen");

        Assert.Equal(["Taalcafé starten"], merged.Draft.Decisions.Select(s => s.Text));
        Assert.Empty(merged.KeptThoughDeleted);
    }

    [Fact]
    public void Merge_AStatementTheyDeleted_ButIRewrote_IsKeptAndReported()
    {
        var theirs = Common with { Decisions = [new StatementDraft("Taalcafé starten")] };
        var mine = Common with { Decisions = [new StatementDraft("Taalcafé starten"), new StatementDraft("Voorleesuur in de bibliotheek, elke woensdag")] };

        var merged = OutcomeMerge.Merge(Common, mine, theirs, null);

        Assert.Equal(["Taalcafé starten", "Voorleesuur in de bibliotheek, elke woensdag"], merged.Draft.Decisions.Select(s => s.Text));
        Assert.Equal("Voorleesuur in de bibliotheek, elke woensdag", Assert.Single(merged.KeptThoughDeleted).Text);
    }

    [Fact]
    public void Merge_AStatementIDeletedOrRewrote_DoesNotComeBackFromTheirs()
    {
        var theirs = Common with { Decisions = [.. Common.Decisions, new StatementDraft("Ouderavond in maart")] };
        var mine = Common with { Decisions = [new StatementDraft("Taalcafé starten op dinsdag")] };

        var merged = OutcomeMerge.Merge(Common, mine, theirs, null);

        Assert.Equal(["Taalcafé starten op dinsdag", "Ouderavond in maart"], merged.Draft.Decisions.Select(s => s.Text));
        Assert.Empty(merged.KeptThoughDeleted);
    }

    [Fact]
    public void Merge_WithoutTheCommonVersion_KeepsEveryStatementOnceAndEveryTheme()
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

        var merged = OutcomeMerge.Merge(null, mine, theirs, "samen").Draft;

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
