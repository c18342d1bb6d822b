using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Outbox;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Invitations;

/// <summary>A nomination waiting for an organiser, as the invitations page lists it.</summary>
public sealed record PendingNomination(
    int Id, NominationKind Kind, string Name, string Email, string NominatedBy, string? Organisation, DateTime CreatedAtUtc);

/// <summary>
/// Organisers decide on the colleagues and delegates partners named at an address outside their organisation's own
/// email domains: approve (the person is invited as if named at once) or refuse (nothing is ever sent to them).
/// Organisers and admins only.
/// </summary>
public sealed class NominationService(IDbContextFactory<EventHubDbContext> dbFactory, SiteLinks links, TimeProvider time)
{
    /// <summary>The event's nominations waiting for a decision, oldest first; empty for a caller who is no organiser.</summary>
    public async Task<IReadOnlyList<PendingNomination>> PendingAsync(int eventId, TeamMember organiser, CancellationToken ct = default)
    {
        if (!organiser.IsOrganiser)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Nominations
            .Where(n => n.EventId == eventId && n.Status == NominationStatus.AwaitingApproval)
            .OrderBy(n => n.CreatedAtUtc).ThenBy(n => n.Id)
            .Select(n => new PendingNomination(n.Id, n.Kind, n.FirstName + " " + n.LastName, n.Email,
                n.Invitation.Contact.FirstName + " " + n.Invitation.Contact.LastName,
                n.Invitation.Organisation != null ? n.Invitation.Organisation.Name : null, n.CreatedAtUtc))
            .ToListAsync(ct);
    }

    /// <summary>
    /// Invites the nominee as the partner asked (a colleague instead of them, or a delegate). When that is no longer
    /// possible — the partner's invitation changed, the seats are taken, the person is invited already — the nomination
    /// is refused instead and <see cref="NominationErrors.NoLongerPossible"/> says so.
    /// </summary>
    public Task<Result> ApproveAsync(int nominationId, TeamMember organiser, CancellationToken ct = default) =>
        DecideAsync(nominationId, organiser, async (db, nomination, now, token) =>
        {
            var by = await ColleagueInvitations.WithWhatNamingNeeds(db.Invitations).SingleAsync(i => i.Id == nomination.InvitationId, token);
            var possible = by.IsOpen && (nomination.Kind == NominationKind.Colleague
                || await DelegateService.TakenAsync(db, by.Id, token) <= by.DelegateSeats);
            var invited = !possible
                ? null
                : nomination.Kind == NominationKind.Colleague
                    ? await ColleagueInvitations.SubstituteAsync(db, by, nomination.AsContact(), links, now, token)
                    : await ColleagueInvitations.AddDelegateAsync(db, by, nomination.AsContact(), links, now, token);
            if (invited is not { Succeeded: true })
            {
                nomination.Refuse(organiser, now);
                db.OutboxMessages.Add(InvitationEmails.NominationRefused(links, by, by.Event, nomination.FullName, now));
                return Result.Failure(NominationErrors.NoLongerPossible);
            }

            nomination.Approve(invited.Value, organiser, now);
            return Result.Success();
        }, ct);

    /// <summary>Refuses the nomination: nothing is sent to the person named; the partner who named them is told.</summary>
    public Task<Result> RefuseAsync(int nominationId, TeamMember organiser, CancellationToken ct = default) =>
        DecideAsync(nominationId, organiser, async (db, nomination, now, token) =>
        {
            nomination.Refuse(organiser, now);
            var by = await db.Invitations.Include(i => i.Contact).Include(i => i.Event).ThenInclude(e => e.Venue)
                .SingleAsync(i => i.Id == nomination.InvitationId, token);
            db.OutboxMessages.Add(InvitationEmails.NominationRefused(links, by, by.Event, nomination.FullName, now));
            return Result.Success();
        }, ct);

    private Task<Result> DecideAsync(
        int nominationId, TeamMember organiser, Func<EventHubDbContext, Nomination, DateTime, CancellationToken, Task<Result>> decide, CancellationToken ct) =>
        !organiser.IsOrganiser
            ? Task.FromResult(Result.Failure(AccessErrors.NotAllowed))
            : dbFactory.WriteAsync(async (db, token) =>
            {
                var nomination = await db.Nominations.SingleOrDefaultAsync(n => n.Id == nominationId, token);
                return nomination is not { Status: NominationStatus.AwaitingApproval }
                    ? Result.Failure(NominationErrors.NotFound)
                    : await decide(db, nomination, time.GetUtcNow().UtcDateTime, token);
            }, ct);
}
