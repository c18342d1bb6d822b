using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Directory;

/// <summary>One record in a group of possible duplicates, with what helps a person decide.</summary>
/// <param name="Detail">The website or neighbourhood of an organisation; the email of a contact.</param>
/// <param name="ContactCount">How many contacts an organisation has (0 for a contact).</param>
/// <param name="IsArchived">Whether the record is archived (left out of lists and pickers).</param>
public sealed record DuplicateCandidate(int Id, string Name, string Detail, int ContactCount, DateTime CreatedAtUtc, bool IsArchived = false);

/// <summary>Records that look like the same organisation or person; <paramref name="Context"/> names the organisation of a group of contacts.</summary>
public sealed record DuplicateGroup(MergeKind Kind, IReadOnlyList<DuplicateCandidate> Candidates, string? Context = null);

/// <summary>
/// Finds possible duplicates: organisations whose names differ only in case, spacing, punctuation or accents,
/// and contacts with the same name at the same organisation. Each group lists the record to keep by default first: the
/// oldest record in use (most history points to it), and an archived one only when all of them are.
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
                    o.CreatedAtUtc,
                    o.IsArchived),
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
                Candidate = new DuplicateCandidate(c.Id, c.FirstName + " " + c.LastName, c.Email, 0, c.CreatedAtUtc, c.IsArchived),
            })
            .ToListAsync(ct);

        return organisations.GroupBy(o => o.MatchKey)
            .Select(g => new DuplicateGroup(MergeKind.Organisation, KeptFirst(g.Select(o => o.Candidate))))
            .Concat(contacts.GroupBy(c => c.Key)
                .Select(g => new DuplicateGroup(MergeKind.Contact, KeptFirst(g.Select(c => c.Candidate)), g.First().OrganisationName)))
            .OrderBy(g => g.Kind).ThenBy(g => g.Candidates[0].Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }

    private static List<DuplicateCandidate> KeptFirst(IEnumerable<DuplicateCandidate> candidates) =>
        candidates.OrderBy(c => c.IsArchived).ThenBy(c => c.CreatedAtUtc).ThenBy(c => c.Id).ToList();
}
