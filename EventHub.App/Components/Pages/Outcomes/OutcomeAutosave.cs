using EventHub.Core.Common;
using EventHub.Core.Outcomes;

namespace EventHub.App.Components.Pages.Outcomes;

/// <summary>
/// Autosave of the capture screen, kept apart from the screen so it can be tested on its own: a save two seconds after
/// the last change, at once when a field loses focus or the person leaves, again after a save when typing went on
/// meanwhile. Each save states the version it started from; a refusal as stale is a <see cref="AutosaveState.Conflict"/>,
/// and nothing is saved any more until the person has chosen (<see cref="TakeTheirs"/>, <see cref="SaveOverTheirsAsync"/>).
/// </summary>
/// <remarks>
/// The page tells it how to save what is on the screen (on top of a given version), how to run work where the page's
/// state lives (the component's <c>InvokeAsync</c>, for the timer), and is told when a save moved the state on.
/// </remarks>
public sealed class OutcomeAutosave : IDisposable
{
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);

    private readonly int _sessionId;
    private readonly Func<int, Task<SaveResult<OutcomeRecord>>> _save;
    private OutcomeRecord _known = default!; // set by Apply in the constructor
    private readonly Func<Task> _stateChanged;
    private readonly Func<Func<Task>, Task> _dispatch;
    private readonly TimeProvider _time;
    private readonly ILogger _log;
    private int _changes;
    private bool _saving;
    private Task _running = Task.CompletedTask;
    private bool _disposed;
    private ITimer? _timer;

    /// <param name="opened">The record as the screen opened it.</param>
    /// <param name="save">Saves what is on the screen on top of the given version.</param>
    /// <param name="stateChanged">Called when a save started or ended (and on a conflict), to show it.</param>
    /// <param name="dispatch">Runs the timer's save where the screen's state may be touched.</param>
    public OutcomeAutosave(
        OutcomeRecord opened, Func<int, Task<SaveResult<OutcomeRecord>>> save, Func<Task> stateChanged,
        Func<Func<Task>, Task> dispatch, TimeProvider time, ILogger log)
    {
        (_sessionId, _save, _stateChanged, _dispatch, _time, _log) = (opened.SessionId, save, stateChanged, dispatch, time, log);
        Apply(opened);
    }

    public AutosaveState State { get; private set; } = AutosaveState.Saved;

    /// <summary>The version the next save starts from (0: nothing saved yet).</summary>
    public int Version { get; private set; }

    public OutcomeStatus Status { get; private set; }

    public DateTime? SavedAtUtc { get; private set; }

    /// <summary>Why the last save failed; null when it failed unexpectedly (an exception, logged).</summary>
    public Result? Problem { get; private set; }

    /// <summary>
    /// The version the next save starts from, as stored: what a merge compares both sides with, to tell a statement the
    /// other person deleted from one I never had. Null after restoring a browser copy written on a version not seen here.
    /// </summary>
    public OutcomeDraft? Common => _known.Version == Version ? _known.Draft : null;

    /// <summary>The newer version someone else saved, while in <see cref="AutosaveState.Conflict"/>.</summary>
    public OutcomeRecord? Theirs { get; private set; }

    /// <summary>
    /// Something on the screen changed: save after a pause (unless a conflict waits for a choice). A change that reaches
    /// the server after the record was made final cannot be saved: it is shown as not saved, never dropped quietly.
    /// </summary>
    public void Changed()
    {
        _changes++;
        if (State is AutosaveState.Saved or AutosaveState.Failed)
        {
            State = AutosaveState.Pending;
        }

        if (State == AutosaveState.Pending && Status == OutcomeStatus.Final)
        {
            RefuseWhileFinal();
        }
        else if (State == AutosaveState.Pending)
        {
            // While saving, the save itself starts the pause again when it ends (see SaveAsync).
            RestartTimer();
        }
    }

    /// <summary>A field lost focus or the person leaves: save what waits now rather than after the pause.</summary>
    public Task FlushAsync() => State == AutosaveState.Pending ? SaveAsync() : Task.CompletedTask;

    /// <summary>
    /// Saves what waits, or retries what failed. Does nothing while saving or in a conflict; when the record is final,
    /// what waits stays on the screen as not saved until the record is reopened.
    /// </summary>
    public Task SaveAsync()
    {
        StopTimer();
        if (_saving || _disposed || State is not (AutosaveState.Pending or AutosaveState.Failed))
        {
            return Task.CompletedTask;
        }

        if (Status == OutcomeStatus.Final)
        {
            RefuseWhileFinal();
            return _stateChanged();
        }

        return _running = SaveNowAsync();
    }

    private async Task SaveNowAsync()
    {
        _saving = true;
        State = AutosaveState.Saving;
        await _stateChanged();
        var changes = _changes;
        try
        {
            var result = await _save(Version);
            if (result.Succeeded)
            {
                Apply(result.Saved!);
                State = _changes == changes ? AutosaveState.Saved : AutosaveState.Pending;
            }
            else if (result.IsConflict)
            {
                (State, Theirs) = (AutosaveState.Conflict, result.Theirs);
            }
            else
            {
                (State, Problem) = (AutosaveState.Failed, result);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The text stays on the screen and in the browser's copy; say so rather than lose the circuit.
            _log.LogError(exception, "Saving the outcome of session {SessionId} failed", _sessionId);
            (State, Problem) = (AutosaveState.Failed, null);
        }
        finally
        {
            _saving = false;
        }

        if (State == AutosaveState.Pending)
        {
            RestartTimer();
        }

        await _stateChanged();
    }

    /// <summary>
    /// Changes the record's status (mark final, reopen) on top of the version saved, so that it applies to the record as
    /// the person sees it: a save under way is waited for, and what is typed is saved first — or, on reopening a final
    /// record, right after. Null when that first save did not succeed.
    /// </summary>
    public async Task<SaveResult<OutcomeRecord>?> ChangeStatusAsync(Func<int, Task<SaveResult<OutcomeRecord>>> change)
    {
        await _running;
        var reopening = Status == OutcomeStatus.Final;
        if (!reopening && State is AutosaveState.Pending or AutosaveState.Failed)
        {
            await SaveAsync();
        }

        var waiting = reopening && State is AutosaveState.Pending or AutosaveState.Failed;
        if (State != AutosaveState.Saved && !waiting)
        {
            return null;
        }

        var result = await change(Version);
        if (result.Succeeded)
        {
            Apply(result.Saved!);
            if (waiting)
            {
                await SaveAsync();
            }
        }
        else if (result.IsConflict)
        {
            (State, Theirs) = (AutosaveState.Conflict, result.Theirs);
            await _stateChanged();
        }

        return result;
    }

    /// <summary>Conflict resolved by dropping what is on the screen: returns the newer version, for the screen to show.</summary>
    public OutcomeRecord TakeTheirs()
    {
        var theirs = EndConflict();
        Apply(theirs);
        State = AutosaveState.Saved;
        return theirs;
    }

    /// <summary>Conflict resolved by saving what is on the screen (mine, or a merge the screen now shows) on top of the newer version.</summary>
    public Task SaveOverTheirsAsync()
    {
        var theirs = EndConflict();
        (_known, Version, Status, State) = (theirs, theirs.Version, theirs.Status, AutosaveState.Pending);
        return SaveAsync();
    }

    /// <summary>
    /// The screen now shows the browser's copy, written on top of <paramref name="version"/>: save it there, so that if
    /// someone saved since, the conflict shows both.
    /// </summary>
    public Task RestoreAsync(int version)
    {
        _changes++;
        (Version, State) = (version, AutosaveState.Pending);
        return SaveAsync();
    }

    public void Dispose()
    {
        _disposed = true;
        StopTimer();
    }

    private OutcomeRecord EndConflict()
    {
        var theirs = Theirs ?? throw new InvalidOperationException("There is no conflict to resolve.");
        Theirs = null;
        _changes++;
        return theirs;
    }

    private void RefuseWhileFinal()
    {
        StopTimer();
        (State, Problem) = (AutosaveState.Failed, Result.Failure(OutcomeErrors.IsFinal));
    }

    private void Apply(OutcomeRecord record) => (_known, Version, Status, SavedAtUtc) = (record, record.Version, record.Status, record.UpdatedAtUtc);

    private void RestartTimer()
    {
        StopTimer();
        _timer = _time.CreateTimer(_ => _ = _dispatch(SaveAsync), null, Delay, Timeout.InfiniteTimeSpan);
    }

    private void StopTimer()
    {
        _timer?.Dispose();
        _timer = null;
    }
}
