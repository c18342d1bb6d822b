using EventHub.App.Components.Shared;
using EventHub.Core.Outbox;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace EventHub.App.Components.Pages.Outbox;

public partial class OutboxPage
{
    private MudDataGrid<OutboxSummary>? _grid;
    private bool _loaded; // the grid's first page has come back
    private string? _recipient;
    private OutboxStatus? _status;
    private string? _kind;
    private IReadOnlyList<string> _kinds = [];
    private OutboxCounts? _counts;
    private UserAction _action = default!;

    [Inject]
    private OutboxQueries Outbox { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private IOptions<SmtpOptions> SmtpOptions { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private SmtpOptions Smtp => SmtpOptions.Value;

    private bool IsFiltered => !string.IsNullOrWhiteSpace(_recipient) || _status is not null || _kind is not null;

    protected override void OnInitialized() => _action = new UserAction(Snackbar, L, CoreL);

    protected override async Task OnInitializedAsync()
    {
        _kinds = await Outbox.KindsAsync();
        _counts = await Outbox.CountsAsync();
    }

    private async Task<GridData<OutboxSummary>> LoadAsync(GridState<OutboxSummary> state, CancellationToken ct)
    {
        var page = await Outbox.ListAsync(new OutboxListQuery(state.Page, state.PageSize, _status, _kind, _recipient), ct);
        _loaded = true;
        return new GridData<OutboxSummary> { Items = page.Items, TotalItems = page.TotalCount };
    }

    private async Task SearchAsync(string? recipient)
    {
        // The field also reports its value when it loses focus: the same text must not reload the rows under a click.
        if (recipient == _recipient)
        {
            return;
        }

        _recipient = recipient;
        await _grid!.ReloadServerData();
    }

    private async Task FilterStatusAsync(OutboxStatus? status)
    {
        _status = status;
        await _grid!.ReloadServerData();
    }

    private async Task FilterKindAsync(string? kind)
    {
        _kind = kind;
        await _grid!.ReloadServerData();
    }

    private async Task RefreshAsync()
    {
        _kinds = await Outbox.KindsAsync();
        _counts = await Outbox.CountsAsync();
        await _grid!.ReloadServerData();
    }

    private async Task OpenAsync(int id)
    {
        var detail = await Outbox.GetAsync(id, await TeamMembers.OfAsync(AuthenticationState));
        if (detail is null)
        {
            Snackbar.Add(CoreL["Error_Outbox_NotFound"], Severity.Error);
            return;
        }

        var parameters = new DialogParameters<OutboxMessageDialog> { { d => d.Message, detail } };
        var dialog = await Dialogs.ShowAsync<OutboxMessageDialog>(
            detail.Summary.Subject, parameters, new DialogOptions { CloseOnEscapeKey = true, MaxWidth = MaxWidth.Large, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: OutboxMessageDialog.RetryRequested })
        {
            await RetryAsync(id);
        }
    }

    private async Task RetryAsync(int id)
    {
        await _action.RunAsync(async () =>
        {
            var result = await Outbox.RetryAsync(id);
            Snackbar.Add(result.Succeeded ? L["Outbox_Retried"] : CoreL.Describe(result), result.Succeeded ? Severity.Success : Severity.Error);
            await RefreshAsync();
        });
    }
}
