using EventHub.App.Components.Shared;
using EventHub.Core.Common;
using EventHub.Core.Privacy;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace EventHub.App.Components.Pages.Privacy;

public partial class InactiveContactsPage
{
    /// <summary>Rows on one page: after a few years there can be thousands, each with its own box to tick.</summary>
    public const int PageSize = 50;

    private IReadOnlyList<InactiveContact>? _contacts;
    private readonly HashSet<int> _chosen = [];
    private int _page;
    private (int Done, int Total)? _progress;
    private UserAction _action = default!;
    private TeamMember _actor = default!;

    [Inject]
    private InactiveContacts Inactive { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private int PageCount => _contacts is null ? 0 : (_contacts.Count + PageSize - 1) / PageSize;

    private IEnumerable<InactiveContact> ShownRows => _contacts?.Skip(_page * PageSize).Take(PageSize) ?? [];

    protected override async Task OnInitializedAsync()
    {
        _action = new UserAction(Snackbar, L, CoreL);
        _actor = TeamMembers.Of((await AuthenticationState).User);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var listed = await Inactive.ListAsync(_actor);
        _contacts = listed.Succeeded ? listed.Value : [];
        _chosen.IntersectWith(_contacts.Select(c => c.Id));
        _page = Math.Clamp(_page, 0, Math.Max(PageCount - 1, 0));
    }

    private void Choose(int id, bool on)
    {
        if (on)
        {
            _chosen.Add(id);
        }
        else
        {
            _chosen.Remove(id);
        }
    }

    /// <summary>The box over the table: everyone on this page, or no one on it (the choices on other pages stay).</summary>
    private void ChooseShown(bool on)
    {
        var shown = ShownRows.Select(c => c.Id);
        if (on)
        {
            _chosen.UnionWith(shown);
        }
        else
        {
            _chosen.ExceptWith(shown);
        }
    }

    private void ChooseEvery() => _chosen.UnionWith(_contacts!.Select(c => c.Id));

    private async Task AnonymiseAsync()
    {
        var count = _chosen.Count;
        if (count == 0 || !await ConfirmDialog.AskAsync(Dialogs, L.Plural("Privacy_Inactive_ConfirmTitle", count),
                L["Privacy_Inactive_ConfirmMessage"], L.Plural("Privacy_Inactive_Anonymise", count), destructive: true))
        {
            return;
        }

        await _action.RunAsync(async () =>
        {
            var chosen = _chosen.ToList();
            _progress = (0, chosen.Count);
            var progress = new Progress<int>(done =>
            {
                // A report that arrives after the work has ended must not bring the bar back.
                if (_progress is not null)
                {
                    _progress = (done, chosen.Count);
                    _ = InvokeAsync(StateHasChanged);
                }
            });
            try
            {
                // Off the circuit's thread, so the bar can move between the batches.
                var result = await Task.Run(() => Inactive.AnonymiseAsync(_actor, chosen, progress));
                Snackbar.Add(result.Succeeded ? L.Plural("Privacy_Inactive_Done", result.Value) : CoreL.Describe(result),
                    result.Succeeded ? Severity.Success : Severity.Error);
            }
            finally
            {
                // Also after a batch refused midway: the list shows who is still to be done, and the ones done are no longer chosen.
                _progress = null;
                await LoadAsync();
            }
        });
    }
}
