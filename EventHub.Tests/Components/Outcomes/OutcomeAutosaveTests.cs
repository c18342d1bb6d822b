using EventHub.App.Components.Pages.Outcomes;
using EventHub.Core.Common;
using EventHub.Core.Outcomes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace EventHub.Tests.Components.Outcomes;

/// <summary>The capture screen's autosave on its own, without rendering anything: a fake clock and a fake save.</summary>
public class OutcomeAutosaveTests
{
    private const int SessionId = 7;
    private static readonly DateTime TenOClock = new(2026, 5, 4, 8, 0, 0, DateTimeKind.Utc);

    private readonly FakeTimeProvider _time = new(TenOClock);
    private readonly List<int> _savedOnTopOf = [];
    private readonly List<AutosaveState> _shown = [];
    private Func<int, Task<SaveResult<OutcomeRecord>>> _answer;

    public OutcomeAutosaveTests() => _answer = version => Task.FromResult(Saved(version + 1));

    [Fact]
    public void Changed_ThenTwoSecondsWithoutTyping_SavesOnce()
    {
        var autosave = Start();

        autosave.Changed();
        _time.Advance(OutcomeAutosave.Delay - TimeSpan.FromMilliseconds(1));
        Assert.Empty(_savedOnTopOf);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        _time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal([0], _savedOnTopOf);
        Assert.Equal((AutosaveState.Saved, 1), (autosave.State, autosave.Version));
        Assert.Equal([AutosaveState.Saving, AutosaveState.Saved], _shown);
    }

    [Fact]
    public void Changed_AgainBeforeThePauseIsOver_StartsThePauseAgain()
    {
        var autosave = Start();

        autosave.Changed();
        _time.Advance(TimeSpan.FromSeconds(1.5));
        autosave.Changed();
        _time.Advance(TimeSpan.FromSeconds(1.5));
        Assert.Empty(_savedOnTopOf);
        _time.Advance(TimeSpan.FromSeconds(0.5));

        Assert.Equal([0], _savedOnTopOf);
    }

    [Fact]
    public void Changed_WhileSaving_SavesAgainAfterThePause()
    {
        OutcomeAutosave autosave = null!;
        var typedWhileSaving = AutosaveState.Saved;
        _answer = version =>
        {
            if (version == 0)
            {
                typedWhileSaving = autosave.State;
                autosave.Changed();
            }

            return Task.FromResult(Saved(version + 1));
        };
        autosave = Start();

        autosave.Changed();
        _time.Advance(OutcomeAutosave.Delay);
        Assert.Equal((AutosaveState.Saving, AutosaveState.Pending, 1), (typedWhileSaving, autosave.State, autosave.Version));
        _time.Advance(OutcomeAutosave.Delay);

        Assert.Equal([0, 1], _savedOnTopOf);
        Assert.Equal((AutosaveState.Saved, 2), (autosave.State, autosave.Version));
    }

    [Fact]
    public void Save_Refused_ShowsFailedWithTheReason_AndRetriesOnTheNextChange()
    {
        _answer = _ => Task.FromResult(SaveResult<OutcomeRecord>.Failure(OutcomeErrors.NotesTooLong, "20000"));
        var autosave = Start();
        autosave.Changed();
        _time.Advance(OutcomeAutosave.Delay);
        Assert.Equal((AutosaveState.Failed, OutcomeErrors.NotesTooLong), (autosave.State, autosave.Problem?.ErrorCode));
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Single(_savedOnTopOf);

        _answer = version => Task.FromResult(Saved(version + 1));
        autosave.Changed();
        Assert.Equal(AutosaveState.Pending, autosave.State);
        _time.Advance(OutcomeAutosave.Delay);

        Assert.Equal([0, 0], _savedOnTopOf);
        Assert.Equal((AutosaveState.Saved, 1), (autosave.State, autosave.Version));
    }

