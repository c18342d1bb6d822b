using EventHub.Core.Outcomes;
using EventHub.Tests.Support;

namespace EventHub.Tests.Core.Outcomes;

/// <summary>Draft → Final → Draft, and nothing else.</summary>
public class OutcomeStatusTests
{
    private static readonly OutcomeDraft Written = OutcomeDraft.Empty with { Notes = "Aantekeningen" };

    [Fact]
    public async Task MarkFinal_SavedDraft_IsFinalAndCanBeReopened()
    {
        await using var scenario = await OutcomeScenario.CreateAsync();
        await scenario.Outcomes.SaveAsync(scenario.WorkshopA, Written, 0, scenario.Femke);

        var final = await scenario.Outcomes.MarkFinalAsync(scenario.WorkshopA, 1, scenario.Femke);
        var reopened = await scenario.Outcomes.ReopenAsync(scenario.WorkshopA, 2, scenario.Olga);

        Assert.Equal((OutcomeStatus.Final, 2), (final.Saved!.Status, final.Saved.Version));
        Assert.Equal(ScenarioNow, final.Saved.FinalisedAtUtc);
        Assert.Equal((OutcomeStatus.Draft, 3, null), (reopened.Saved!.Status, reopened.Saved.Version, reopened.Saved.FinalisedAtUtc));
        Assert.Equal("Aantekeningen", reopened.Saved.Draft.Notes);
    }

    [Fact]
    public async Task InvalidMoves_AreRefused()
    {
        await using var scenario = await OutcomeScenario.CreateAsync();

        var finalBeforeAnything = await scenario.Outcomes.MarkFinalAsync(scenario.WorkshopA, 0, scenario.Femke);
        await scenario.Outcomes.SaveAsync(scenario.WorkshopA, Written, 0, scenario.Femke);
        var reopenDraft = await scenario.Outcomes.ReopenAsync(scenario.WorkshopA, 1, scenario.Femke);
        await scenario.Outcomes.MarkFinalAsync(scenario.WorkshopA, 1, scenario.Femke);
        var finalTwice = await scenario.Outcomes.MarkFinalAsync(scenario.WorkshopA, 2, scenario.Femke);

        Assert.Equal(OutcomeErrors.InvalidTransition, finalBeforeAnything.ErrorCode);
        Assert.Equal(OutcomeErrors.InvalidTransition, reopenDraft.ErrorCode);
        Assert.Equal(OutcomeErrors.InvalidTransition, finalTwice.ErrorCode);
    }

    [Fact]
    public async Task Save_FinalRecord_IsRefusedUntilReopened()
    {
        await using var scenario = await OutcomeScenario.CreateAsync();
        await scenario.Outcomes.SaveAsync(scenario.WorkshopA, Written, 0, scenario.Femke);
        await scenario.Outcomes.MarkFinalAsync(scenario.WorkshopA, 1, scenario.Femke);

        var save = await scenario.Outcomes.SaveAsync(scenario.WorkshopA, Written with { Notes = "Later erbij" }, 2, scenario.Femke);

        Assert.Equal(OutcomeErrors.IsFinal, save.ErrorCode);
    }

    [Fact]
    public async Task MarkFinal_FromAStaleVersion_IsAConflictWithTheNewerRecord()
    {
        await using var scenario = await OutcomeScenario.CreateAsync();
        await scenario.Outcomes.SaveAsync(scenario.WorkshopA, Written, 0, scenario.Femke);
        await scenario.Outcomes.SaveAsync(scenario.WorkshopA, Written with { Notes = "Olga vulde aan" }, 1, scenario.Olga);

        var final = await scenario.Outcomes.MarkFinalAsync(scenario.WorkshopA, 1, scenario.Femke);

        Assert.True(final.IsConflict);
        Assert.Equal(("Olga vulde aan", OutcomeStatus.Draft), (final.Theirs!.Draft.Notes, final.Theirs.Status));
    }

    [Fact]
    public async Task MarkFinal_FacilitatorOfAnotherSession_IsForbidden()
    {
        await using var scenario = await OutcomeScenario.CreateAsync();
        await scenario.Outcomes.SaveAsync(scenario.WorkshopA, Written, 0, scenario.Femke);

        var final = await scenario.Outcomes.MarkFinalAsync(scenario.WorkshopA, 1, scenario.Bas);

        Assert.Equal(OutcomeErrors.Forbidden, final.ErrorCode);
    }

    private static DateTime ScenarioNow => new(2027, 2, 1, 9, 0, 0, DateTimeKind.Utc);
}
