using EventHub.Core.Directory;
using EventHub.Core.Engagement;

namespace EventHub.Tests.Core.Engagement;

/// <summary>
/// The anonymity rule every breakdown of respondents obeys: no group of fewer than 5 shows, and no shown total gives a
/// hidden group back by subtraction — the hidden groups beside a shown total are at least two and hold at least 5.
/// </summary>
public class SmallGroupsTests
{
    [Fact]
    public void AGroupOfExactlyFour_IsHidden_AndOfExactlyFive_IsShown()
    {
        // Two small groups hide each other: no second suppression that could take the group of five.
        var result = SmallGroups.Protect([("Education", 5), ("Business", 4), ("Government", 3), ("Civil society", 12)]);

        Assert.False(result.IsHidden("Education"));
        Assert.True(result.IsHidden("Business"));
        Assert.True(SmallGroups.IsTooSmall(4));
        Assert.False(SmallGroups.IsTooSmall(5));
    }

    [Fact]
    public void OneHiddenGroupBesideATotal_HidesTheNextSmallestToo_SoSubtractionRevealsNothing()
    {
        var result = SmallGroups.Protect([("Government", 9), ("Education", 5), ("Business", 4), ("Civil society", 12)]);

        Assert.Equal(["Education", "Business"], result.HiddenGroups.Order().Reverse());
        Assert.False(result.TotalHidden);
    }

    [Fact]
    public void TwoGroupsAlreadyHidden_NeedNoSecondSuppression()
    {
        var result = SmallGroups.Protect([("Government", 3), ("Education", 2), ("Business", 8), ("Civil society", 12)]);

        Assert.Equal(["Education", "Government"], result.HiddenGroups.Order());
        Assert.False(result.TotalHidden);
    }

    [Fact]
    public void OneHiddenGroup_WithOneOtherGroupWithAnswers_HidesThatOne()
    {
        var result = SmallGroups.Protect([("Government", 7), ("Education", 0), ("Business", 3)]);

        Assert.Equal(["Business", "Government"], result.HiddenGroups.Order());
        Assert.False(result.TotalHidden);
    }

    [Fact]
    public void TwoHiddenGroupsOfOne_BesideAShownTotal_HideTheNextSmallestToo_SoNeitherPersonsRatingsComeBack()
    {
        // Shown: the total 12 and Business 10 would leave "2 for two hidden sectors": one person each, and the shared
        // average of those 2 would be both people's own ratings.
        var breakdown = FeedbackBreakdown.From(
        [
            (Sector.Government, new FeedbackTally(1, 5, 5, 5)),
            (Sector.Education, new FeedbackTally(1, 5, 5, 5)),
            (Sector.Business, new FeedbackTally(10, 3, 3, 3)),
        ]);

        var hidden = breakdown.Sectors.Where(s => s.Figures.Hidden).Select(s => s.Sector).ToList();
        Assert.Equal([Sector.Government, Sector.Education, Sector.Business], hidden);
        Assert.Equal(12, breakdown.Total.Respondents);
    }

    [Fact]
    public void OneHiddenGroup_AsTheOnlyGroupWithAnswers_HidesTheTotal()
    {
        var result = SmallGroups.Protect([("Government", 0), ("Education", 0), ("Business", 3)]);

        Assert.Equal(["Business"], result.HiddenGroups);
        Assert.True(result.TotalHidden);
    }

    [Fact]
    public void WithoutATotal_OnlyTheSmallGroupIsHidden()
    {
        var result = SmallGroups.Protect([("Government", 9), ("Education", 5), ("Business", 4)], showsTotal: false);

        Assert.Equal(["Business"], result.HiddenGroups);
        Assert.False(result.TotalHidden);
    }

    [Fact]
    public void AllGroupsSmall_AreAllHidden_AndATotalOfFiveOrMoreStillShows()
    {
        var result = SmallGroups.Protect([("Government", 2), ("Education", 1), ("Business", 4), ("Civil society", 3)]);

        Assert.Equal(4, result.HiddenGroups.Count);
        Assert.False(result.TotalHidden);
    }

    [Fact]
    public void AllGroupsSmall_WithATotalUnderFive_HideTheTotalToo()
    {
        var result = SmallGroups.Protect([("Government", 1), ("Education", 3)]);

        Assert.Equal(2, result.HiddenGroups.Count);
        Assert.True(result.TotalHidden);
    }

    [Fact]
    public void EmptyGroups_AreNeverHidden_NorPickedAsTheSecond()
    {
        var result = SmallGroups.Protect([("Government", 0), ("Education", 4), ("Business", 0), ("Civil society", 20)]);

        Assert.Equal(["Civil society", "Education"], result.HiddenGroups.Order());
        Assert.False(result.IsHidden("Government"));
    }

    [Fact]
    public void EquallySmallCandidates_TheFirstListedIsHidden_SoTheResultIsStable()
    {
        var result = SmallGroups.Protect([("Government", 6), ("Education", 6), ("Business", 1), ("Civil society", 6)]);

        Assert.Equal(["Business", "Government"], result.HiddenGroups.Order());
    }

    [Fact]
    public void NullKeys_AreGroupsLikeAnyOther()
    {
        var result = SmallGroups.Protect<int?>([(1, 10), (null, 2), (2, 7)]);

        Assert.True(result.IsHidden(null));
        Assert.True(result.IsHidden(2));
        Assert.False(result.IsHidden(1));
    }

    [Fact]
    public void NoGroups_NothingHidden()
    {
        var result = SmallGroups.Protect(Array.Empty<(string, int)>());

        Assert.Empty(result.HiddenGroups);
        Assert.False(result.TotalHidden);
    }
}
