using EventHub.Core.Data;
using EventHub.Core.Directory;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Actions;

/// <summary>Two records of one organisation merged: the action items the merged record owned are the survivor's to follow up.</summary>
internal sealed class MergedOwnerOrganisationActions : IOrganisationMergeStep
{
    public Task MoveAsync(EventHubDbContext db, int survivorId, int mergedId, CancellationToken ct) =>
        db.ActionItems.Where(a => a.OwnerOrganisationId == mergedId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.OwnerOrganisationId, survivorId), ct);
}
