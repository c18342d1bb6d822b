using EventHub.App.Components.Shared;
using EventHub.Core.Directory;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EventHub.App.Components.Pages.Directory.Organisations;

public partial class OrganisationList
{
    private MudDataGrid<OrganisationRow>? _grid;
    private bool _loaded; // the grid's first page has come back
    private IReadOnlyList<string> _tags = [];
    private string? _search;
    private Sector? _sector;
    private SubSector? _subSector;
    private string? _tag;
    private bool _archived;

    [Inject]
    private OrganisationService Organisations { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private bool IsFiltered => !string.IsNullOrWhiteSpace(_search) || _sector is not null || _tag is not null;

    private OrganisationQuery CurrentQuery(int page = 0, int pageSize = 25, OrganisationSort sort = OrganisationSort.Name, bool descending = false) =>
        new(_search, _sector, _subSector, _tag, _archived, sort, descending, page, pageSize, CoreL.SubSectorsMatching(_search));

    protected override async Task OnInitializedAsync() => _tags = await Organisations.ListTagsAsync();

    private async Task<GridData<OrganisationRow>> LoadAsync(GridState<OrganisationRow> state, CancellationToken ct)
    {
        var sortBy = state.SortDefinitions.FirstOrDefault();
        var sort = sortBy?.SortBy switch
        {
            nameof(OrganisationRow.Sector) => OrganisationSort.Sector,
            nameof(OrganisationRow.Neighbourhood) => OrganisationSort.Neighbourhood,
            nameof(OrganisationRow.ContactCount) => OrganisationSort.Contacts,
            _ => OrganisationSort.Name,
        };
        var page = await Organisations.ListAsync(CurrentQuery(state.Page, state.PageSize, sort, sortBy?.Descending ?? false), ct);
        _loaded = true;
        return new GridData<OrganisationRow> { Items = page.Items, TotalItems = page.TotalCount };
    }

    private Task SearchAsync(string? search) => ReloadAsync(() => _search = search);

    private Task SectorChangedAsync(Sector? sector) => ReloadAsync(() =>
    {
        _sector = sector;
        _subSector = null;
    });

    private Task SubSectorChangedAsync(SubSector? subSector) => ReloadAsync(() => _subSector = subSector);

    private Task TagChangedAsync(string? tag) => ReloadAsync(() => _tag = tag);

    private Task ArchivedChangedAsync(bool archived) => ReloadAsync(() => _archived = archived);

    private async Task ReloadAsync(Action change)
    {
        change();
        await _grid!.ReloadServerData();
    }

    private async Task CreateAsync()
    {
        if (await OrganisationEditDialog.ShowAsync(Dialogs, L["Organisations_New"], organisationId: null, new OrganisationForm()) is { } id)
        {
            Navigation.NavigateTo($"organisations/{id}");
        }
    }
}
