using EventHub.App.Components.Shared;
using EventHub.Core.Directory;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace EventHub.App.Components.Pages.Directory.Duplicates;

public partial class DuplicatesPage
{
    private IReadOnlyList<DuplicateGroup>? _groups;
    private UserAction _action = default!;

    [Inject]
    private DuplicateFinder Finder { get; set; } = default!;

    [Inject]
    private MergeService Merges { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = default!;

    protected override void OnInitialized() => _action = new UserAction(Snackbar, L, CoreL);

    protected override async Task OnInitializedAsync() => _groups = await Finder.FindAsync();

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
