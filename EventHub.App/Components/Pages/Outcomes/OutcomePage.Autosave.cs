using EventHub.App.Components.Shared;
using EventHub.Core.Common;
using EventHub.Core.Outcomes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;

namespace EventHub.App.Components.Pages.Outcomes;

/// <summary>
/// Autosave: two seconds after typing stops, and when a field loses focus. Each save states the version it started
/// from; a refusal as stale opens the conflict dialog. Meanwhile the browser keeps a copy of what was typed
/// (js/outcome-drafts.js), offered back after a reload or a lost connection.
/// </summary>
public partial class OutcomePage
{
    public static readonly TimeSpan AutosaveDelay = TimeSpan.FromSeconds(2);

    private AutosaveState _state = AutosaveState.Saved;
    private string? _problem;
    private int _version;
    private OutcomeStatus _status;
    private DateTime? _savedAtUtc;
    private int _changes;
    private bool _saving;
    private ITimer? _timer;
    private OutcomeRecord? _theirs;
    private ElementReference _editorArea;
    private IJSObjectReference? _drafts;
    private LocalCopy? _localCopy;

    private string? SavedAt => _savedAtUtc is { } at ? EventTime.ToLocal(at, _view!.Session.TimeZoneId).ToString("HH:mm") : null;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_view is null || _drafts is not null || !RendererInfo.IsInteractive)
        {
            return;
        }

        _drafts = await DraftsAsync(js => js.InvokeAsync<IJSObjectReference>("import", "./js/outcome-drafts.js"));
        if (_drafts is null)
        {
            return;
        }

        await DraftsAsync(js => _drafts.InvokeVoidAsync("watch", _editorArea));
        var copy = await DraftsAsync(js => _drafts.InvokeAsync<LocalCopy?>("read", Id));
        if (copy is not null && OutcomeForm.FromJson(copy.Draft) is { } draft && !OutcomeForm.Same(draft, _form.ToDraft()))
        {
            _localCopy = copy with { Parsed = draft };
            StateHasChanged();
            return;
        }

        // Typing that reached the server before the script was ready is not saved yet: keep it as the copy too.
        await WriteLocalCopyAsync(keep: _state is not AutosaveState.Saved);
    }

    private async Task NotesChangedAsync(string notes)
    {
        _form.Notes = notes;
        await ChangedAsync();
    }

    private async Task ChangedAsync()
    {
        _changes++;
        if (_state is AutosaveState.Saved or AutosaveState.Failed)
        {
            _state = AutosaveState.Pending;
        }

        RestartTimer();
        await WriteLocalCopyAsync(keep: true);
    }

    private void RestartTimer()
    {
        _timer?.Dispose();
        _timer = Time.CreateTimer(_ => _ = InvokeAsync(SaveAsync), null, AutosaveDelay, Timeout.InfiniteTimeSpan);
    }

    private async Task BlurAsync(FocusEventArgs _)
    {
        if (_state == AutosaveState.Pending)
        {
            await SaveAsync();
        }
    }

    private async Task SaveBeforeLeavingAsync(LocationChangingContext _)
    {
        if (_state == AutosaveState.Pending)
        {
            await SaveAsync();
        }
    }

    private async Task SaveAsync()
    {
        _timer?.Dispose();
        _timer = null;
        if (_saving || _view is null || _status == OutcomeStatus.Final || _state is not (AutosaveState.Pending or AutosaveState.Failed))
        {
            return;
        }

        _saving = true;
        _state = AutosaveState.Saving;
        StateHasChanged();
        var changes = _changes;
        try
        {
            var result = await Outcomes.SaveAsync(Id, _form.ToSaveDraft(), _version, _editor);
            if (result.Succeeded)
            {
                Apply(result.Saved!);
                _state = _changes == changes ? AutosaveState.Saved : AutosaveState.Pending;
                await WriteLocalCopyAsync(keep: _state != AutosaveState.Saved);
            }
            else if (result.IsConflict)
            {
                (_state, _theirs) = (AutosaveState.Conflict, result.Theirs);
            }
            else
            {
                (_state, _problem) = (AutosaveState.Failed, CoreL.Describe(result));
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The text stays on the screen and in the browser's copy; say so rather than lose the circuit.
            Log.LogError(exception, "Saving the outcome of session {SessionId} failed", Id);
            (_state, _problem) = (AutosaveState.Failed, CoreL["Error_Unexpected"]);
        }
        finally
        {
            _saving = false;
        }

        if (_state == AutosaveState.Pending)
        {
            RestartTimer();
        }

        StateHasChanged();
        if (_state == AutosaveState.Conflict)
        {
            await ResolveConflictAsync();
        }
    }

    private async Task ResolveConflictAsync()
    {
        if (_theirs is not { } theirs)
        {
            return;
        }

        var savedAt = EventTime.ToLocal(theirs.UpdatedAtUtc ?? default, _view!.Session.TimeZoneId).ToString("HH:mm");
        var resolution = await ConflictDialog.AskAsync(Dialogs, L["Outcome_ConflictTitle"], _form.ToSaveDraft(), theirs, ThemeNames, savedAt);
        if (resolution is null)
        {
            return;
        }

        _theirs = null;
        _changes++;
        _version = theirs.Version;
        _status = theirs.Status;
        switch (resolution.Choice)
        {
            case ConflictChoice.TakeTheirs:
                _form = OutcomeForm.From(theirs.Draft);
                Apply(theirs);
                _state = AutosaveState.Saved;
                await WriteLocalCopyAsync(keep: false);
                break;
            case ConflictChoice.Merge:
                _form = OutcomeForm.From(resolution.Merged!);
                _state = AutosaveState.Pending;
                await SaveAsync();
                break;
            default:
                _state = AutosaveState.Pending;
                await SaveAsync();
                break;
        }

        StateHasChanged();
    }

    private async Task RestoreAsync()
    {
        if (_localCopy?.Parsed is not { } draft)
        {
            return;
        }

        // Saved on top of the version the copy was written on: if someone saved since, the conflict dialog shows both.
        _form = OutcomeForm.From(draft);
        _version = _localCopy.Version;
        _localCopy = null;
        _changes++;
        _state = AutosaveState.Pending;
        await SaveAsync();
    }

    private async Task DiscardAsync()
    {
        _localCopy = null;
        await WriteLocalCopyAsync(keep: false);
    }

    private void Apply(OutcomeRecord record)
    {
        _version = record.Version;
        _status = record.Status;
        _savedAtUtc = record.UpdatedAtUtc;
    }

    // While an earlier copy is on offer it stays untouched until the person restores or discards it.
    private Task WriteLocalCopyAsync(bool keep) =>
        _drafts is null || _localCopy is not null ? Task.CompletedTask : DraftsAsync(_ => _drafts.InvokeVoidAsync("write", Id, _version, OutcomeForm.ToJson(_form.ToDraft()), keep));

    // The browser's copy is a safety net: when the browser cannot be reached, the server copy is all there is.
    private async Task DraftsAsync(Func<IJSRuntime, ValueTask> call)
    {
        try
        {
            await call(JS);
        }
        catch (Exception exception) when (exception is JSException or JSDisconnectedException or TaskCanceledException)
        {
        }
    }

    private async Task<T?> DraftsAsync<T>(Func<IJSRuntime, ValueTask<T>> call)
    {
        try
        {
            return await call(JS);
        }
        catch (Exception exception) when (exception is JSException or JSDisconnectedException or TaskCanceledException)
        {
            return default;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _timer?.Dispose();
        if (_drafts is not null)
        {
            await DraftsAsync(_ => _drafts.DisposeAsync());
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>The browser's copy: the version it was written on, when (ms since 1970), and the draft as JSON.</summary>
    private sealed record LocalCopy(int Version, long At, string Draft)
    {
        public OutcomeDraft? Parsed { get; init; }
    }
}
