using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Data;
using EventHub.Core.Outbox;
using EventHub.Core.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EventHub.Core.Invitations;

/// <summary>
/// A delegate named through an organisation invitation, as the primary contact sees them: the name and address as they
/// typed them, and the delegate's answer (null while the nomination waits for an organiser's approval). <see cref="Id"/>
/// is the delegate's invitation, or the waiting nomination: what <see cref="DelegateService.WithdrawAsync"/> takes.
/// </summary>
public sealed record DelegateSummary(int Id, string Name, string Email, InvitationStatus? Status)
{
    /// <summary>Whether the delegate fills one of the seats: everyone but a delegate who declined (see <see cref="DelegateService"/>).</summary>
    public bool HoldsSeat => Status != InvitationStatus.Declined;

    /// <summary>Whether the primary contact may still withdraw them: one who holds a seat (a delegate who declined gave it back).</summary>
    public bool CanBeWithdrawn => HoldsSeat;
}

/// <summary>An organisation invitation's seats and who fills them; a delegate who declined is listed but frees their seat.</summary>
public sealed record DelegateSeats(int Seats, IReadOnlyList<DelegateSummary> Delegates)
{
    public int Left => Math.Max(0, Seats - Delegates.Count(d => d.HoldsSeat));
}

/// <summary>
/// Organisation invitations: the organiser invites an organisation with a number of seats through one of its
/// contacts (the primary contact), who nominates delegates (name + email); each delegate gets an invitation and
/// a personal link of their own and answers for themselves. The primary contact may come as well.
/// </summary>
public sealed class DelegateService(IDbContextFactory<EventHubDbContext> dbFactory, SiteLinks links, TimeProvider time, IOptions<NominationOptions> options)
{
    public const int MaxSeats = 50;

