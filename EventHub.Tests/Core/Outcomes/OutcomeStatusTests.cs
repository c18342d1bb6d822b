using EventHub.Core.Outcomes;
using EventHub.Tests.Support;

namespace EventHub.Tests.Core.Outcomes;

/// <summary>Draft → Final → Draft, and nothing else; final only once the session has started.</summary>
public class OutcomeStatusTests
{
    private static readonly OutcomeDraft Written = OutcomeDraft.Empty with { Notes = "Aantekeningen" };

    [Fact]
    public async Task MarkFinal_SavedDraft_IsFinalAndCanBeReopened()
    {
        await using var scenario = await OutcomeScenario.CreateAsync();
        scenario.Invitations.Time.SetUtcNow(WorkshopAStarted);
        await scenario.Outcomes.SaveAsync(scenario.WorkshopA, Written, 0, scenario.Femke);

        var final = await scenario.Outcomes.MarkFinalAsync(scenario.WorkshopA, 1, scenario.Femke);
        var reopened = await scenario.Outcomes.ReopenAsync(scenario.WorkshopA, 2, scenario.Olga);

        Assert.Equal((OutcomeStatus.Final, 2), (final.Saved!.Status, final.Saved.Version));
        Assert.Equal(WorkshopAStarted.UtcDateTime, final.Saved.FinalisedAtUtc);
        Assert.Equal((OutcomeStatus.Draft, 3, null), (reopened.Saved!.Status, reopened.Saved.Version, reopened.Saved.FinalisedAtUtc));
        Assert.Equal("Aantekeningen", reopened.Saved.Draft.Notes);
    }

    [Fact]
    public async Task InvalidMoves_AreRefused()
    {
        await using var scenario = await OutcomeScenario.CreateAsync();
        scenario.Invitations.Time.SetUtcNow(WorkshopAStarted);

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
        scenario.Invitations.Time.SetUtcNow(WorkshopAStarted);
        await scenario.Outcomes.SaveAsync(scenario.WorkshopA, Written, 0, scenario.Femke);
        await scenario.Outcomes.MarkFinalAsync(scenario.WorkshopA, 1, scenario.Femke);

        var save = await scenario.Outcomes.SaveAsync(scenario.WorkshopA, Written with { Notes = "Later erbij" }, 2, scenario.Femke);

        Assert.Equal(OutcomeErrors.IsFinal, save.ErrorCode);
    }

    [Fact]
    public async Task MarkFinal_FromAStaleVersion_IsAConflictWithTheNewerRecord()
    {
        await using var scenario = await OutcomeScenario.CreateAsync();
        scenario.Invitations.Time.SetUtcNow(WorkshopAStarted);
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
        scenario.Invitations.Time.SetUtcNow(WorkshopAStarted);
        await scenario.Outcomes.SaveAsync(scenario.WorkshopA, Written, 0, scenario.Femke);

        var final = await scenario.Outcomes.MarkFinalAsync(scenario.WorkshopA, 1, scenario.Bas);

        Assert.Equal(OutcomeErrors.Forbidden, final.ErrorCode);
    }

    [Fact]
    public async Task MarkFinal_BeforeTheSessionStarted_IsRefusedAndTheRecordStaysADraft()
    {
        await using var scenario = await OutcomeScenario.CreateAsync();
        await scenario.Outcomes.SaveAsync(scenario.WorkshopA, Written, 0, scenario.Femke);
        scenario.Invitations.Time.SetUtcNow(WorkshopAStarted.AddMinutes(-1));

        var early = await scenario.Outcomes.MarkFinalAsync(scenario.WorkshopA, 1, scenario.Femke);
        scenario.Invitations.Time.SetUtcNow(WorkshopAStarted);
        var onTime = await scenario.Outcomes.MarkFinalAsync(scenario.WorkshopA, 1, scenario.Femke);

        Assert.Equal(OutcomeErrors.NotStarted, early.ErrorCode);
        Assert.Equal(OutcomeStatus.Final, onTime.Saved!.Status);
    }

    /// <summary>Workshop A begins an hour after the event (see <see cref="InvitationScenario.EventStart"/>).</summary>
    private static DateTimeOffset WorkshopAStarted => new(InvitationScenario.EventStart.AddHours(1), TimeSpan.Zero);
}
