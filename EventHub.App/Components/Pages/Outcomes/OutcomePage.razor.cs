using EventHub.Core.Accounts;
using EventHub.App.Components.Shared;
using EventHub.Core.Actions;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Outcomes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using MudBlazor;

namespace EventHub.App.Components.Pages.Outcomes;

/// <summary>
/// The capture screen: notes, insights, decisions, themes, sector mix and action items of one session, saved
/// automatically (see OutcomePage.Autosave.cs). Core decides who may open and save it.
/// </summary>
public partial class OutcomePage
{
    private bool _loading = true;
    private bool _busy;
    private string? _denied;
    private TeamMember _editor = default!;
    private OutcomeView? _view;
    private OutcomeForm _form = new();
    private IReadOnlyList<Participant> _participants = [];
    private IReadOnlyList<ActionItemView> _actions = [];

    [Parameter]
    public int Id { get; set; }

    [Inject]
    private OutcomeService Outcomes { get; set; } = default!;

    [Inject]
    private ActionItemService Actions { get; set; } = default!;

    [Inject]
    private OrganisationService Organisations { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private ILogger<OutcomePage> Log { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = default!;

    private bool ReadOnly => _status == OutcomeStatus.Final;

    private List<BreadcrumbItem> Breadcrumbs => [new(L["MySessions_Title"], href: "my-sessions"), new(_view!.Session.EventTitle, href: $"events/{_view.Session.EventId}")];

    private IReadOnlyDictionary<int, string> ThemeNames => _view!.Themes.ToDictionary(t => t.Id, t => t.Name);

    protected override async Task OnInitializedAsync()
    {
        _editor = TeamMembers.Of((await Authentication).User);
        var view = await Outcomes.GetAsync(Id, _editor);
        if (!view.Succeeded)
        {
            _denied = view.ErrorCode;
            _loading = false;
            return;
        }

        _view = view.Value;
        _form = OutcomeForm.From(_view.Record.Draft);
        Apply(_view.Record);
        _participants = (await Outcomes.ParticipantsAsync(Id, _editor)).Value;
        await ReloadActionsAsync();
        _loading = false;
    }

    private async Task ReloadActionsAsync() => _actions = (await Actions.ListAsync(Id, _editor)) is { Succeeded: true } found ? found.Value : [];

    private async Task<IEnumerable<OrganisationOption>> SearchOrganisationsAsync(string? search, CancellationToken ct) =>
        await Organisations.PickAsync(search, ct: ct);

    private async Task MarkFinalAsync() => await ChangeStatusAsync(() => Outcomes.MarkFinalAsync(Id, _version, _editor), L["Outcome_MarkedFinal"]);

    private async Task ReopenAsync() => await ChangeStatusAsync(() => Outcomes.ReopenAsync(Id, _version, _editor), L["Outcome_Reopened"]);

    /// <summary>Saves what is typed first, so the status applies to the record as the person sees it.</summary>
    private async Task ChangeStatusAsync(Func<Task<SaveResult<OutcomeRecord>>> change, string done)
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        try
        {
            if (_state is AutosaveState.Pending or AutosaveState.Failed)
            {
                await SaveAsync();
            }

            if (_state != AutosaveState.Saved)
            {
                return;
            }

            var result = await change();
            if (result.Succeeded)
            {
                Apply(result.Saved!);
                Snackbar.Add(done, Severity.Success);
            }
            else if (result.IsConflict)
            {
                _theirs = result.Theirs;
                _state = AutosaveState.Conflict;
            }
            else
            {
                Snackbar.Add(CoreL.Describe(result), Severity.Error);
            }
        }
        finally
        {
            _busy = false;
        }

        if (_state == AutosaveState.Conflict)
        {
            await ResolveConflictAsync();
        }
    }

    private async Task AddActionAsync()
    {
        var due = DateOnly.FromDateTime(EventTime.ToLocal(_view!.Session.EndUtc, _view.Session.TimeZoneId)).AddMonths(3);
        if (await ActionItemDialog.ShowAsync(Dialogs, L["OutcomeAction_Add"], Id, _editor, null, due))
        {
            Snackbar.Add(L["OutcomeAction_Saved"], Severity.Success);
            await ReloadActionsAsync();
        }
    }

    private async Task EditActionAsync(ActionItemView item)
    {
        if (await ActionItemDialog.ShowAsync(Dialogs, L["OutcomeAction_Edit"], Id, _editor, item, item.DueOn))
        {
            Snackbar.Add(L["OutcomeAction_Saved"], Severity.Success);
        }

        // Reload either way: the dialog may have shown a newer version someone else saved.
        await ReloadActionsAsync();
    }
}
