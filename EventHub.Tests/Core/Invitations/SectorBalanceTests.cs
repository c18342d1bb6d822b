using EventHub.Core.Directory;
using EventHub.Core.Invitations;

namespace EventHub.Tests.Core.Invitations;

public class SectorBalanceTests
{
    [Fact]
    public void Warning_EmptyList_IsNone()
    {
        Assert.Null(SectorBalance.Warning([], 50));
        Assert.Null(SectorBalance.Warning([new SectorCount(Sector.Education, 0, 0, 0)], 50));
    }

    [Fact]
    public void Warning_NoOneWithASector_NamesEverySectorAsMissingAndNoneAsDominant()
    {
        IReadOnlyList<SectorCount> balance = [new(null, 5, 1, 0)];

        var warning = SectorBalance.Warning(balance, 50);

        Assert.NotNull(warning);
        Assert.Equal(SectorTaxonomy.Sectors, warning.Missing);
        Assert.Empty(warning.Dominant);
    }

    [Fact]
    public void Warning_OneSectorAboveTheThreshold_NamesItAndTheMissingOnes()
    {
        IReadOnlyList<SectorCount> balance = [new(Sector.Education, 8, 2, 1), new(Sector.Government, 2, 0, 0)];

        var warning = SectorBalance.Warning(balance, 50);

        Assert.NotNull(warning);
        Assert.Equal([Sector.Education], warning.Dominant);
        Assert.Equal([Sector.Business, Sector.CivilSociety], warning.Missing);
        Assert.Equal(50, warning.Threshold);
    }

    [Fact]
    public void Warning_ASectorAtExactlyTheThreshold_IsNotDominant()
    {
        IReadOnlyList<SectorCount> balance =
            [new(Sector.Education, 4, 0, 0), new(Sector.Government, 2, 0, 0), new(Sector.Business, 1, 0, 0), new(Sector.CivilSociety, 1, 0, 0)];

        Assert.Null(SectorBalance.Warning(balance, 50));
        Assert.Equal([Sector.Education], SectorBalance.Warning(balance, 49)!.Dominant);
    }

    [Fact]
    public void Warning_PeopleWithoutASector_CountInTheTotalSoASectorCanDropBelowTheThreshold()
    {
        IReadOnlyList<SectorCount> balance =
            [new(Sector.Education, 6, 0, 0), new(Sector.Government, 1, 0, 0), new(Sector.Business, 1, 0, 0), new(Sector.CivilSociety, 1, 0, 0), new(null, 3, 0, 0)];

        Assert.Null(SectorBalance.Warning(balance, 50));
    }

    [Fact]
    public void Share_IsThePercentageOfEveryoneOnTheList()
    {
        IReadOnlyList<SectorCount> balance = [new(Sector.Education, 3, 0, 0), new(null, 1, 0, 0)];

        Assert.Equal(75, SectorBalance.Share(balance, balance[0]));
        Assert.Equal(0, SectorBalance.Share([], new SectorCount(Sector.Business, 0, 0, 0)));
    }

    [Fact]
    public void WithAdded_AddsTheNewcomersToTheirSectors_IncludingNewRowsAndNoSector()
    {
        IReadOnlyList<SectorCount> balance = [new(Sector.Government, 2, 0, 1), new(Sector.Education, 2, 1, 0)];

        var after = SectorBalance.WithAdded(balance, [Sector.Education, Sector.Business, null, Sector.Education]);

        Assert.Equal(
            [new(Sector.Government, 2, 0, 1), new(Sector.Education, 4, 1, 0), new(Sector.Business, 1, 0, 0), new SectorCount(null, 1, 0, 0)],
            after.OrderBy(c => c.Sector is null).ThenBy(c => c.Sector));
        Assert.Equal(50, SectorBalance.Share(after, after.Single(c => c.Sector == Sector.Education)));
        Assert.Equal(balance, SectorBalance.WithAdded(balance, []));
    }
}
