using EventHub.Core.Data;
using EventHub.Core.Directory;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Invitations;

/// <summary>
/// Two records of one organisation merged: the guests who came (or come) for the merged record came for the survivor,
/// past meetings included, so the survivor's sector counts them and its history is whole.
/// </summary>
internal sealed class MergedOrganisationInvitations : IOrganisationMergeStep
{
    public Task MoveAsync(EventHubDbContext db, int survivorId, int mergedId, CancellationToken ct) =>
        db.Invitations.Where(i => i.OrganisationId == mergedId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.OrganisationId, survivorId), ct);
}
