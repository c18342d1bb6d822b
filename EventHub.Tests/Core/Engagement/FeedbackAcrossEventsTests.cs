using EventHub.Core.Directory;
using EventHub.Core.Engagement;
using EventHub.Core.Common;
using EventHub.Core.Texts;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Engagement;

/// <summary>
/// Feedback over several events (the results over time, the annual report) set against one event's own results: event A
/// shows its 5 Government respondents, event B hides its single one. Were the range to count B's person, "A and B minus A"
/// would give back that one person and their ratings.
/// </summary>
public class FeedbackAcrossEventsTests : IAsyncLifetime
{
    private TestDatabase _db = default!;
    private FeedbackWorld _world = default!;

    private FeedbackResultsService Results => _db.Services.GetRequiredService<FeedbackResultsService>();

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = new FeedbackWorld(_db.Services);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task OverTime_SetAgainstOneEventsResults_DoesNotGiveBackAGroupHiddenThere()
    {
        var (a, b) = await TwoEveningsAsync();

        var atA = Government((await Results.ForEventAsync(a))!.BySector);
        var atB = Government((await Results.ForEventAsync(b))!.BySector);
        var both = Government((await Results.OverTimeAsync(new DateOnly(2026, 11, 26), new DateOnly(2026, 11, 27))).BySector);

        Assert.True(atB.Hidden);
        Assert.Equal(5, atA.Respondents);
        Assert.Equal(atA, both); // only what event A shows: event B's one person is not in it, so "both − A" is nothing
    }

    [Fact]
    public async Task TheAnnualReport_SetAgainstOneEventsResults_DoesNotGiveBackAGroupHiddenThere()
    {
        var (a, _) = await TwoEveningsAsync();

        var atA = Government((await Results.ForEventAsync(a))!.BySector);
        var year = (await _db.Services.GetRequiredService<AnnualReportService>().ForYearAsync(2026)).Feedback.BySector;

        Assert.Equal(atA, Government(year));
        // A's 15, and of B only the 6 Business answers its results show (its Government one and the Education group
        // hidden beside it stay out).
        Assert.Equal(5 + 10 + 6, year.Total.Respondents);
    }

    [Fact]
    public async Task OverTime_TheTotalSaysItCountsTheGroupsShown_NotEveryRespondent()
    {
        var (a, b) = await TwoEveningsAsync();
        var text = Localized.Core(Language.Nl);

        var atB = (await Results.ForEventAsync(b))!.BySector;
        var both = (await Results.OverTimeAsync(new DateOnly(2026, 11, 26), new DateOnly(2026, 11, 27))).BySector;

        // B's own total counts its 12 respondents; over both evenings the total is A's 15 and B's 6 Business answers,
        // fewer than A's 15 and B's 12: it must not be called "all respondents".
        Assert.Equal(["Totaal", "12"], FeedbackCells.Rows(atB, text).Last().Take(2));
        Assert.Equal(["Totaal van de getoonde groepen", "21"], FeedbackCells.Rows(both, text).Last().Take(2));
    }

    private static FeedbackFigures Government(FeedbackBreakdown breakdown) =>
        breakdown.Sectors.Single(s => s.Sector == Sector.Government).Figures;

    /// <summary>A: 5 Government (heard 5) and 10 Education; B, a day later: 1 Government (heard 1), 5 Education, 6 Business.</summary>
    private async Task<(int A, int B)> TwoEveningsAsync()
    {
        var a = await _world.EventAsync("Avond A", FeedbackWorld.EventStart);
        var aGovernment = await _world.GuestsAsync(a, Sector.Government, 5);
        var aEducation = await _world.GuestsAsync(a, Sector.Education, 10);
        var b = await _world.EventAsync("Avond B", FeedbackWorld.EventStart.AddDays(1));
        var bGovernment = await _world.GuestsAsync(b, Sector.Government, 1);
        var bEducation = await _world.GuestsAsync(b, Sector.Education, 5);
        var bBusiness = await _world.GuestsAsync(b, Sector.Business, 6);
        await _world.SendSurveysAsync();
        await _world.AnswerAsync(aGovernment, heard: 5);
        await _world.AnswerAsync(aEducation, heard: 4);
        await _world.AnswerAsync(bGovernment, heard: 1);
        await _world.AnswerAsync(bEducation, heard: 4);
        await _world.AnswerAsync(bBusiness, heard: 3);
        return (a.Id, b.Id);
    }
}
