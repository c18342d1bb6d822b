using EventHub.Core.Common;

namespace EventHub.Core.Directory;

public enum OrganisationSort
{
    Name,
    Sector,
    Neighbourhood,
    Contacts,
    Created,
}

/// <summary>
/// A view of the organisation list: search, filters, sort and page. The list, the export and the pickers
/// all read the directory through <see cref="Apply"/>, so they agree on what "the current filter" means.
/// </summary>
/// <param name="Search">Matches the name (as the directory compares names), the website, or the email domain of a contact ("gemeente.nl", "@gemeente.nl").</param>
/// <param name="SubSectorsMatchingSearch">Sub-sectors whose name (in the person's language) contains the search text; the UI knows the names.</param>
/// <param name="Archived">False: active organisations; true: archived ones.</param>
public sealed record OrganisationQuery(
    string? Search = null,
    Sector? Sector = null,
    SubSector? SubSector = null,
    string? Tag = null,
    bool Archived = false,
    OrganisationSort Sort = OrganisationSort.Name,
    bool Descending = false,
    int Page = 0,
    int PageSize = 25,
    IReadOnlyList<SubSector>? SubSectorsMatchingSearch = null)
{
    public IQueryable<Organisation> Apply(IQueryable<Organisation> organisations, IQueryable<Contact> contacts)
    {
        var result = organisations.Where(o => o.MergedIntoId == null && o.IsArchived == Archived);
        if (Sector is { } sector)
        {
            result = result.Where(o => o.Sector == sector);
        }

        if (SubSector is { } subSector)
        {
            result = result.Where(o => o.SubSector == subSector);
        }

        if (!string.IsNullOrWhiteSpace(Tag))
        {
            var tag = TextNormalizer.ForUniqueness(Tag);
            result = result.Where(o => o.Tags.Any(t => t.NormalizedName == tag));
        }

        if (!string.IsNullOrWhiteSpace(Search))
        {
            var name = TextNormalizer.ForUniqueness(Search);
            var domain = Search.Trim().TrimStart('@').ToLowerInvariant();
            var subSectors = (SubSectorsMatchingSearch ?? []).Cast<SubSector?>().ToList();
            result = result.Where(o =>
                o.NormalizedName.Contains(name)
                || (o.Website != null && o.Website.ToLower().Contains(domain))
                || subSectors.Contains(o.SubSector)
                || contacts.Any(c => c.OrganisationId == o.Id && c.EmailDomain == domain));
        }

        return result;
    }

    public IQueryable<Organisation> Order(IQueryable<Organisation> organisations, IQueryable<Contact> contacts)
    {
        var ordered = (Sort, Descending) switch
        {
            (OrganisationSort.Sector, false) => organisations.OrderBy(o => o.Sector).ThenBy(o => o.SubSector),
            (OrganisationSort.Sector, true) => organisations.OrderByDescending(o => o.Sector).ThenByDescending(o => o.SubSector),
            (OrganisationSort.Neighbourhood, false) => organisations.OrderBy(o => o.Neighbourhood),
            (OrganisationSort.Neighbourhood, true) => organisations.OrderByDescending(o => o.Neighbourhood),
            (OrganisationSort.Contacts, false) => organisations.OrderBy(o => contacts.Count(c => c.OrganisationId == o.Id && !c.IsArchived)),
            (OrganisationSort.Contacts, true) => organisations.OrderByDescending(o => contacts.Count(c => c.OrganisationId == o.Id && !c.IsArchived)),
            (OrganisationSort.Created, false) => organisations.OrderBy(o => o.CreatedAtUtc),
            (OrganisationSort.Created, true) => organisations.OrderByDescending(o => o.CreatedAtUtc),
            (_, true) => organisations.OrderByDescending(o => o.NormalizedName),
            _ => organisations.OrderBy(o => o.NormalizedName),
        };
        return ordered.ThenBy(o => o.Id);
    }
}

/// <summary>An organisation as the list shows it.</summary>
public sealed record OrganisationRow(
    int Id,
    string Name,
    Sector Sector,
    SubSector? SubSector,
    string? Neighbourhood,
    string? Website,
    int ContactCount,
    IReadOnlyList<string> Tags,
    bool IsArchived);
