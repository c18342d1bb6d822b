using EventHub.Core.Common;

namespace EventHub.Core.Directory;

public enum ContactSort
{
    LastName,
    FirstName,
    Email,
    Organisation,
    Created,
}

/// <summary>A view of the contact list: search, filters, sort and page; shared by the list and the export.</summary>
/// <param name="Search">Matches first or last name, email, or the organisation's name.</param>
/// <param name="WithoutOrganisation">Only independent residents (no organisation).</param>
/// <param name="OrganisationTag">Only people at organisations with this tag (e.g. everyone in the "VVE" network).</param>
public sealed record ContactQuery(
    string? Search = null,
    int? OrganisationId = null,
    Sector? Sector = null,
    Language? Language = null,
    bool WithoutOrganisation = false,
    bool Archived = false,
    ContactSort Sort = ContactSort.LastName,
    bool Descending = false,
    int Page = 0,
    int PageSize = 25,
    string? OrganisationTag = null)
{
    public IQueryable<Contact> Apply(IQueryable<Contact> contacts)
    {
        var result = contacts.Where(c => c.MergedIntoId == null && c.IsArchived == Archived);
        if (OrganisationId is { } organisationId)
        {
            result = result.Where(c => c.OrganisationId == organisationId);
        }

        if (WithoutOrganisation)
        {
            result = result.Where(c => c.OrganisationId == null);
        }

        if (Sector is { } sector)
        {
            result = result.Where(c => c.Organisation != null && c.Organisation.Sector == sector);
        }

        if (!string.IsNullOrWhiteSpace(OrganisationTag))
        {
            var tag = TextNormalizer.ForUniqueness(OrganisationTag);
            result = result.Where(c => c.Organisation != null && c.Organisation.Tags.Any(t => t.NormalizedName == tag));
        }

        if (Language is { } language)
        {
            result = result.Where(c => c.PreferredLanguage == language);
        }

        if (!string.IsNullOrWhiteSpace(Search))
        {
            // Names are matched folded, as kept (SQLite's lower() knows no letter beyond ASCII: "Özdemir" found nobody).
            var text = Search.Trim().ToLowerInvariant();
            var folded = TextNormalizer.ForUniqueness(Search);
            result = result.Where(c =>
                c.SearchName.Contains(folded)
                || c.NormalizedEmail.Contains(text)
                || (c.Organisation != null && c.Organisation.NormalizedName.Contains(folded)));
        }

        return result;
    }

    public IQueryable<Contact> Order(IQueryable<Contact> contacts)
    {
        var ordered = (Sort, Descending) switch
        {
            (ContactSort.FirstName, false) => contacts.OrderBy(c => c.SearchName),
            (ContactSort.FirstName, true) => contacts.OrderByDescending(c => c.SearchName),
            (ContactSort.Email, false) => contacts.OrderBy(c => c.NormalizedEmail),
            (ContactSort.Email, true) => contacts.OrderByDescending(c => c.NormalizedEmail),
            (ContactSort.Organisation, false) => contacts.OrderBy(c => c.Organisation == null).ThenBy(c => c.Organisation!.NormalizedName),
            (ContactSort.Organisation, true) => contacts.OrderBy(c => c.Organisation == null).ThenByDescending(c => c.Organisation!.NormalizedName),
            (ContactSort.Created, false) => contacts.OrderBy(c => c.CreatedAtUtc),
            (ContactSort.Created, true) => contacts.OrderByDescending(c => c.CreatedAtUtc),
            // Folded and by the Dutch filing name (ContactNameKeys), as the printed lists: "de Vries" among the V's, not after "Zijlstra".
            (_, true) => contacts.OrderByDescending(c => c.SortName),
            _ => contacts.OrderBy(c => c.SortName),
        };
        return ordered.ThenBy(c => c.Id);
    }
}

/// <summary>A contact as the list shows it.</summary>
public sealed record ContactRow(
    int Id,
    string FirstName,
    string LastName,
    string Email,
    int? OrganisationId,
    string? OrganisationName,
    Sector? Sector,
    string? JobTitle,
    string? Phone,
    Language PreferredLanguage,
    bool IsArchived)
{
    public string FullName => $"{FirstName} {LastName}";
}
