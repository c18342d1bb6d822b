using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Invitations;

/// <summary>
/// Two records of one person merged: their invitations become the survivor's, so its history, data export and guest
/// lists are whole and the person cannot be invited to the same event again. A person has one invitation per event;
/// where both records were invited to the same one, the invitation the person acted on (answered, came in at the
/// door, sent a colleague or named delegates) is kept and the other, a duplicate nobody acted on, goes: the merged
/// record's stays with it in the archive, closed so its link no longer answers (or removed if it was never sent),
/// the survivor's is removed. When the person acted on both, only the organiser can say which answer counts, and the
/// merge is refused with the event's title.
/// </summary>
internal sealed class MergedContactInvitations : IContactMergeStep
{
    public async Task<Result> CheckAsync(EventHubDbContext db, int survivorId, int mergedId, CancellationToken ct)
    {
        var answeredTwice = (await InvitedTwiceAsync(db, survivorId, mergedId, ct))
            .Where(t => t.Survivors.ActedOn && t.Merged.ActedOn).Select(t => t.Merged.Invitation.Event.Title).FirstOrDefault();
        return answeredTwice is null ? Result.Success() : Result.Failure(DirectoryErrors.BothAnswered, answeredTwice);
    }

    public async Task MoveAsync(EventHubDbContext db, int survivorId, int mergedId, CancellationToken ct)
    {
        var staysInArchive = new List<int>();
        foreach (var (survivors, merged) in await InvitedTwiceAsync(db, survivorId, mergedId, ct))
        {
            if (merged.ActedOn || (!survivors.ActedOn && merged.Rank > survivors.Rank))
            {
                db.Invitations.Remove(survivors.Invitation);
            }
            else if (merged.Invitation.Status == InvitationStatus.Listed)
            {
                db.Invitations.Remove(merged.Invitation);
            }
            else
            {
                if (merged.Invitation.IsOpen)
                {
                    merged.Invitation.Cancel();
                }

                staysInArchive.Add(merged.Invitation.Id);
            }
        }

        await db.SaveChangesAsync(ct);
        await db.Invitations.Where(i => i.ContactId == mergedId && !staysInArchive.Contains(i.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ContactId, survivorId), ct);
    }

    /// <summary>The events both records were invited to, with each record's invitation.</summary>
    private static async Task<List<(Held Survivors, Held Merged)>> InvitedTwiceAsync(EventHubDbContext db, int survivorId, int mergedId, CancellationToken ct)
    {
        var invitations = await db.Invitations.Include(i => i.Event)
            .Where(i => i.ContactId == survivorId || i.ContactId == mergedId)
            .ToListAsync(ct);
        var ids = invitations.Select(i => i.Id).ToList();
        var namedDelegates = await db.Nominations.Where(n => ids.Contains(n.InvitationId)).Select(n => n.InvitationId).Distinct().ToListAsync(ct);
        return invitations.Select(i => new Held(i, namedDelegates.Contains(i.Id)))
            .GroupBy(h => h.Invitation.EventId).Where(g => g.Count() == 2)
            .Select(g => (Survivors: g.Single(h => h.Invitation.ContactId == survivorId), Merged: g.Single(h => h.Invitation.ContactId == mergedId)))
            .ToList();
    }

    private sealed record Held(Invitation Invitation, bool NamedDelegates)
    {
        public bool ActedOn => Invitation.Attended || NamedDelegates || Invitation.Status is InvitationStatus.Accepted
            or InvitationStatus.Tentative or InvitationStatus.Declined or InvitationStatus.Waitlisted or InvitationStatus.Substituted;

        /// <summary>Between two nobody acted on: one sent beats one still on the list, which beats one withdrawn.</summary>
        public int Rank => Invitation.Status switch
        {
            InvitationStatus.Cancelled => 0,
            InvitationStatus.Listed => 1,
            _ => 2,
        };
    }
}
