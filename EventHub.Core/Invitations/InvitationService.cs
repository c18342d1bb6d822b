using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Outbox;
using EventHub.Core.Events;
using EventHub.Core.Directory;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Invitations;

/// <summary>
/// How full a session is: places taken of its capacity, and how many wait for a place. <paramref name="ForEveryone"/>: a
/// plenary, whose places are taken by everyone coming (<see cref="SessionPeople"/>).
/// </summary>
public sealed record SessionFill(int SessionId, string Title, DateTime StartUtc, int Taken, int? Capacity, int Waiting, bool ForEveryone = false);

/// <summary>
/// The organiser's side of invitations: the invite list, sending, cancelling, and the counts. Every change is refused
/// to a caller who is not an organiser or admin (<see cref="AccessErrors.NotAllowed"/>): the pages hide it, Core checks.
/// </summary>
public sealed class InvitationService(IDbContextFactory<EventHubDbContext> dbFactory, SiteLinks links, TimeProvider time)
{
    /// <summary>
    /// Puts contacts on the event's invite list (not sent yet); people already on it, archived, who asked not to be
    /// invited (<see cref="Contact.DoNotInvite"/>) or who gave no email address are skipped. Every way of adding people
    /// comes through here.
    /// </summary>
    public async Task<Result<int>> AddAsync(int eventId, IReadOnlyCollection<int> contactIds, TeamMember organiser, CancellationToken ct = default) =>
        !organiser.IsOrganiser ? Result<int>.Failure(AccessErrors.NotAllowed) : await dbFactory.WriteAsync(async (db, token) =>
        {
            var @event = await db.Events.SingleOrDefaultAsync(e => e.Id == eventId, token);
            if (@event is null || !@event.IsOpenForChanges)
            {
                return Result<int>.Failure(InvitationErrors.EventNotOpen);
            }

            var already = await db.Invitations.Where(i => i.EventId == eventId).Select(i => i.ContactId).ToListAsync(token);
            var contacts = await db.Contacts
                .Where(c => contactIds.Contains(c.Id) && !c.IsArchived && c.MergedIntoId == null && c.DoNotInviteSinceUtc == null
                    && c.EmailDomain != OutboxMessage.NoEmailDomain && !already.Contains(c.Id))
                .ToListAsync(token);
            var now = time.GetUtcNow().UtcDateTime;
            db.Invitations.AddRange(contacts.Select(c => new Invitation(@event, c, now)));
            return Result<int>.Success(contacts.Count);
        }, ct);

    /// <summary>Puts everyone the contact query finds (e.g. a sector, an organisation, a search) on the invite list.</summary>
    public async Task<Result<int>> AddMatchingAsync(int eventId, EventHub.Core.Directory.ContactQuery query, TeamMember organiser, CancellationToken ct = default)
    {
        if (!organiser.IsOrganiser)
        {
            return Result<int>.Failure(AccessErrors.NotAllowed);
        }

        List<int> ids;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            ids = await query.Apply(db.Contacts).Select(c => c.Id).ToListAsync(ct);
        }