    [Fact]
    public async Task Save_Throwing_ShowsFailedWithoutAReason_AndRetryingSaves()
    {
        _answer = _ => throw new InvalidOperationException("database gone");
        var autosave = Start();
        autosave.Changed();
        _time.Advance(OutcomeAutosave.Delay);
        Assert.Equal(AutosaveState.Failed, autosave.State);
        Assert.Null(autosave.Problem);

        _answer = version => Task.FromResult(Saved(version + 1));
        await autosave.SaveAsync();

        Assert.Equal((AutosaveState.Saved, 1), (autosave.State, autosave.Version));
    }

    [Fact]
    public async Task Save_OnAStaleVersion_IsAConflict_AndNothingIsSavedUntilThePersonChooses()
    {
        _answer = _ => Task.FromResult(SaveResult<OutcomeRecord>.Conflict(OutcomeErrors.Conflict, Saved(3).Saved!));
        var autosave = Start();
        autosave.Changed();
        _time.Advance(OutcomeAutosave.Delay);
        Assert.Equal((AutosaveState.Conflict, 3), (autosave.State, autosave.Theirs?.Version));

        autosave.Changed();
        await autosave.FlushAsync();
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal([0], _savedOnTopOf);
        Assert.Equal(AutosaveState.Conflict, autosave.State);

        _answer = version => Task.FromResult(Saved(version + 1));
        await autosave.SaveOverTheirsAsync();

        Assert.Equal([0, 3], _savedOnTopOf);
        Assert.Equal((AutosaveState.Saved, 4, null), (autosave.State, autosave.Version, autosave.Theirs));
    }

    [Fact]
    public void TakeTheirs_InAConflict_ContinuesFromTheirVersionWithoutSaving()
    {
        _answer = _ => Task.FromResult(SaveResult<OutcomeRecord>.Conflict(OutcomeErrors.Conflict, Saved(3).Saved!));
        var autosave = Start();
        autosave.Changed();
        _time.Advance(OutcomeAutosave.Delay);

        var theirs = autosave.TakeTheirs();
        _time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(3, theirs.Version);
        Assert.Equal((AutosaveState.Saved, 3, null), (autosave.State, autosave.Version, autosave.Theirs));
        Assert.Equal([0], _savedOnTopOf);
    }

    [Fact]
    public async Task Flush_WhenLeavingWithTypingWaiting_SavesAtOnceAndOnlyOnce()
    {
        var autosave = Start();
        autosave.Changed();

        await autosave.FlushAsync();
        _time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal([0], _savedOnTopOf);
        Assert.Equal(AutosaveState.Saved, autosave.State);
    }

    [Fact]
    public async Task Flush_WithNothingTyped_SavesNothing()
    {
        var autosave = Start(Saved(2).Saved);

        await autosave.FlushAsync();

        Assert.Empty(_savedOnTopOf);
        Assert.Equal((AutosaveState.Saved, 2), (autosave.State, autosave.Version));
    }

    [Fact]
    public async Task ChangeStatus_WithTypingWaiting_SavesFirstAndChangesTheSavedVersion()
    {
        var autosave = Start();
        autosave.Changed();
        var changedOnTopOf = new List<int>();

        var result = await autosave.ChangeStatusAsync(version =>
        {
            changedOnTopOf.Add(version);
            return Task.FromResult(SaveResult<OutcomeRecord>.Success(Saved(version + 1).Saved! with { Status = OutcomeStatus.Final }));
        });

        Assert.True(result?.Succeeded);
        Assert.Equal([0], _savedOnTopOf);
        Assert.Equal([1], changedOnTopOf);
        Assert.Equal((OutcomeStatus.Final, 2), (autosave.Status, autosave.Version));
        autosave.Changed();
        await autosave.FlushAsync();
        Assert.Single(_savedOnTopOf);
    }

