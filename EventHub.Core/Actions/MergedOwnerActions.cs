using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Actions;

/// <summary>Two records of one person merged: the action items the merged record owned are the survivor's to report on.</summary>
internal sealed class MergedOwnerActions : IContactMergeStep
{
    public Task<Result> CheckAsync(EventHubDbContext db, int survivorId, int mergedId, CancellationToken ct) => Task.FromResult(Result.Success());

    public Task MoveAsync(EventHubDbContext db, int survivorId, int mergedId, CancellationToken ct) =>
        db.ActionItems.Where(a => a.OwnerContactId == mergedId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.OwnerContactId, survivorId), ct);
}
