using EventHub.App.Components.Shared;
using EventHub.Core.Accounts;
using EventHub.Core.Events;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace EventHub.App.Components.Pages.Events.Programme;

public partial class SessionEditDialog
{
    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = default!;

    private IReadOnlyList<ProgrammeConflict> _conflicts = [];
    private int _checks;
    private string? _error;
    private UserAction _action = default!;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Parameter, EditorRequired]
    public string Title { get; set; } = "";

    [Parameter, EditorRequired]
    public int EventId { get; set; }

    /// <summary>The session being edited; null for a new one.</summary>
    [Parameter]
    public int? SessionId { get; set; }

    [Parameter, EditorRequired]
    public SessionForm Form { get; set; } = default!;

    [Parameter, EditorRequired]
    public IReadOnlyList<Room> Rooms { get; set; } = [];

    [Parameter, EditorRequired]
    public IReadOnlyList<UserSummary> Facilitators { get; set; } = [];

    protected override void OnInitialized() => _action = new UserAction(Snackbar, L, CoreL);

    protected override Task OnInitializedAsync() => CheckAsync();

    private Task KindChanged(SessionKind? kind) => ChangedAsync(() => Form.Kind = kind);

    /// <summary>Every change to time, room, capacity or facilitators shows the conflicts straight away.</summary>
    private async Task ChangedAsync(Action change)
    {
        change();
        await CheckAsync();
    }

    /// <summary>
    /// Checks the form as it is now. Changes come quicker than checks answer, and answers can arrive out of order:
    /// only the latest change's answer is shown (an earlier one, arriving late, would hide a clash the room now has).
    /// </summary>
    private async Task CheckAsync()
    {
        var check = ++_checks;
        IReadOnlyList<ProgrammeConflict> conflicts = Form.ToInput() is { } input && !string.IsNullOrWhiteSpace(input.Title)
            ? (await Programme.CheckAsync(EventId, input, SessionId)).Where(c => c.Kind != ConflictKind.Invalid).ToList()
            : [];
        if (check == _checks)
        {
            _conflicts = conflicts;
        }
    }

    private async Task SaveAsync()
    {
        await _action.RunAsync(async () =>
        {
            if (Form.ToInput() is not { } input)
            {
                _error = L["Validation_DateTime"];
                return;
            }

            // A save the programme refuses anyway (shown above) is not worth a question first.
            if (SessionId is { } edited && !_conflicts.Any(c => c.RefusesSave) && !await KindChangeAgreedAsync(edited, input.Kind))
            {
                return;
            }

            var member = await TeamMembers.OfAsync(Authentication);
            var result = SessionId is { } id ? await Programme.UpdateAsync(EventId, id, input, member) : await Programme.AddAsync(EventId, input, member);
            if (result.Saved)
            {
                Dialog.Close(DialogResult.Ok(result.SessionId!.Value));
                return;
            }

            if (result.Theirs is { } theirs)
            {
                ShowTheirs(theirs);
                return;
            }

            _conflicts = result.Conflicts.Where(c => c.Kind != ConflictKind.Invalid).ToList();
            _error = result.Conflicts.Any(c => c.Kind == ConflictKind.Invalid)
                ? L["Sessions_EndAfterStart"]
                : CoreL.Describe(result.ErrorCode!, null);
        });
    }

    /// <summary>
    /// Into a plenary or out of one, the people in the session change: a workshop's registrations and waiting places are
    /// dropped (everyone coming is in a plenary), a plenary's people are no longer in it until they pick it. Asked, with
    /// the counts, before saving; nothing to ask when nobody is in it.
    /// </summary>
    private async Task<bool> KindChangeAgreedAsync(int sessionId, SessionKind kind)
    {
        if (await Programme.KindChangeAsync(EventId, sessionId, kind) is not { TouchesPeople: true } change)
        {
            return true;
        }

        var holders = change.Holders;
        string message = change.BecomesForEveryone
            ? L.Plural("Sessions_ToPlenaryMessage", holders.Registered, holders.Waiting)
            : L.Plural("Sessions_FromPlenaryMessage", holders.Coming);
        if (change.GuestsTold)
        {
            message += " " + L["Sessions_KindChangeTold"];
        }

        return await ConfirmDialog.AskAsync(Dialogs, change.BecomesForEveryone ? L["Sessions_ToPlenaryTitle"] : L["Sessions_FromPlenaryTitle"],
            message, L["Sessions_KindChangeConfirm"], destructive: change.BecomesForEveryone);
    }

    /// <summary>
    /// Another organiser saved the session since this form opened: nothing was saved, the form keeps what this organiser
    /// typed, and the message says what is stored now. Saving again puts theirs on top of that.
    /// </summary>
    private void ShowTheirs(Session theirs)
    {
        Form.StartedFrom = theirs.EditedState;
        _conflicts = [];
        _error = L["Sessions_ChangedMeanwhile", theirs.Title,
            EventDates.TimeRange(theirs.StartUtc, theirs.EndUtc, theirs.Event.TimeZoneId),
            theirs.Room?.Name ?? L["Timetable_NoRoom"].Value,
            theirs.Capacity?.ToString("N0", System.Globalization.CultureInfo.CurrentCulture) ?? L["Events_NoLimit"].Value];
    }

    /// <summary>Opens the dialog; returns the session's id when it was saved.</summary>
    public static async Task<int?> ShowAsync(IDialogService dialogs, string title, int eventId, int? sessionId, SessionForm form,
        IReadOnlyList<Room> rooms, IReadOnlyList<UserSummary> facilitators)
    {
        var parameters = new DialogParameters<SessionEditDialog>
        {
            { d => d.Title, title },
            { d => d.EventId, eventId },
            { d => d.SessionId, sessionId },
            { d => d.Form, form },
            { d => d.Rooms, rooms },
            { d => d.Facilitators, facilitators },
        };
        var dialog = await dialogs.ShowAsync<SessionEditDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true });
        var result = await dialog.Result;
        return result is { Canceled: false, Data: int id } ? id : null;
    }
}