        return await AddAsync(eventId, ids, organiser, ct);
    }

    /// <summary>Everyone the contact query finds, each marked addable, asked not to be invited, or on the list already: the dialog's checkboxes.</summary>
    public async Task<IReadOnlyList<AddCandidate>> CandidatesAsync(int eventId, EventHub.Core.Directory.ContactQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await AddCandidate.OfAsync(query.Apply(db.Contacts), db.Invitations, eventId, ct);
    }

    /// <summary>These people (e.g. everyone who attended an earlier event), each marked as in <see cref="CandidatesAsync(int, EventHub.Core.Directory.ContactQuery, CancellationToken)"/>.</summary>
    public async Task<IReadOnlyList<AddCandidate>> CandidatesAsync(int eventId, IReadOnlyCollection<int> contactIds, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await AddCandidate.OfAsync(db.Contacts.Where(c => contactIds.Contains(c.Id)), db.Invitations, eventId, ct);
    }

    /// <summary>"Everyone who attended event X": the people checked in at <paramref name="pastEventId"/>.</summary>
    public async Task<IReadOnlyList<int>> AttendeesOfAsync(int pastEventId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Invitations.Where(i => i.EventId == pastEventId && i.CheckedInAtUtc != null).Select(i => i.ContactId).ToListAsync(ct);
    }

    /// <summary>Takes someone off the list before anything was sent; after sending, use <see cref="CancelAsync"/>.</summary>
    public Task<Result> RemoveAsync(int invitationId, TeamMember organiser, CancellationToken ct = default) =>
        !organiser.IsOrganiser ? NotAllowed() : dbFactory.WriteAsync(async (db, token) =>
        {
            var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == invitationId, token);
            if (invitation is null || invitation.Status != InvitationStatus.Listed)
            {
                return Result.Failure(InvitationErrors.NotFound);
            }

            db.Invitations.Remove(invitation);
            return Result.Success();
        }, ct);

    /// <summary>Sends every invitation still on the list: a personal link each, and the email in the outbox, in one transaction.</summary>
    public async Task<Result<int>> SendAsync(int eventId, TeamMember organiser, CancellationToken ct = default) =>
        !organiser.IsOrganiser ? Result<int>.Failure(AccessErrors.NotAllowed) : await dbFactory.WriteAsync(async (db, token) =>
        {
            await Seats.LockEventAsync(db, eventId, token); // Send pressed twice at once: the second sends nothing again
            var @event = await db.Events.Include(e => e.Venue).Include(e => e.Sessions).ThenInclude(s => s.Room)
                .AsSplitQuery().SingleOrDefaultAsync(e => e.Id == eventId, token);
            if (@event is null || @event.Status != EventStatus.Published)
            {
                return Result<int>.Failure(InvitationErrors.EventNotOpen);
            }

            if (!@event.SendsToGuests(time.GetUtcNow().UtcDateTime))
            {
                return Result<int>.Failure(InvitationErrors.EventOver);
            }

            var listed = await db.Invitations.Include(i => i.Contact).ThenInclude(c => c!.Organisation)
                .Where(i => i.EventId == eventId && i.Status == InvitationStatus.Listed)
                .ToListAsync(token);
            var now = time.GetUtcNow().UtcDateTime;
            foreach (var invitation in listed)
            {
                var link = PersonalLinkTokens.NewToken();
                invitation.Issue(PersonalLinkTokens.Hash(link), now);
                db.OutboxMessages.Add(InvitationEmails.Invitation(links, invitation, @event, links.Rsvp(link), now));
            }

            return Result<int>.Success(listed.Count);
        }, ct);

    /// <summary>
    /// Reminds someone who has not answered yet, now (the organiser's choice, besides the scheduled reminders): a
    /// reminder email with a new link. Anyone who has answered is left alone, and nobody is reminded of an event that
    /// was cancelled or is over.
    /// </summary>
    public Task<Result> RemindAsync(int invitationId, TeamMember organiser, CancellationToken ct = default) =>
        !organiser.IsOrganiser ? NotAllowed() : dbFactory.WriteAsync(async (db, token) =>
        {
            var invitation = await db.Invitations.Include(i => i.Contact).Include(i => i.Event).ThenInclude(e => e.Venue)
                .SingleOrDefaultAsync(i => i.Id == invitationId, token);
            if (invitation is null || invitation.Status != InvitationStatus.Invited)
            {
                return Result.Failure(InvitationErrors.AlreadyAnswered);
            }

            if (!invitation.Event.SendsToGuests(time.GetUtcNow().UtcDateTime))
            {
                return Result.Failure(InvitationErrors.EventOver);
            }

            var now = time.GetUtcNow().UtcDateTime;
            var link = PersonalLinkTokens.NewToken();
            invitation.Issue(PersonalLinkTokens.Hash(link), now);
            db.OutboxMessages.Add(InvitationEmails.Reminder(links, invitation, invitation.Event, links.Rsvp(link), deduplicationKey: null, now));
            return Result.Success();
        }, ct);

    /// <summary>Sends the invitation again with a new link; the old link stops working. Not once the event is cancelled or over.</summary>
    public Task<Result> ResendAsync(int invitationId, TeamMember organiser, CancellationToken ct = default) =>
        SendWithNewLinkAsync(invitationId, organiser, i => i.IsOpen, (i, tokenHash, now) => i.Issue(tokenHash, now), ct);

    /// <summary>
    /// Sends a withdrawn invitation again (cancelled by mistake, or the person can come after all): a new link and the
    /// invitation email, to answer as if new. Not for someone who asked not to be invited, an archived record or one
    /// without an email address, and not once the event is cancelled or over.
    /// </summary>
    public Task<Result> InviteAgainAsync(int invitationId, TeamMember organiser, CancellationToken ct = default) =>
        SendWithNewLinkAsync(invitationId, organiser, i => i.MayBeInvitedAgain, (i, tokenHash, now) => i.InviteAgain(tokenHash, now), ct,
            i => InvitableAgain(i.Contact));

    /// <summary>
    /// The invitation email again with a new link, for an invitation in the state <paramref name="sendable"/> asks, while
    /// the event still writes to its guests and nothing about the person <paramref name="refusal"/> names stands in the way.
    /// </summary>
    private Task<Result> SendWithNewLinkAsync(
        int invitationId, TeamMember organiser, Func<Invitation, bool> sendable, Action<Invitation, string, DateTime> issue, CancellationToken ct,
        Func<Invitation, string?>? refusal = null) =>
        !organiser.IsOrganiser ? NotAllowed() : dbFactory.WriteAsync(async (db, token) =>
        {
            var invitation = await db.Invitations.Include(i => i.Contact).ThenInclude(c => c!.Organisation).Include(i => i.Event).ThenInclude(e => e.Venue)
                .Include(i => i.Event).ThenInclude(e => e.Sessions).ThenInclude(s => s.Room)
                .AsSplitQuery().SingleOrDefaultAsync(i => i.Id == invitationId, token);
            if (invitation is null || !sendable(invitation))
            {
                return Result.Failure(InvitationErrors.NotFound);
            }

            var now = time.GetUtcNow().UtcDateTime;
            if (!invitation.Event.SendsToGuests(now))
            {
                return Result.Failure(InvitationErrors.EventOver);
            }

            if (refusal?.Invoke(invitation) is { } refused)
            {
                return Result.Failure(refused);
            }

            var link = PersonalLinkTokens.NewToken();
            issue(invitation, PersonalLinkTokens.Hash(link), now);
            db.OutboxMessages.Add(InvitationEmails.Invitation(links, invitation, invitation.Event, links.Rsvp(link), now));
            return Result.Success();
        }, ct);

    /// <summary>Why the person may not be invited again (asked not to be, archived, no address), or null.</summary>
    private static string? InvitableAgain(Contact contact) => contact switch
    {
        { DoNotInvite: true } => InvitationErrors.DoNotInvite,
        { IsArchived: true } => InvitationErrors.ContactArchived,
        { HasEmail: false } => InvitationErrors.NoEmail,
        _ => null,
    };

    /// <summary>
    /// Cancels a sent invitation; a seat it held goes to the first person waiting. Not once the event is cancelled or
    /// over (its guests were told, or it took place: a "withdrawn" email then would only confuse them).
    /// </summary>
    public Task<Result> CancelAsync(int invitationId, TeamMember organiser, CancellationToken ct = default) =>
        !organiser.IsOrganiser ? NotAllowed() : dbFactory.WriteAsync(async (db, token) =>
        {
            var invitation = await db.Invitations.Include(i => i.Choices).Include(i => i.Contact)
                .Include(i => i.Event).ThenInclude(e => e.Venue)
                .SingleOrDefaultAsync(i => i.Id == invitationId, token);
            if (invitation is null || !invitation.IsOpen)
            {
                return Result.Failure(InvitationErrors.NotFound);
            }

            if (!invitation.Event.SendsToGuests(time.GetUtcNow().UtcDateTime))
            {
                return Result.Failure(InvitationErrors.EventOver);
            }

            if (invitation.Attended)
            {
                return Result.Failure(InvitationErrors.AlreadyCameIn);
            }

            await WithdrawAsync(db, links, invitation, withdrawn => InvitationEmails.Withdrawn(links, withdrawn, withdrawn.Event, time.GetUtcNow().UtcDateTime),
                time.GetUtcNow().UtcDateTime, token);
            return Result.Success();
        }, ct);

    /// <summary>
    /// Cancels a sent invitation (loaded with its choices, contact, event and venue) and tells the guest by
    /// <paramref name="notice"/>: someone coming or maybe coming has the event in their calendar, which the email takes
    /// out again; a seat and session places it held go to whoever waits. By an organiser, or by the organisation's
    /// contact who named the guest as a delegate; without a notice when the guest is being erased (there is no one to
    /// tell, and the erased must get no more email), the seat going on just the same.
    /// </summary>
    internal static async Task WithdrawAsync(
        EventHubDbContext db, SiteLinks links, Invitation invitation, Func<Invitation, OutboxMessage>? notice, DateTime now, CancellationToken ct,
        bool byNominator = false)
    {
        var heldSeat = invitation.HoldsSeat;
        var hadCalendar = InvitationCalendar.HasCalendar(invitation.Status);
        invitation.Cancel(byNominator);
        if (notice is not null)
        {
            var withdrawn = notice(invitation);
            db.OutboxMessages.Add(hadCalendar ? InvitationCalendar.WithCancellation(withdrawn, invitation, invitation.Event, links, now) : withdrawn);
        }

        await Seats.ReleaseAllAsync(db, links, invitation, heldSeat, now, ct);
    }

    /// <summary>
    /// Each session's places taken and waiting list, in programme order (breaks left out). A session for everyone (a
    /// plenary) holds every guest coming and has no waiting list of its own (<see cref="SessionPeople"/>).
    /// </summary>
    public async Task<IReadOnlyList<SessionFill>> SessionFillAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // One query: a plenary's people are everyone with a seat (SessionPeople.WithASeat), read beside the others'.
        var sessions = await db.Sessions.Where(s => s.EventId == eventId && s.Kind != SessionKind.Break)
            .OrderBy(s => s.StartUtc).ThenBy(s => s.SortOrder)
            .Select(s => new
            {
                s.Id, s.Title, s.StartUtc, s.SeatsTaken, s.Capacity, s.Kind,
                Waiting = db.SessionChoices.Count(c => c.SessionId == s.Id && c.Status == SessionChoiceStatus.Waitlisted),
                Coming = db.Invitations.Where(SessionPeople.WithASeat).Count(i => i.EventId == s.EventId),
            })
            .ToListAsync(ct);
        return sessions.Select(s => Session.IsForEveryoneKind(s.Kind)
                ? new SessionFill(s.Id, s.Title, s.StartUtc, s.Coming, s.Capacity, Waiting: 0, ForEveryone: true)
                : new SessionFill(s.Id, s.Title, s.StartUtc, s.SeatsTaken, s.Capacity, s.Waiting))
            .ToList();
    }

    /// <summary>How invitees have answered, for lists and the home page.</summary>
    public async Task<ResponseCounts> CountsAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return ResponseCounts.From(await GuestStanding.CountAsync(db.Invitations.Where(i => i.EventId == eventId), ct));
    }

    /// <summary>
    /// How many invitees a new date, time or place or a cancellation of the event emails: those whose invitation is still
    /// open by their own answer (<see cref="InvitationEventChanges.StillOpen"/>, the rule that sends the emails). Not the
    /// answer counts' "coming": a guest who declined and was let in at the door counts as coming there, but is not emailed.
    /// </summary>
    public async Task<int> ToldOfChangesAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Invitations.Where(i => i.EventId == eventId).Where(InvitationEventChanges.StillOpen).CountAsync(ct);
    }

    /// <summary>
    /// How many of this event's invite list are expected to accept, from the acceptance rate of the alliance's earlier
    /// events that have ended (not cancelled): of the invitations sent there (not withdrawn or replaced by a colleague),
    /// the share that said yes (accepted, or waiting for a seat). Delegate seats not filled yet count as people on the list.
    /// </summary>
    public async Task<ExpectedAcceptances?> ExpectedAcceptancesAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var @event = await db.Events.Where(e => e.Id == eventId).Select(e => new { e.Capacity }).SingleOrDefaultAsync(ct);
        if (@event is null)
        {
            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var listSize = await db.Invitations.CountAsync(i => i.EventId == eventId && i.Status != InvitationStatus.Cancelled && i.Status != InvitationStatus.Substituted, ct);
        var earlier = db.Invitations.Where(i => i.EventId != eventId && i.Event.EndUtc < now && i.Event.Status != EventStatus.Cancelled
            && i.SentAtUtc != null && i.Status != InvitationStatus.Cancelled && i.Status != InvitationStatus.Substituted);
        var sent = await earlier.CountAsync(ct);
        var accepted = await earlier.CountAsync(i => i.Status == InvitationStatus.Accepted || i.Status == InvitationStatus.Waitlisted, ct);
        var (rate, fromHistory) = ExpectedAcceptances.RateOf(sent, accepted);
        return new ExpectedAcceptances(listSize, rate, fromHistory, @event.Capacity, await DelegateService.OpenSeatsAsync(db, eventId, ct));
    }

    /// <summary>
    /// Invited (the list, whether sent yet or not), coming and not coming per sector, and who came (contacts without an
    /// organisation count as "no sector"). Walk-ins were never on the list: they count only as having come, as on the
    /// dashboard, which read 41 invited where this page read 43 after two walk-ins. Someone let in at the door after
    /// declining counts as coming, as in the page's answer counts (<see cref="GuestStanding"/>).
    /// </summary>
    public async Task<IReadOnlyList<SectorCount>> SectorBalanceAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Invitations.Where(i => i.EventId == eventId && i.Status != InvitationStatus.Cancelled && i.Status != InvitationStatus.Substituted)
            .Select(i => new { Sector = i.Organisation != null ? (Sector?)i.Organisation.Sector : null, i.Status, i.IsWalkIn, Attended = i.CheckedInAtUtc != null })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.Sector)
            .Select(g => new SectorCount(g.Key, g.Count(r => !r.IsWalkIn), g.Count(r => !r.IsWalkIn && GuestStanding.CountsAs(r.Status, r.Attended) == InvitationStatus.Accepted),
                g.Count(r => GuestStanding.CountsAs(r.Status, r.Attended) == InvitationStatus.Declined), g.Count(r => r.Attended)))
            .OrderBy(c => c.Sector is null).ThenBy(c => c.Sector)
            .ToList();
    }

    private static Task<Result> NotAllowed() => Task.FromResult(Result.Failure(AccessErrors.NotAllowed));
}