    [Fact]
    public async Task ChangeStatus_WhenSavingWhatWasTypedFails_ChangesNothing()
    {
        _answer = _ => Task.FromResult(SaveResult<OutcomeRecord>.Failure(OutcomeErrors.StatementTextRequired, "1"));
        var autosave = Start();
        autosave.Changed();

        var result = await autosave.ChangeStatusAsync(_ => throw new InvalidOperationException("must not be called"));

        Assert.Null(result);
        Assert.Equal((AutosaveState.Failed, OutcomeStatus.Draft), (autosave.State, autosave.Status));
    }

    [Fact]
    public async Task ChangeStatus_WhileASaveIsUnderWay_WaitsForItAndChangesTheVersionItSaved()
    {
        var saving = new TaskCompletionSource<SaveResult<OutcomeRecord>>();
        _answer = _ => saving.Task;
        var autosave = Start();
        autosave.Changed();
        _time.Advance(OutcomeAutosave.Delay);
        var changedOnTopOf = new List<int>();

        var change = autosave.ChangeStatusAsync(version =>
        {
            changedOnTopOf.Add(version);
            return Task.FromResult(SaveResult<OutcomeRecord>.Success(Saved(version + 1).Saved! with { Status = OutcomeStatus.Final }));
        });
        Assert.Empty(changedOnTopOf);
        saving.SetResult(Saved(1));
        var result = await change;

        Assert.True(result?.Succeeded);
        Assert.Equal([1], changedOnTopOf);
        Assert.Equal((AutosaveState.Saved, OutcomeStatus.Final, 2), (autosave.State, autosave.Status, autosave.Version));
    }

    [Fact]
    public async Task Changed_AfterTheRecordWasMadeFinal_IsShownAsNotSaved_AndSavedRightAfterReopening()
    {
        var autosave = Start(Saved(2).Saved! with { Status = OutcomeStatus.Final });

        autosave.Changed();
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal((AutosaveState.Failed, OutcomeErrors.IsFinal), (autosave.State, autosave.Problem?.ErrorCode));
        Assert.Empty(_savedOnTopOf);
        var result = await autosave.ChangeStatusAsync(version => Task.FromResult(Saved(version + 1)));

        Assert.True(result?.Succeeded);
        Assert.Equal([3], _savedOnTopOf);
        Assert.Equal((AutosaveState.Saved, OutcomeStatus.Draft, 4), (autosave.State, autosave.Status, autosave.Version));
    }

    [Fact]
    public async Task Restore_SavesTheCopyOnTopOfTheVersionItWasWrittenOn()
    {
        var autosave = Start(Saved(5).Saved);

        await autosave.RestoreAsync(4);

        Assert.Equal([4], _savedOnTopOf);
        Assert.Equal((AutosaveState.Saved, 5), (autosave.State, autosave.Version));
    }

    [Fact]
    public void Dispose_WithTypingWaiting_StopsTheTimer()
    {
        var autosave = Start();
        autosave.Changed();

        autosave.Dispose();
        _time.Advance(TimeSpan.FromMinutes(1));

        Assert.Empty(_savedOnTopOf);
    }

    private OutcomeAutosave Start(OutcomeRecord? opened = null)
    {
        OutcomeAutosave? autosave = null;
        autosave = new OutcomeAutosave(
            opened ?? new OutcomeRecord(SessionId, 0, OutcomeStatus.Draft, OutcomeDraft.Empty, null, null, null),
            version =>
            {
                _savedOnTopOf.Add(version);
                return _answer(version);
            },
            () =>
            {
                _shown.Add(autosave!.State);
                return Task.CompletedTask;
            },
            work => work(),
            _time,
            NullLogger.Instance);
        return autosave;
    }

    private SaveResult<OutcomeRecord> Saved(int version) => SaveResult<OutcomeRecord>.Success(
        new OutcomeRecord(SessionId, version, OutcomeStatus.Draft, OutcomeDraft.Empty, "Femke Jansen", _time.GetUtcNow().UtcDateTime, null));
}
