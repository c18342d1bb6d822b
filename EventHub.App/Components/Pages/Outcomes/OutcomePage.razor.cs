using EventHub.App.Components.Shared;
using EventHub.Core.Common;
using EventHub.Core.Outcomes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace EventHub.App.Components.Pages.Outcomes;

/// <summary>
/// The capture screen of one session's outcome. Core decides who may open and save it; <see cref="OutcomeAutosave"/>
/// saves what is typed, <see cref="BrowserDraftCopy"/> keeps a copy in the browser; this page puts them together and
/// lets the person choose when someone else saved first.
/// </summary>
public partial class OutcomePage
{
    private bool _loading = true;
    private UserAction _action = default!;
    private string? _denied;
    private TeamMember _editor = default!;
    private OutcomeView? _view;
    private OutcomeForm _form = new();
    private OutcomeAutosave? _autosave;
    private OutcomeEditor? _editorView;
    private IReadOnlyList<Participant> _participants = [];

    [Parameter]
    public int Id { get; set; }

    [Inject] private OutcomeService Outcomes { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [Inject] private ILogger<OutcomePage> Log { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = default!;

    private bool ReadOnly => _autosave?.Status == OutcomeStatus.Final;

    protected override async Task OnInitializedAsync()
    {
        _action = new UserAction(Snackbar, L, CoreL);
        _editor = TeamMembers.Of((await Authentication).User);
        var view = await Outcomes.GetAsync(Id, _editor);
        if (view.Succeeded)
        {
            _view = view.Value;
            _form = OutcomeForm.From(_view.Record.Draft);
            _autosave = new OutcomeAutosave(_view.Record, version => Outcomes.SaveAsync(Id, _form.ToSaveDraft(), version, _editor),
                AutosaveChangedAsync, InvokeAsync, Time, Log);
            _participants = (await Outcomes.ParticipantsAsync(Id, _editor)).Value;
        }

        (_denied, _loading) = (view.ErrorCode, false);
    }

    private async Task AutosaveChangedAsync()
    {
        StateHasChanged();
        if (_autosave!.State == AutosaveState.Conflict)
        {
            await ResolveConflictAsync();
        }
    }

    private Task MarkFinalAsync() => ChangeStatusAsync(version => Outcomes.MarkFinalAsync(Id, version, _editor), L["Outcome_MarkedFinal"]);

    private Task ReopenAsync() => ChangeStatusAsync(version => Outcomes.ReopenAsync(Id, version, _editor), L["Outcome_Reopened"]);

    private Task ChangeStatusAsync(Func<int, Task<SaveResult<OutcomeRecord>>> change, string done) =>
        _action.RunAsync(async () =>
        {
            // The status applies to the record as the screen shows it, words typed just before the click included.
            await FlushScreenAsync();

            // A conflict is shown by the autosave's own conflict handling (AutosaveChangedAsync).
            if (await _autosave!.ChangeStatusAsync(change) is { IsConflict: false } result)
            {
                Snackbar.Add(result.Succeeded ? done : CoreL.Describe(result), result.Succeeded ? Severity.Success : Severity.Error);
            }
        });

    private async Task LeaveAsync()
    {
        await FlushScreenAsync();
        await (_autosave?.FlushAsync() ?? Task.CompletedTask);
    }

    private Task FlushScreenAsync() => _editorView?.FlushAsync() ?? Task.CompletedTask;

    private async Task ResolveConflictAsync()
    {
        if (_autosave?.Theirs is not { } theirs || await ConflictDialog.AskAsync(Dialogs, L["Outcome_ConflictTitle"], _autosave.Common, _form.ToSaveDraft(), theirs, _view!) is not { } resolution)
        {
            return;
        }

        if (resolution.Choice == ConflictChoice.TakeTheirs)
        {
            _form = OutcomeForm.From(_autosave.TakeTheirs().Draft);
        }
        else
        {
            // Mine (or the merge, shown from now on) saved on top of theirs.
            _form = resolution.Merged is { } merged ? OutcomeForm.From(merged) : _form;
            await _autosave.SaveOverTheirsAsync();
        }

        StateHasChanged();
    }

    // Saved on top of the version the copy was written on: if someone saved since, the conflict dialog shows both.
    private Task RestoreAsync(RestoredDraft restored)
    {
        _form = OutcomeForm.From(restored.Draft);
        return _autosave!.RestoreAsync(restored.Version);
    }

    public void Dispose() => _autosave?.Dispose();
}
