using EventHub.Core.Audit;
using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Directory;

/// <summary>
/// Makes two records that are one organisation (or one person) into one: everything that pointed at the
/// merged record moves to the survivor, the merged record stays archived for history, and the merge is recorded.
/// A person's invitations (with their answers, attendance and feedback) and action items move with their record
/// through the features' <see cref="IContactMergeStep"/>s; an organisation's action items and the decisions naming it
/// through the <see cref="IOrganisationMergeStep"/>s. When the merged record was in use and the survivor archived, the
/// survivor is restored: the one who carries on is never hidden from lists and pickers by a merge.
/// </summary>
public sealed class MergeService(
    IDbContextFactory<EventHubDbContext> dbFactory,
    IEnumerable<IContactMergeStep> contactSteps,
    IEnumerable<IOrganisationMergeStep> organisationSteps,
    TimeProvider time)
{
    public Task<Result> MergeOrganisationsAsync(int survivorId, int mergedId, TeamMember caller, CancellationToken ct = default) =>
        !caller.IsOrganiser ? Task.FromResult(Result.Failure(AccessErrors.NotAllowed)) : dbFactory.WriteAsync(async (db, token) =>
        {
            var pair = await db.Organisations.Include(o => o.Tags)
                .Where(o => (o.Id == survivorId || o.Id == mergedId) && o.MergedIntoId == null)
                .ToListAsync(token);
            var survivor = pair.SingleOrDefault(o => o.Id == survivorId);
            var merged = pair.SingleOrDefault(o => o.Id == mergedId);
            if (survivor is null || merged is null || survivorId == mergedId)
            {
                return Result.Failure(DirectoryErrors.NotFound);
            }

            var now = time.GetUtcNow().UtcDateTime;
            var contacts = await db.Contacts.Where(c => c.OrganisationId == mergedId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.OrganisationId, survivorId), token);
            var memberships = await db.ContactAffiliations.Where(a => a.OrganisationId == mergedId)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.OrganisationId, survivorId), token);
            AuditTrail.Record(db, "Organisation", survivorId, AuditAction.BulkUpdated,
                AuditSummary.Of("OrganisationsMerged", mergedId, contacts, memberships), survivor.Name);
            foreach (var step in organisationSteps)
            {
                await step.MoveAsync(db, survivorId, mergedId, token);
            }

            // The survivor keeps its own values and takes the merged record's only where it had none.
            survivor.Describe(survivor.Website ?? merged.Website, survivor.Notes ?? merged.Notes);
            // Colleagues at either record's own email domains are still the organisation's own people.
            survivor.UseEmailDomains($"{survivor.EmailDomains}, {merged.EmailDomains}");
            survivor.Locate(survivor.Address ?? merged.Address, survivor.Neighbourhood ?? merged.Neighbourhood);
            survivor.Retag(survivor.Tags.Select(t => t.Name).Concat(merged.Tags.Select(t => t.Name)));
            survivor.Classify(survivor.Sector, survivor.SubSector ?? (merged.Sector == survivor.Sector ? merged.SubSector : null));
            if (survivor.IsArchived && !merged.IsArchived)
            {
                survivor.Restore();
            }

            survivor.Touch(now);
            merged.MergeInto(survivor);
            db.DirectoryMerges.Add(new DirectoryMerge(MergeKind.Organisation, survivorId, mergedId, merged.Name, caller, now));
            return Result.Success();
        }, ct);

    public Task<Result> MergeContactsAsync(int survivorId, int mergedId, TeamMember caller, CancellationToken ct = default) =>
        !caller.IsOrganiser ? Task.FromResult(Result.Failure(AccessErrors.NotAllowed)) : dbFactory.WriteAsync(async (db, token) =>
        {
            var pair = await db.Contacts.Include(c => c.Affiliations)
                .Where(c => (c.Id == survivorId || c.Id == mergedId) && c.MergedIntoId == null)
                .ToListAsync(token);
            var survivor = pair.SingleOrDefault(c => c.Id == survivorId);
            var merged = pair.SingleOrDefault(c => c.Id == mergedId);
            if (survivor is null || merged is null || survivorId == mergedId || survivor.AnonymisedAtUtc is not null)
            {
                return Result.Failure(DirectoryErrors.NotFound);
            }

            foreach (var step in contactSteps)
            {
                if (await step.CheckAsync(db, survivorId, mergedId, token) is { Succeeded: false } refused)
                {
                    return refused;
                }
            }

            foreach (var step in contactSteps)
            {
                await step.MoveAsync(db, survivorId, mergedId, token);
            }

            var now = time.GetUtcNow().UtcDateTime;
            var mergedWasLive = !merged.IsArchived;
            merged.MergeInto(survivor, now);
            await db.SaveChangesAsync(token);
            // The merged record's past memberships become part of the survivor's history.
            var moved = await db.ContactAffiliations.Where(a => a.ContactId == mergedId)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.ContactId, survivorId), token);
            AuditTrail.Record(db, "Contact", survivorId, AuditAction.BulkUpdated,
                AuditSummary.Of("ContactsMerged", mergedId, moved), survivor.FullName, contactId: survivorId);

            survivor.Describe(survivor.Phone ?? merged.Phone, survivor.JobTitle ?? merged.JobTitle);
            if (merged.DoNotInviteSinceUtc is { } objectedAt)
            {
                // The person asked not to be invited under either record; the merge keeps that wish.
                survivor.ObjectToInvitations(objectedAt);
            }

            if (survivor.IsArchived && mergedWasLive)
            {
                survivor.Restore();
            }

            survivor.Touch(now);
            db.DirectoryMerges.Add(new DirectoryMerge(MergeKind.Contact, survivorId, mergedId, merged.FullName, caller, now));
            return Result.Success();
        }, ct);
}
