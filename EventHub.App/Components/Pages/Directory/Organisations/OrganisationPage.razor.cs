using EventHub.App.Components.Pages.Directory.Contacts;
using EventHub.App.Components.Shared;
using EventHub.App.Components.Pages.Directory.Engagement;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace EventHub.App.Components.Pages.Directory.Organisations;

public partial class OrganisationPage
{
    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = default!;

    private bool _loading = true;
    private UserAction _action = default!;
    private OrganisationDetails? _details;
    private TimelinePanel? _timeline;
    private OrganisationContacts? _contacts;

    [Parameter]
    public int Id { get; set; }

    [Inject]
    private OrganisationService Organisations { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private List<BreadcrumbItem> Breadcrumbs =>
    [
        new(L["Organisations_Title"], href: "organisations"),
    ];

    protected override void OnInitialized() => _action = new UserAction(Snackbar, L, CoreL);

    protected override async Task OnParametersSetAsync()
    {
        _loading = true;
        await LoadAsync();
        _loading = false;
    }

    private async Task LoadAsync()
    {
        _details = await Organisations.GetAsync(Id);
    }

    private async Task EditAsync()
    {
        var form = OrganisationForm.From(_details!.Organisation);
        if (await OrganisationEditDialog.ShowAsync(Dialogs, L["Organisations_Edit"], Id, form) is not null)
        {
            Snackbar.Add(L["Common_Saved"], Severity.Success);
        }

        // Also when cancelled: the dialog may have said another organiser saved meanwhile, and the page then shows theirs.
        await LoadAsync();
    }

    private async Task AddContactAsync()
    {
        var form = new ContactForm { Organisation = new OrganisationOption(Id, _details!.Organisation.Name, _details.Organisation.Sector) };
        if (await ContactEditDialog.ShowAsync(Dialogs, L["Contacts_New"], contactId: null, form) is not null)
        {
            Snackbar.Add(L["Common_Saved"], Severity.Success);
            await LoadAsync();
            await _contacts!.ReloadAsync();
            await _timeline!.ReloadAsync();
        }
    }

    private async Task ArchiveAsync()
    {
        var confirmed = await ConfirmDialog.AskAsync(Dialogs, L["Organisations_ArchiveTitle"],
            L["Organisations_ArchiveMessage", _details!.Organisation.Name], L["Directory_Archive"], destructive: true);
        if (confirmed)
        {
            await RunAsync(async () => await Organisations.ArchiveAsync(Id, await TeamMembers.OfAsync(Authentication)), L["Organisations_Archived"]);
        }
    }

    private Task RestoreAsync() => RunAsync(async () => await Organisations.RestoreAsync(Id, await TeamMembers.OfAsync(Authentication)), L["Organisations_Restored"]);

    private Task RunAsync(Func<Task<Result>> action, string success) => _action.RunAsync(action, success, LoadAsync);
}
