using EventHub.Core.Directory;
using EventHub.Core.Outcomes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace EventHub.App.Components.Pages.Outcomes;

public partial class StatementListEditor : IDisposable
{
    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>"insights" or "decisions": element ids and the browser copy's field names.</summary>
    [Parameter, EditorRequired]
    public string Path { get; set; } = "";

    [Parameter, EditorRequired]
    public string Title { get; set; } = "";

    [Parameter, EditorRequired]
    public string ItemLabel { get; set; } = "";

    [Parameter, EditorRequired]
    public string AddText { get; set; } = "";

    [Parameter, EditorRequired]
    public string EmptyText { get; set; } = "";

    [Parameter, EditorRequired]
    public List<StatementForm> Items { get; set; } = [];

    [Parameter, EditorRequired]
    public Func<string?, CancellationToken, Task<IEnumerable<OrganisationOption>>> SearchOrganisations { get; set; } = default!;

    [Parameter]
    public bool ReadOnly { get; set; }

    /// <summary>Raised after every change to the list.</summary>
    [Parameter]
    public EventCallback OnChanged { get; set; }

    [Parameter]
    public EventCallback<FocusEventArgs> OnBlur { get; set; }

    private readonly Dictionary<StatementForm, MudTextField<string>> _fields = [];
    private readonly Dictionary<StatementForm, MudIconButton> _up = [];
    private readonly Dictionary<StatementForm, MudIconButton> _down = [];
    private MudButton? _add;
    private readonly List<MudBlazor.Snackbar?> _undos = [];

    /// <summary>
    /// Where the keyboard goes after the next render, so it is never lost on the page: the new statement's field (typing
    /// goes straight into it); after a removal the statement now in its place, else the one before, else "Add"; after a
    /// move the moved statement's same arrow, or its other arrow once it reached the end.
    /// </summary>
    private StatementForm? _focus;
    private bool _focusAdd;
    private (StatementForm Item, int By)? _focusMoved;

    /// <summary>
    /// Changes made to the list, and how many of them the latest render drew (set while rendering). An earlier render can
    /// finish — the browser acknowledges it — after a change and before the change is drawn; the focus waits for the render
    /// that draws it. Under load it went to the moved statement's arrow as it was before the move, and was lost.
    /// </summary>
    private int _changes;
    private int _drawnChanges;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_drawnChanges < _changes)
        {
            return;
        }

        Forget(_fields);
        Forget(_up);
        Forget(_down);
        if (_focus is { } item && _fields.TryGetValue(item, out var field))
        {
            _focus = null;
            await field.FocusAsync();
        }
        else if (_focusMoved is var (moved, by) && _up.TryGetValue(moved, out var up) && _down.TryGetValue(moved, out var down))
        {
            _focusMoved = null;
            var index = Items.IndexOf(moved);
            var atEnd = by < 0 ? index == 0 : index == Items.Count - 1;
            await ((by < 0) != atEnd ? up : down).FocusAsync();
        }
        else if (_focusAdd && _add is not null)
        {
            _focusAdd = false;
            await _add.FocusAsync();
        }
    }

    private void Forget<T>(Dictionary<StatementForm, T> refs)
    {
        foreach (var gone in refs.Keys.Except(Items).ToList())
        {
            refs.Remove(gone);
        }
    }

    private Task ChangeAsync(Action change)
    {
        change();
        _changes++;
        return OnChanged.InvokeAsync();
    }

    private Task AddAsync() => ChangeAsync(() =>
    {
        _focus = new StatementForm();
        Items.Add(_focus);
    });

    /// <summary>Removes at once (saved like any change); a statement with words in it can be brought back from the snackbar.</summary>
    private Task RemoveAsync(int index) => ChangeAsync(() =>
    {
        var removed = Items[index];
        Items.RemoveAt(index);
        _focus = Items.Count == 0 ? null : Items[Math.Min(index, Items.Count - 1)];
        _focusAdd = Items.Count == 0;
        if (!string.IsNullOrWhiteSpace(removed.Text))
        {
            var shown = removed.Text.Length > 60 ? removed.Text[..60].TrimEnd() + "…" : removed.Text;
            _undos.Add(Snackbar.Add(L["Outcome_Removed", shown], Severity.Normal, config =>
            {
                config.Action = L["Outcome_UndoRemove"];
                config.OnClick = _ => InvokeAsync(() => UndoRemoveAsync(removed, index));
            }));
        }
    });

    private async Task UndoRemoveAsync(StatementForm removed, int index)
    {
        if (ReadOnly || Items.Contains(removed))
        {
            return;
        }

        await ChangeAsync(() =>
        {
            Items.Insert(Math.Min(index, Items.Count), removed);
            _focus = removed;
        });
        StateHasChanged();
    }

    private Task MoveAsync(int index, int by) => ChangeAsync(() =>
    {
        var item = Items[index];
        Items.RemoveAt(index);
        Items.Insert(index + by, item);
        _focusMoved = (item, by);
    });

    // Withdrawing the agreement removes the names: a statement never names anyone without it.
    private Task AgreeAsync(StatementForm item, bool agreed) => ChangeAsync(() =>
    {
        item.AgreedToBeNamed = agreed;
        if (!agreed)
        {
            item.Organisations.Clear();
        }
    });

    private Task NameAsync(StatementForm item, OrganisationOption? organisation) =>
        organisation is null || item.Organisations.Any(o => o.Id == organisation.Id)
            ? Task.CompletedTask
            : ChangeAsync(() => item.Organisations.Add(new NamedOrganisation(organisation.Id, organisation.Name)));

    /// <summary>An "Undo" left on screen after leaving the page would change a list no longer shown.</summary>
    public void Dispose()
    {
        foreach (var undo in _undos.OfType<MudBlazor.Snackbar>())
        {
            Snackbar.Remove(undo);
        }
    }
}
