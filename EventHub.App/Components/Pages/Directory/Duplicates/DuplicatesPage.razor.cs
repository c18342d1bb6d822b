using EventHub.App.Components.Shared;
using EventHub.Core.Directory;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using MudBlazor;

namespace EventHub.App.Components.Pages.Directory.Duplicates;

public partial class DuplicatesPage
{
    /// <summary>Groups on one page: after an import of thousands of rows there can be hundreds, each a table of its own.</summary>
    public const int PageSize = 20;

    private IReadOnlyList<DuplicateGroup>? _groups;
    private UserAction _action = default!;
    private int _shownPage;
    private bool _revealList;

    [Inject]
    private DuplicateFinder Finder { get; set; } = default!;

    [Inject]
    private MergeService Merges { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = default!;

    /// <summary>The page of groups shown, from 1 (<c>?page=2</c>), so the browser's Back returns to the page before.</summary>
    [SupplyParameterFromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    private int PageCount => _groups is null ? 0 : (_groups.Count + PageSize - 1) / PageSize;

    /// <summary>The page asked for, within the pages there are (a merge can empty the last one).</summary>
    private int CurrentPage => Math.Clamp(PageNumber ?? 1, 1, Math.Max(PageCount, 1));

    /// <summary>"45 groups of possible duplicates", and which of them this page shows when there is more than one page.</summary>
    private string CountText
    {
        get
        {
            var total = _groups?.Count ?? 0;
            var count = L.Plural("Duplicates_Count", total).Value;
            return PageCount > 1
                ? $"{count} · {L["Duplicates_Showing", (CurrentPage - 1) * PageSize + 1, Math.Min(CurrentPage * PageSize, total)]}"
                : count;
        }
    }

    private IEnumerable<DuplicateGroup> ShownGroups => _groups?.Skip((CurrentPage - 1) * PageSize).Take(PageSize) ?? [];

    protected override void OnInitialized() => _action = new UserAction(Snackbar, L, CoreL);

    protected override async Task OnInitializedAsync() => _groups = await Finder.FindAsync();

    protected override void OnParametersSet()
    {
        if (_groups is not null && CurrentPage != _shownPage)
        {
            // A page chosen at the foot of the list: its groups start at the top.
            _revealList = _shownPage != 0;
            _shownPage = CurrentPage;
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_revealList)
        {
            _revealList = false;
            try
            {
                await using var module = await JS.InvokeAsync<IJSObjectReference>("import", "./" + Assets["js/page-focus.js"]);
                await module.InvokeVoidAsync("focusPageTop", "#duplicates-count");
            }
            catch (Exception exception) when (BrowserGone.Is(exception))
            {
            }
        }
    }

    private void GoToPage(int page) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("page", page == 1 ? null : page));

    private async Task MergeAsync(MergeRequest request)
    {
        var message = L["Duplicates_ConfirmMessage", request.Merged.Name, request.Survivor.Name].Value;
        if (request.Survivor.IsArchived && !request.Merged.IsArchived)
        {
            message += " " + L["Duplicates_ConfirmRestores", request.Survivor.Name];
        }

        var confirmed = await ConfirmDialog.AskAsync(Dialogs, L["Duplicates_ConfirmTitle"], message, L["Duplicates_Merge"], destructive: true);
        if (!confirmed)
        {
            return;
        }

        await _action.RunAsync(async () =>
        {
            var user = await TeamMembers.OfAsync(Authentication);
            var result = request.Kind == MergeKind.Organisation
                ? await Merges.MergeOrganisationsAsync(request.Survivor.Id, request.Merged.Id, user)
                : await Merges.MergeContactsAsync(request.Survivor.Id, request.Merged.Id, user);
            Snackbar.Add(result.Succeeded ? L["Duplicates_Merged", request.Merged.Name, request.Survivor.Name] : CoreL.Describe(result),
                result.Succeeded ? Severity.Success : Severity.Error);
            _groups = await Finder.FindAsync();
        });
    }
}

/// <summary>"Keep <see cref="Survivor"/>, fold <see cref="Merged"/> into it."</summary>
public sealed record MergeRequest(MergeKind Kind, DuplicateCandidate Survivor, DuplicateCandidate Merged);
