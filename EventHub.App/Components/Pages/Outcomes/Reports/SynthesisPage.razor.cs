using EventHub.App.Components.Shared;
using EventHub.Core.Outcomes;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace EventHub.App.Components.Pages.Outcomes.Reports;

public partial class SynthesisPage
{
    private bool _loading = true;
    private UserAction _action = default!;
    private EventSynthesis? _synthesis;

    [Parameter]
    public int Id { get; set; }

    [Inject]
    private EventReportService Reports { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    private List<BreadcrumbItem> Breadcrumbs =>
    [
        new(L["Events_Title"], href: "events"),
        new(_synthesis?.Title ?? "", href: $"events/{Id}"),
    ];

    protected override void OnInitialized() => _action = new UserAction(Snackbar, L, CoreL);

    protected override async Task OnParametersSetAsync()
    {
        _loading = true;
        await ReloadAsync();
        _loading = false;
    }

    private async Task ReloadAsync() => _synthesis = await Reports.SynthesisAsync(Id);

    /// <summary>Saves the summary; false keeps the editor open with the text, so nothing typed is lost.</summary>
    private async Task<bool> SaveSummaryAsync(string? summary)
    {
        var saved = false;
        await _action.RunAsync(async () =>
        {
            var result = await Reports.SummariseAsync(Id, summary);
            saved = result.Succeeded;
            Snackbar.Add(saved ? L["Synthesis_SummarySaved"] : CoreL.Describe(result), saved ? Severity.Success : Severity.Error);
            await ReloadAsync();
        });

        // The editor, not this page, handled the click: without this the page would keep showing the old summary.
        StateHasChanged();
        return saved;
    }

    private async Task PublishAsync()
    {
        var gaps = _synthesis?.MissingFinal.Count ?? 0;
        var message = gaps == 0 ? L["Synthesis_PublishMessage"] : L.Plural("Synthesis_PublishWithGaps", gaps);
        if (await ConfirmDialog.AskAsync(Dialogs, L["Synthesis_PublishTitle"], message, L["Synthesis_Publish"]))
        {
            await _action.RunAsync(async () => await Reports.PublishAsync(Id), L["Synthesis_Published"], ReloadAsync);
        }
    }

    private async Task UnpublishAsync()
    {
        if (await ConfirmDialog.AskAsync(Dialogs, L["Synthesis_UnpublishTitle"], L["Synthesis_UnpublishMessage"], L["Synthesis_Unpublish"], destructive: true))
        {
            await _action.RunAsync(() => Reports.UnpublishAsync(Id), L["Synthesis_Unpublished"], ReloadAsync);
        }
    }

    // The print stylesheet (A4, no app bar, menu or buttons) does the rest.
    private async Task PrintAsync() => await JS.InvokeVoidAsync("print");

    private static string PublicReportPath(EventSynthesis synthesis) => EventReports.PublicPath(synthesis.Slug!);
}
