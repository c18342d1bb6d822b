using EventHub.Core.Common;
using EventHub.Core.Data;

namespace EventHub.Core.Directory;

/// <summary>
/// What a feature built on contacts does when two records of one person become one (<see cref="MergeService.MergeContactsAsync"/>):
/// it moves what it holds for the merged record to the survivor, inside the merge's transaction. Declared here so that
/// the directory does not depend on the features that follow it.
/// </summary>
public interface IContactMergeStep
{
    /// <summary>Why the two records cannot be merged as they are (a choice only the organiser can make), or success; writes nothing.</summary>
    Task<Result> CheckAsync(EventHubDbContext db, int survivorId, int mergedId, CancellationToken ct);

    /// <summary>Moves what the merged record holds to the survivor; runs only after every step's check passed.</summary>
    Task MoveAsync(EventHubDbContext db, int survivorId, int mergedId, CancellationToken ct);
}
