using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Directory;

/// <summary>One record in a group of possible duplicates, with what helps a person decide.</summary>
/// <param name="Detail">The website or neighbourhood of an organisation; the email of a contact.</param>
/// <param name="ContactCount">How many contacts an organisation has (0 for a contact).</param>
public sealed record DuplicateCandidate(int Id, string Name, string Detail, int ContactCount, DateTime CreatedAtUtc);

/// <summary>Records that look like the same organisation or person; <paramref name="Context"/> names the organisation of a group of contacts.</summary>
public sealed record DuplicateGroup(MergeKind Kind, IReadOnlyList<DuplicateCandidate> Candidates, string? Context = null);

/// <summary>
/// Finds possible duplicates: organisations whose names differ only in case, spacing, punctuation or accents,
/// and contacts with the same name at the same organisation.
/// </summary>
public sealed class DuplicateFinder(IDbContextFactory<EventHubDbContext> dbFactory)
{
    public async Task<IReadOnlyList<DuplicateGroup>> FindAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var live = db.Organisations.Where(o => o.MergedIntoId == null);
        var organisationKeys = live.GroupBy(o => o.MatchKey).Where(g => g.Count() > 1).Select(g => g.Key);
        var organisations = await live.Where(o => organisationKeys.Contains(o.MatchKey))
            .Select(o => new
            {
                o.MatchKey,
                Candidate = new DuplicateCandidate(
                    o.Id,
                    o.Name,
                    o.Website ?? o.Neighbourhood ?? "",
                    db.Contacts.Count(c => c.OrganisationId == o.Id && c.MergedIntoId == null),
                    o.CreatedAtUtc),
            })
            .ToListAsync(ct);

        var people = db.Contacts.Where(c => c.MergedIntoId == null && c.OrganisationId != null);
        var personKeys = people.GroupBy(c => new { c.OrganisationId, c.NameKey }).Where(g => g.Count() > 1).Select(g => g.Key);
        var contacts = await people
            .Where(c => personKeys.Any(k => k.OrganisationId == c.OrganisationId && k.NameKey == c.NameKey))
            .Select(c => new
            {
                Key = c.OrganisationId + "|" + c.NameKey,
                OrganisationName = c.Organisation!.Name,
                Candidate = new DuplicateCandidate(c.Id, c.FirstName + " " + c.LastName, c.Email, 0, c.CreatedAtUtc),
            })
            .ToListAsync(ct);

        return organisations.GroupBy(o => o.MatchKey)
            .Select(g => new DuplicateGroup(MergeKind.Organisation, g.Select(o => o.Candidate).OrderBy(c => c.CreatedAtUtc).ToList()))
            .Concat(contacts.GroupBy(c => c.Key)
                .Select(g => new DuplicateGroup(MergeKind.Contact, g.Select(c => c.Candidate).OrderBy(c => c.CreatedAtUtc).ToList(), g.First().OrganisationName)))
            .OrderBy(g => g.Kind).ThenBy(g => g.Candidates[0].Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }
}
