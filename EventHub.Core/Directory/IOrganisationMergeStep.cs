using EventHub.Core.Data;

namespace EventHub.Core.Directory;

/// <summary>
/// What a feature built on organisations does when two records of one organisation become one
/// (<see cref="MergeService.MergeOrganisationsAsync"/>): it moves what it holds for the merged record to the survivor,
/// inside the merge's transaction, so nothing keeps pointing at the archived record. Declared here so that the
/// directory does not depend on the features that follow it.
/// </summary>
public interface IOrganisationMergeStep
{
    /// <summary>Moves what the merged record holds to the survivor (both are tracked by <paramref name="db"/>).</summary>
    Task MoveAsync(EventHubDbContext db, int survivorId, int mergedId, CancellationToken ct);
}
