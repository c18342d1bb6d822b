using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Invitations;

/// <summary>
/// An admin sets a target range per sector; the sector-balance rule takes them as an input and keeps today's behaviour
/// (every sector present, none above the event's threshold) where no target is set.
/// </summary>
public class SectorTargetsTests : IAsyncLifetime
{
    private static readonly TeamMember Admin = TeamMember.InRoles("admin", "Anna", Roles.Admin);

    private TestDatabase _db = default!;

    private SectorTargetService Targets => _db.Services.GetRequiredService<SectorTargetService>();

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static readonly IReadOnlyList<SectorCount> TenPeople =
    [
        new(Sector.Government, 1, 1, 0, 1),
        new(Sector.Education, 5, 2, 0, 0),
        new(Sector.Business, 2, 0, 0, 0),
        new(Sector.CivilSociety, 2, 1, 0, 1),
    ];

    [Fact]
    public void Warning_WithoutTargets_IsTodaysRule()
    {
        var warning = SectorBalance.Warning(TenPeople, 40, SectorTargets.None);

        var before = SectorBalance.Warning(TenPeople, 40)!;
        Assert.Equal(before.Missing, warning!.Missing);
        Assert.Equal(before.Dominant, warning.Dominant);
        Assert.Equal(before.Threshold, warning.Threshold);
        Assert.Equal([Sector.Education], warning.Dominant);
        Assert.Empty(warning.Missing);
        Assert.Empty(warning.Below);
    }

    [Fact]
    public void Warning_WithTargets_BelowMinimumAndAboveMaximum_ExactBoundsAreInside()
    {
        var targets = new SectorTargets([new SectorRange(Sector.Government, 15, 40), new SectorRange(Sector.Education, 10, 50), new SectorRange(Sector.Business, 20, 30)]);

        var warning = SectorBalance.Warning(TenPeople, 40, targets);

        Assert.Equal([Sector.Government], warning!.Below); // 10 % < 15 %
        Assert.Empty(warning.Above); // education 50 % is its maximum exactly
        Assert.Empty(warning.Dominant); // civil society 20 % keeps the event's 40 %
        Assert.Empty(warning.Missing); // business 20 % is its minimum exactly
    }

    [Fact]
    public void Warning_WithTargets_AboveTheMaximum_IsToldApartFromAboveTheThreshold()
    {
        var targets = new SectorTargets([new SectorRange(Sector.Education, 10, 45)]);

        var warning = SectorBalance.Warning(TenPeople, 15, targets);

        Assert.Equal([Sector.Education], warning!.Above); // 50 % > 45 %
        Assert.Equal([Sector.Business, Sector.CivilSociety], warning.Dominant); // 20 % > the event's 15 %, no target of their own
    }

    [Fact]
    public void Warning_AtTheAttendedStage_MissesASectorWhoseMinimumIsAboveZero_ButNotOneAllowedToBeAbsent()
    {
        var targets = new SectorTargets([new SectorRange(Sector.Education, 10, 60), new SectorRange(Sector.Business, 0, 60)]);

        var warning = SectorBalance.Warning(TenPeople, 60, targets, BalanceStage.Attended);

        Assert.Equal([Sector.Education], warning!.Missing); // government 1 and civil society 1 came; business may stay away
    }

    [Fact]
    public async Task Save_KeepsTheRanges_AndClearingASectorRemovesItsTarget()
    {
        Assert.True((await Targets.SaveAsync(Admin, [new(Sector.Government, 10, 30), new(Sector.Business, null, 40)])).Succeeded);
        Assert.Equal([new SectorRange(Sector.Government, 10, 30), new SectorRange(Sector.Business, 0, 40)], (await Targets.GetAsync()).Ranges);

        Assert.True((await Targets.SaveAsync(Admin, [new(Sector.Government, 15, 35), new(Sector.Business, null, null)])).Succeeded);
        Assert.Equal([new SectorRange(Sector.Government, 15, 35)], (await Targets.GetAsync()).Ranges);

        Assert.True((await Targets.SaveAsync(Admin, [])).Succeeded);
        Assert.True((await Targets.GetAsync()).IsEmpty);
    }

    [Theory]
    [InlineData(-1, 30, SectorTargetErrors.OutOfRange)]
    [InlineData(10, 101, SectorTargetErrors.OutOfRange)]
    [InlineData(40, 30, SectorTargetErrors.MinAboveMax)]
    public async Task Save_RefusesARangeOutsideZeroToHundredOrUpsideDown(int min, int max, string error)
    {
        var result = await Targets.SaveAsync(Admin, [new(Sector.Education, min, max)]);

        Assert.Equal(error, result.ErrorCode);
        Assert.True((await Targets.GetAsync()).IsEmpty);
    }

    [Fact]
    public async Task Save_RefusesTargetsThatCannotBeMetTogether_AndNonAdmins()
    {
        var minimumsAbove100 = await Targets.SaveAsync(Admin, [new(Sector.Government, 40, 50), new(Sector.Education, 40, 50), new(Sector.Business, 30, 50)]);
        var maximumsBelow100 = await Targets.SaveAsync(Admin, SectorTaxonomy.Sectors.Select(s => new SectorTargetInput(s, 0, 20)).ToList());
        var organiser = await Targets.SaveAsync(Staff.Organiser, [new(Sector.Education, 10, 20)]);

        Assert.Equal(SectorTargetErrors.CannotBeMet, minimumsAbove100.ErrorCode);
        Assert.Equal(SectorTargetErrors.CannotBeMet, maximumsBelow100.ErrorCode);
        Assert.Equal(SectorTargetErrors.AdminsOnly, organiser.ErrorCode);
    }
}