    /// <summary>Puts the organisation on the invite list through <paramref name="primaryContactId"/> with <paramref name="seats"/> delegate seats (or changes the seats).</summary>
    public Task<Result> InviteOrganisationAsync(int eventId, int primaryContactId, int seats, CancellationToken ct = default) =>
        dbFactory.WriteAsync(async (db, token) =>
        {
            if (seats is < 1 or > MaxSeats)
            {
                return Result.Failure(InvitationErrors.DelegateSeatsOutOfRange, MaxSeats.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            var @event = await db.Events.SingleOrDefaultAsync(e => e.Id == eventId, token);
            if (@event is null || !@event.IsOpenForChanges)
            {
                return Result.Failure(InvitationErrors.EventNotOpen);
            }

            var contact = await db.Contacts.SingleOrDefaultAsync(c => c.Id == primaryContactId && !c.IsArchived && c.MergedIntoId == null, token);
            if (contact is null)
            {
                return Result.Failure(InvitationErrors.NotFound);
            }

            if (contact.DoNotInvite)
            {
                return Result.Failure(InvitationErrors.DoNotInvite);
            }

            if (contact.OrganisationId is null)
            {
                return Result.Failure(InvitationErrors.ContactWithoutOrganisation);
            }

            if (!contact.HasEmail)
            {
                // The seats are offered by email; a walk-in who gave no address would never hear of them.
                return Result.Failure(InvitationErrors.NoEmail);
            }

            var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.EventId == eventId && i.ContactId == contact.Id, token);
            if (invitation is null)
            {
                invitation = new Invitation(@event, contact, time.GetUtcNow().UtcDateTime);
                db.Invitations.Add(invitation);
            }
            else if (!invitation.IsOpen && invitation.Status != InvitationStatus.Listed)
            {
                return Result.Failure(InvitationErrors.NotFound);
            }

            invitation.OfferDelegateSeats(seats);
            return Result.Success();
        }, ct);

    /// <summary>
    /// The seats and delegates of the organisation invitation behind a personal link: those invited (named as the
    /// partner typed them; the directory's data about an address is never shown back) and those waiting for approval.
    /// </summary>
    public async Task<DelegateSeats?> SeatsAsync(int invitationId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var seats = await db.Invitations.Where(i => i.Id == invitationId).Select(i => i.DelegateSeats).SingleOrDefaultAsync(ct);
        if (seats == 0)
        {
            return null;
        }

        var invited = await Nominated(db, invitationId)
            .OrderBy(i => i.CreatedAtUtc)
            .Select(i => new { i.Id, Name = i.Contact.FirstName + " " + i.Contact.LastName, i.Contact.Email, i.Status })
            .ToListAsync(ct);
        var ids = invited.Select(i => i.Id).ToList();
        // As typed the last time they were named (withdrawn and named again, they have two nominations).
        var typed = (await db.Nominations.Where(n => n.NomineeInvitationId != null && ids.Contains(n.NomineeInvitationId.Value))
            .OrderBy(n => n.Id)
            .Select(n => new { Id = n.NomineeInvitationId!.Value, Name = n.FirstName + " " + n.LastName, n.Email })
            .ToListAsync(ct))
            .GroupBy(n => n.Id).ToDictionary(g => g.Key, g => g.Last());
        var waiting = await Waiting(db, invitationId).OrderBy(n => n.CreatedAtUtc)
            .Select(n => new DelegateSummary(n.Id, n.FirstName + " " + n.LastName, n.Email, null))
            .ToListAsync(ct);
        // Delegates named before nominations kept what was typed (issue 13) show as they were always shown.
        var delegates = invited
            .Select(i => typed.TryGetValue(i.Id, out var asTyped)
                ? new DelegateSummary(i.Id, asTyped.Name, asTyped.Email, i.Status)
                : new DelegateSummary(i.Id, i.Name, i.Email, i.Status))
            .Concat(waiting)
            .ToList();
        return new DelegateSeats(seats, delegates);
    }

    /// <summary>
    /// The primary contact names a delegate: within the seats, before the deadline, within the link's nominations for
    /// the day; the delegate gets their own link, or — at an address outside the organisation — waits for an organiser.
    /// </summary>
    public Task<Result<NominationOutcome>> NominateAsync(string token, ContactInput person, CancellationToken ct = default) =>
        dbFactory.WriteAsync(async (db, t) =>
        {
            var now = time.GetUtcNow().UtcDateTime;
            var found = await ColleagueInvitations.FindOpenAsync(db, token, now, t);
            if (!found.Succeeded)
            {
                return Result<NominationOutcome>.Failure(found.ErrorCode!);
            }

            var organisationInvitation = found.Value;
            if (!organisationInvitation.IsOrganisationInvitation)
            {
                return Result<NominationOutcome>.Failure(InvitationErrors.NotAnOrganisationInvitation);
            }

            // Counted and added in one write transaction, so two quick nominations cannot both take the last seat.
            if (await TakenAsync(db, organisationInvitation.Id, t) >= organisationInvitation.DelegateSeats)
            {
                return Result<NominationOutcome>.Failure(InvitationErrors.DelegateSeatsFull);
            }

            return await ColleagueInvitations.NominateAsync(db, organisationInvitation, NominationKind.Delegate, person, options.Value, now,
                () => ColleagueInvitations.AddDelegateAsync(db, organisationInvitation, person, links, now, t), t);
        }, ct);

    /// <summary>
    /// The primary contact withdraws a delegate (<see cref="DelegateSummary.Id"/>) before the deadline: someone who cannot
    /// come after all, or an address typed wrongly. The seat is free at once for someone else. A delegate already invited
    /// is told by email and their link stops working (an event seat or session places they held go to whoever waits); a
    /// delegate still waiting for an organiser's approval was never sent anything and is not now. Someone already checked
    /// in cannot be withdrawn.
    /// </summary>
    public Task<Result> WithdrawAsync(string token, int delegateId, bool waitingForApproval, CancellationToken ct = default) =>
        dbFactory.WriteAsync(async (db, t) =>
        {
            var now = time.GetUtcNow().UtcDateTime;
            var found = await ColleagueInvitations.FindOpenAsync(db, token, now, t);
            if (!found.Succeeded)
            {
                return Result.Failure(found.ErrorCode!);
            }

            var organisationInvitation = found.Value;
            if (!organisationInvitation.IsOrganisationInvitation)
            {
                return Result.Failure(InvitationErrors.NotAnOrganisationInvitation);
            }

            await Seats.LockInvitationAsync(db, organisationInvitation.Id, t);
            if (waitingForApproval)
            {
                var nomination = await db.Nominations.SingleOrDefaultAsync(n => n.Id == delegateId && n.InvitationId == organisationInvitation.Id
                    && n.Kind == NominationKind.Delegate && n.Status != NominationStatus.Approved && n.Status != NominationStatus.Sent, t);
                if (nomination is null)
                {
                    return Result.Failure(InvitationErrors.NotFound);
                }

                // Refused already: the same tap sent twice (or an organiser refused it meanwhile) — the seat is free either way.
                if (nomination.Status == NominationStatus.AwaitingApproval)
                {
                    nomination.Refuse(by: null, now);
                }

                return Result.Success();
            }

            var named = await db.Invitations.Include(i => i.Choices).Include(i => i.Contact).Include(i => i.Event).ThenInclude(e => e.Venue)
                .SingleOrDefaultAsync(i => i.Id == delegateId && i.NominatedThroughId == organisationInvitation.Id, t);
            if (named is { Status: InvitationStatus.Cancelled })
            {
                // Withdrawn already: the same tap sent twice answers as the first time.
                return Result.Success();
            }

            if (named is null || !named.IsOpen || named.Status == InvitationStatus.Declined)
            {
                return Result.Failure(InvitationErrors.NotFound);
            }

            if (named.Attended)
            {
                return Result.Failure(InvitationErrors.AlreadyCameIn);
            }

            await InvitationService.WithdrawAsync(db, links, named,
                withdrawn => InvitationEmails.DelegateWithdrawn(links, withdrawn, withdrawn.Event, organisationInvitation.Contact.FullName, now), now, t, byNominator: true);
            return Result.Success();
        }, ct);

    /// <summary>
    /// Seats taken: delegates invited who have not declined, and delegates waiting for an organiser's approval; counted
    /// under the organisation invitation's row lock, so a second writer counts after this one's nomination is committed.
    /// A delegate who has not answered yet, says maybe or waits for an event seat still fills theirs; one who declined
    /// gives it back, so the organisation can name someone else (their link still works, and should they accept after
    /// all, they come on their own invitation as anyone invited does).
    /// </summary>
    internal static async Task<int> TakenAsync(EventHubDbContext db, int organisationInvitationId, CancellationToken ct)
    {
        await Seats.LockInvitationAsync(db, organisationInvitationId, ct);
        return (await TakenOfAsync(db, [organisationInvitationId], ct)).GetValueOrDefault(organisationInvitationId);
    }

    /// <summary>The seats taken (as <see cref="TakenAsync"/> says) of each of these organisation invitations, without the lock: the organisers' guest list shows them.</summary>
    internal static async Task<IReadOnlyDictionary<int, int>> TakenOfAsync(EventHubDbContext db, IReadOnlyCollection<int> organisationInvitationIds, CancellationToken ct)
    {
        var invited = await db.Invitations
            .Where(i => i.NominatedThroughId != null && organisationInvitationIds.Contains(i.NominatedThroughId.Value)
                && i.Status != InvitationStatus.Cancelled && i.Status != InvitationStatus.Substituted && i.Status != InvitationStatus.Declined)
            .GroupBy(i => i.NominatedThroughId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var waiting = await db.Nominations.Where(WaitingDelegate).Where(n => organisationInvitationIds.Contains(n.InvitationId))
            .GroupBy(n => n.InvitationId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return invited.Concat(waiting).GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
    }

    private static readonly System.Linq.Expressions.Expression<Func<Nomination, bool>> WaitingDelegate =
        n => n.Kind == NominationKind.Delegate && n.Status == NominationStatus.AwaitingApproval;

    private static IQueryable<Nomination> Waiting(EventHubDbContext db, int organisationInvitationId) =>
        db.Nominations.Where(WaitingDelegate).Where(n => n.InvitationId == organisationInvitationId);

    /// <summary>
    /// The event's delegate seats that no delegate holds yet, over all its organisation invitations (not withdrawn or
    /// replaced): seats offered minus the delegates on the list who hold one (see <see cref="DelegateSummary.HoldsSeat"/>).
    /// A nomination waiting for approval is not on the list yet, so its seat still counts as open.
    /// </summary>
    internal static Task<int> OpenSeatsAsync(EventHubDbContext db, int eventId, CancellationToken ct) =>
        db.Invitations.Where(i => i.EventId == eventId && i.DelegateSeats > 0
                && i.Status != InvitationStatus.Cancelled && i.Status != InvitationStatus.Substituted)
            .Select(i => i.DelegateSeats - db.Invitations.Count(d => d.NominatedThroughId == i.Id && d.Status != InvitationStatus.Cancelled
                && d.Status != InvitationStatus.Substituted && d.Status != InvitationStatus.Declined))
            .Where(left => left > 0)
            .SumAsync(ct);

    /// <summary>Delegates named through the organisation invitation (one who sent a colleague counts as that colleague), declined or not.</summary>
    private static IQueryable<Invitation> Nominated(EventHubDbContext db, int organisationInvitationId) =>
        db.Invitations.Where(i => i.NominatedThroughId == organisationInvitationId
            && i.Status != InvitationStatus.Cancelled && i.Status != InvitationStatus.Substituted);
}
