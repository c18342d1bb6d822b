using EventHub.Core.Data;
using EventHub.Core.Directory;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Outcomes;

/// <summary>
/// Two records of one organisation merged: the insights and decisions that named the merged record name the survivor,
/// once (a statement that named both keeps one name), so reports and the survivor's timeline show them.
/// </summary>
internal sealed class MergedNamedOrganisations : IOrganisationMergeStep
{
    public async Task MoveAsync(EventHubDbContext db, int survivorId, int mergedId, CancellationToken ct)
    {
        var survivor = await db.Organisations.SingleAsync(o => o.Id == survivorId, ct);
        var statements = await db.OutcomeStatements.Include(s => s.NamedOrganisations)
            .Where(s => s.NamedOrganisations.Any(o => o.Id == mergedId))
            .ToListAsync(ct);
        foreach (var statement in statements)
        {
            statement.Attribute(statement.AgreedToBeNamed, statement.NamedOrganisations.Select(o => o.Id == mergedId ? survivor : o).ToList());
        }
    }
}
