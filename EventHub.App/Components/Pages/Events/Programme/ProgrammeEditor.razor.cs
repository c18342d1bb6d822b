using EventHub.App.Components.Shared;
using EventHub.App.Hosting;
using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Core.Events;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace EventHub.App.Components.Pages.Events.Programme;

/// <summary>The event's programme: add, edit, duplicate, reorder and delete sessions, with conflicts in view.</summary>
public partial class ProgrammeEditor
{
    private IReadOnlyDictionary<int, IReadOnlyList<ProgrammeConflict>> _conflicts = new Dictionary<int, IReadOnlyList<ProgrammeConflict>>();
    private IReadOnlyList<UserSummary> _facilitators = [];
    private bool _mayEdit;
    private UserAction _action = default!;

    [Parameter, EditorRequired]
    public int EventId { get; set; }

    [Parameter, EditorRequired]
    public Event Event { get; set; } = default!;

    /// <summary>Raised after every change, so the page reloads the event.</summary>
    [Parameter]
    public EventCallback OnChanged { get; set; }

    [Inject]
    private ProgrammeService Programme { get; set; } = default!;

    [Inject]
    private TeamDirectory Team { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = default!;

    private bool CanEdit => _mayEdit && Event.IsOpenForChanges;

    private List<Session> Ordered => Event.Sessions.OrderBy(s => s.SortOrder).ToList();

    protected override void OnInitialized() => _action = new UserAction(Snackbar, L, CoreL);

    protected override async Task OnInitializedAsync()
    {
        var user = (await Authentication).User;
        _mayEdit = (await Authorization.AuthorizeAsync(user, Policies.Organise)).Succeeded;
        _facilitators = _mayEdit ? await Team.ListFacilitatorsAsync() : [];
    }

    protected override async Task OnParametersSetAsync() => _conflicts = await Programme.ConflictsBySessionAsync(EventId);

    /// <summary>"09:00–10:00", with the day in front ("Tue 12 Jan") when the event runs over more than one day.</summary>
    private string When(Session session) =>
        $"{ProgrammeDays.DayOf(session.StartUtc, Event.StartUtc, Event.EndUtc, Event.TimeZoneId)} {Time(session.StartUtc)}–{Time(session.EndUtc)}".TrimStart();

    private string Time(DateTime utc) => EventTime.ToLocal(utc, Event.TimeZoneId).ToString("HH:mm");

    private async Task AddAsync()
    {
        var rooms = Event.Venue?.Rooms ?? [];
        if (await SessionEditDialog.ShowAsync(Dialogs, L["Sessions_Add"], EventId, null, SessionForm.NewFor(Event), rooms, _facilitators) is not null)
        {
            await ChangedAsync(L["Common_Saved"]);
        }
    }

    private async Task EditAsync(Session session)
    {
        var rooms = Event.Venue?.Rooms ?? [];
        var form = SessionForm.From(session, Event);
        // Also when cancelled: the dialog may have said another organiser saved meanwhile, and the programme then shows theirs.
        await ChangedAsync(await SessionEditDialog.ShowAsync(Dialogs, L["Sessions_Edit"], EventId, session.Id, form, rooms, _facilitators) is not null ? L["Common_Saved"].Value : null);
    }

    private Task DuplicateAsync(Session session) => RunAsync(async () => await Programme.DuplicateAsync(EventId, session.Id, await TeamMembers.OfAsync(Authentication)), L["Sessions_Duplicated"]);

    private Task MoveAsync(Session session, int direction) => RunAsync(async () => await Programme.MoveAsync(EventId, session.Id, direction, await TeamMembers.OfAsync(Authentication)), null);

    /// <summary>
    /// A session people chose, attended or recorded something for is not deleted (Core refuses it too): the dialog says
    /// what is attached, with no Delete button. Otherwise it asks as before.
    /// </summary>
    private async Task DeleteAsync(Session session)
    {
        var use = await Programme.UseOfAsync(session.Id);
        if (use.Any)
        {
            await ConfirmDialog.TellAsync(Dialogs, L["Sessions_DeleteRefusedTitle"], L["Sessions_DeleteRefused", session.Title, string.Join("; ", UseTexts(use))]);
            return;
        }

        if (await ConfirmDialog.AskAsync(Dialogs, L["Sessions_DeleteTitle"], L["Sessions_DeleteMessage", session.Title], L["Sessions_Delete"], destructive: true))
        {
            await RunAsync(async () => await Programme.DeleteAsync(EventId, session.Id, await TeamMembers.OfAsync(Authentication)), L["Sessions_Deleted"]);
        }
    }

    private IEnumerable<string> UseTexts(SessionUse use)
    {
        if (use.Chosen > 0)
        {
            yield return L.Plural("Sessions_DeleteUse_Chosen", use.Chosen);
        }

        if (use.LetIn > 0)
        {
            yield return L.Plural("Sessions_DeleteUse_LetIn", use.LetIn);
        }

        if (use.HasRecord)
        {
            yield return L["Sessions_DeleteUse_Record"];
        }

        if (use.ActionItemCount > 0)
        {
            yield return L.Plural("Sessions_DeleteUse_ActionItems", use.ActionItemCount);
        }
    }

    private async Task RunAsync(Func<Task<Result>> action, string? success)
    {
        await _action.RunAsync(async () =>
        {
            var result = await action();
            if (result.Succeeded)
            {
                await ChangedAsync(success);
            }
            else
            {
                Snackbar.Add(CoreL.Describe(result), Severity.Error);
            }
        });
    }

    private async Task ChangedAsync(string? message)
    {
        if (message is not null)
        {
            Snackbar.Add(message, Severity.Success);
        }

        await OnChanged.InvokeAsync();
    }
}
