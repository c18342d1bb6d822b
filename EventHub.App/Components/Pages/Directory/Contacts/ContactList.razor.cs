using EventHub.Core.Common;
using EventHub.Core.Directory;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EventHub.App.Components.Pages.Directory.Contacts;

public partial class ContactList
{
    private MudDataGrid<ContactRow>? _grid;
    private bool _loaded; // the grid's first page has come back
    private string? _search;
    private Sector? _sector;
    private Language? _language;
    private bool _independent;
    private bool _archived;

    [Inject]
    private ContactService Contacts { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private bool IsFiltered => !string.IsNullOrWhiteSpace(_search) || _sector is not null || _language is not null || _independent;

    private ContactQuery CurrentQuery(int page = 0, int pageSize = 25, ContactSort sort = ContactSort.LastName, bool descending = false) =>
        new(_search, null, _sector, _language, _independent, _archived, sort, descending, page, pageSize);

    private async Task<GridData<ContactRow>> LoadAsync(GridState<ContactRow> state, CancellationToken ct)
    {
        var sortBy = state.SortDefinitions.FirstOrDefault();
        var sort = sortBy?.SortBy switch
        {
            nameof(ContactRow.Email) => ContactSort.Email,
            nameof(ContactRow.OrganisationName) => ContactSort.Organisation,
            _ => ContactSort.LastName,
        };
        var page = await Contacts.ListAsync(CurrentQuery(state.Page, state.PageSize, sort, sortBy?.Descending ?? false), ct);
        _loaded = true;
        return new GridData<ContactRow> { Items = page.Items, TotalItems = page.TotalCount };
    }

    private Task SearchAsync(string? search) => ReloadAsync(() => _search = search);

    private Task SectorChangedAsync(Sector? sector) => ReloadAsync(() => _sector = sector);

    private Task LanguageChangedAsync(Language? language) => ReloadAsync(() => _language = language);

    private Task IndependentChangedAsync(bool independent) => ReloadAsync(() => _independent = independent);

    private Task ArchivedChangedAsync(bool archived) => ReloadAsync(() => _archived = archived);

    private async Task ReloadAsync(Action change)
    {
        change();
        await _grid!.ReloadServerData();
    }

    private async Task CreateAsync()
    {
        if (await ContactEditDialog.ShowAsync(Dialogs, L["Contacts_New"], contactId: null, new ContactForm()) is { } id)
        {
            Navigation.NavigateTo($"contacts/{id}");
        }
    }
}
