using EventHub.Core.Events;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EventHub.Core.Invitations;

/// <summary>
/// The partner's side of an invitation, reached through the personal link: see it, and answer (accept, maybe,
/// decline) with session choices and needs. Seats and waitlists are decided in one short write transaction.
/// The link stops opening the invitation <see cref="PersonalLinkOptions.RsvpDaysAfterEvent"/> days after the event ends.
/// </summary>
public sealed class RsvpService(IDbContextFactory<EventHubDbContext> dbFactory, SiteLinks links, IOptions<PersonalLinkOptions> linkOptions, TimeProvider time)
{
    /// <summary>
    /// The language the invitation behind a link speaks, or null for an unknown, replaced or closed link (the same links
    /// <see cref="GetAsync"/> does not open; an expired link keeps its language, so the "expired" page speaks it). One
    /// small query, for choosing the page's language before it renders.
    /// </summary>
    public async Task<Language?> LanguageAsync(string token, CancellationToken ct = default) =>
        (await LinkAsync(token, ct))?.OpenLanguage;

    /// <summary>
    /// The invitation a link belongs to, whatever its state, or null for an unknown link: one small query that gives both
    /// the page's language and the record the link belongs to (for the audit log and the rate limit), so a request through
    /// the link asks for them once.
    /// </summary>
    public async Task<RsvpLink?> LinkAsync(string token, CancellationToken ct = default)
    {
        var hash = PersonalLinkTokens.Hash(token);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Invitations.Where(i => i.TokenHash == hash).Select(i => new RsvpLink(i.Id, i.Status, i.Language)).SingleOrDefaultAsync(ct);
    }

    public async Task<RsvpView?> GetAsync(string token, CancellationToken ct = default)
    {
        var hash = PersonalLinkTokens.Hash(token);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // One connection for the page's few queries, rather than one taken from the pool and set up for each (issue 17).
        await db.Database.OpenConnectionAsync(ct);
        var invitation = await db.Invitations.AsNoTracking()
            .Include(i => i.Contact).ThenInclude(c => c.Organisation)
            .Include(i => i.Choices)
            .Include(i => i.Event).ThenInclude(e => e.Venue!).ThenInclude(v => v.Rooms)
            .Include(i => i.Event).ThenInclude(e => e.Sessions).ThenInclude(s => s.Room)
            .Include(i => i.Event).ThenInclude(e => e.Sessions).ThenInclude(s => s.Facilitators)
            .AsSplitQuery()
            .SingleOrDefaultAsync(i => i.TokenHash == hash, ct);
        if (invitation is null || !invitation.IsOpen || Expired(invitation.Event.EndUtc))
        {
            return null;
        }

        var full = invitation.Event.Sessions.ToDictionary(s => s.Id, s => s.IsFull);
        var position = await WaitlistPositionAsync(db, invitation, ct);
        var notice = await PrivacyNotice.CurrentAsync(db, ct);
        return new RsvpView(invitation, invitation.Event, position, full, Problem(invitation.Event) is null, notice)
        {
            SessionWaitlistPositions = await SessionWaitlistPositionsAsync(db, invitation, ct),
        };
    }

    /// <summary>
    /// Whom to contact about a link that opened an invitation and has expired (its event ended long enough ago); null for
    /// any other link — unknown, replaced and closed links stay indistinguishable, and a working link is not expired.
    /// </summary>
    public async Task<ExpiredLink?> ExpiredAsync(string token, CancellationToken ct = default)
    {
        var hash = PersonalLinkTokens.Hash(token);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var invitation = await db.Invitations.Where(i => i.TokenHash == hash)
            .Select(i => new { i.Status, i.Event.EndUtc, i.Event.OrganiserName, i.Event.OrganiserEmail })
            .SingleOrDefaultAsync(ct);
        return invitation is not null && Invitation.IsOpenStatus(invitation.Status) && Expired(invitation.EndUtc)
            ? new ExpiredLink(invitation.OrganiserName, invitation.OrganiserEmail)
            : null;
    }

    /// <summary>
    /// The calendar download of the invitation page (<see cref="InvitationCalendar.Download"/>), in the invitation's language
    /// as the calendars of its emails are;
    /// null when the link opens no invitation page or the page offers no calendar (<see cref="InvitationCalendar.OffersDownload"/>).
    /// </summary>
    public async Task<CalendarFile?> CalendarAsync(string token, CancellationToken ct = default)
    {
        var hash = PersonalLinkTokens.Hash(token);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Identity resolution: each session and the invitation share one event, which the calendar's entries read.
        var invitation = await db.Invitations.AsNoTrackingWithIdentityResolution()
            .Include(i => i.Choices)
            .Include(i => i.Event).ThenInclude(e => e.Sessions).ThenInclude(s => s.Room)
            .Include(i => i.Event).ThenInclude(e => e.Venue)
            .AsSplitQuery()
            .SingleOrDefaultAsync(i => i.TokenHash == hash, ct);
        return invitation is null || !invitation.IsOpen || Expired(invitation.Event.EndUtc)
            || !InvitationCalendar.OffersDownload(invitation.Status, invitation.Event.Status)
                ? null
                : InvitationCalendar.Download(invitation, links.Root, time.GetUtcNow().UtcDateTime);
    }

    public Task<Result<RsvpOutcome>> RespondAsync(string token, RsvpAnswer answer, CancellationToken ct = default)
    {
        var hash = PersonalLinkTokens.Hash(token);
        return AnswerAsync(i => i.TokenHash == hash, links.Rsvp(token), answer, ct);
    }

    /// <summary>
    /// An answer given for the invitee (by phone, to an organiser): the same seat and waitlist rules, and the
    /// invitee's own link keeps working. The confirmation then carries no link (only its hash is stored).
    /// </summary>
    public Task<Result<RsvpOutcome>> RespondForAsync(int invitationId, RsvpAnswer answer, CancellationToken ct = default) =>
        AnswerAsync(i => i.Id == invitationId, link: null, answer, ct);

    private Task<Result<RsvpOutcome>> AnswerAsync(
        System.Linq.Expressions.Expression<Func<Invitation, bool>> which, string? link, RsvpAnswer answer, CancellationToken ct) =>
        dbFactory.WriteAsync(async (db, token2) =>
        {
            // The same answer sent twice at once (a double click, two tabs) is taken once: on PostgreSQL the second waits
            // here for the first to commit and then reads its result (SQLite's single writer does this by itself).
            if (db.Database.IsNpgsql() && await db.Invitations.Where(which).Select(i => (int?)i.Id).SingleOrDefaultAsync(token2) is { } id)
            {
                await Seats.LockInvitationAsync(db, id, token2);
            }

            var invitation = await db.Invitations
                .Include(i => i.Contact)
                .Include(i => i.Choices)
                .Include(i => i.Event).ThenInclude(e => e.Sessions).ThenInclude(s => s.Room)
                .Include(i => i.Event).ThenInclude(e => e.Venue)
                .AsSplitQuery()
                .SingleOrDefaultAsync(which, token2);
            // The partner's own link expires; an organiser answering for them goes by the event's rules alone.
            if (invitation is null || !invitation.IsOpen || (link is not null && Expired(invitation.Event.EndUtc)))
            {
                return Result<RsvpOutcome>.Failure(InvitationErrors.NotFound);
            }

            if (Problem(invitation.Event) is { } problem)
            {
                return Result<RsvpOutcome>.Failure(problem);
            }

            var notice = await PrivacyNotice.CurrentAsync(db, token2);
            if (RsvpRules.Problems(invitation, answer, notice.Version).FirstOrDefault() is { } invalid)
            {
                return Result<RsvpOutcome>.Failure(invalid.ErrorCode!, invalid.ErrorDetail);
            }

            var before = AnswerState.Of(invitation);
            var now = time.GetUtcNow().UtcDateTime;
            var released = await AnswerEventAsync(db, invitation, answer.Answer, now, token2);
            // Someone on the event's waitlist keeps their session choices (waiting, holding no place) for when a seat comes.
            await ChooseSessionsAsync(db, links, invitation,
                invitation.Status is InvitationStatus.Accepted or InvitationStatus.Waitlisted ? RsvpRules.Picked(invitation.Event, answer.Sessions) : [], now, token2);
            invitation.StateNeeds(answer.Needs, answer.InterpretationLanguage, answer.OtherNeeds, answer.DietaryNeeds);
            invitation.Explain(answer.Answer == InvitationStatus.Declined ? answer.DeclineReason : null, answer.Answer == InvitationStatus.Declined ? answer.DeclineNote : null);
            if (answer.PrivacyAccepted && RsvpRules.Acknowledges(answer, notice.Version))
            {
                invitation.AcceptPrivacyNotice(notice.Version, now);
            }

            if (released)
            {
                await Seats.PromoteWhileRoomAsync(db, links, invitation.Event, now, token2);
            }

            var position = await WaitlistPositionAsync(db, invitation, token2);
            // The same answer again (a double click, the browser sending the form twice) changes nothing: no second email.
            if (AnswerState.Of(invitation) != before)
            {
                var confirmation = InvitationEmails.Answer(links, invitation, invitation.Event, link, position, now);
                // Those coming get the meeting in their calendar; whoever stops coming (a decline, or from maybe to the
                // waitlist) gets the cancellation of the one they had.
                if (InvitationCalendar.HasCalendar(invitation.Status))
                {
                    InvitationCalendar.WithRequest(confirmation, invitation, invitation.Event, links, now);
                }
                else if (InvitationCalendar.HasCalendar(before.Status))
                {
                    InvitationCalendar.WithCancellation(confirmation, invitation, invitation.Event, links, now);
                }

                db.OutboxMessages.Add(confirmation);
            }

            return Result<RsvpOutcome>.Success(new RsvpOutcome(
                invitation.EventId, invitation.Status, position, invitation.Choices.ToDictionary(c => c.SessionId, c => c.Status)));
        }, ct);

    private bool Expired(DateTime eventEndUtc) =>
        time.GetUtcNow().UtcDateTime >= eventEndUtc.AddDays(linkOptions.Value.RsvpDaysAfterEvent);

    /// <summary>Why no answer is possible now (see <see cref="Event.AcceptsAnswers"/>), or null when it is.</summary>
    private string? Problem(Event @event)
    {
        if (@event.AcceptsAnswers(time.GetUtcNow().UtcDateTime))
        {
            return null;
        }

        return @event.Status != EventStatus.Published ? InvitationErrors.EventNotOpen : InvitationErrors.DeadlinePassed;
    }

    /// <summary>Sets the answer, taking or giving back the event seat; returns whether a seat came free.</summary>
    private static async Task<bool> AnswerEventAsync(EventHubDbContext db, Invitation invitation, InvitationStatus answer, DateTime now, CancellationToken ct)
    {
        var before = invitation.Status;
        if (answer == InvitationStatus.Accepted)
        {
            var seated = before == InvitationStatus.Accepted || await Seats.TakeEventSeatAsync(db, invitation.EventId, ct);
            var number = seated || before == InvitationStatus.Waitlisted ? (long?)null : await Seats.NextWaitlistNumberAsync(db, invitation.EventId, ct);
            invitation.Answer(seated ? InvitationStatus.Accepted : InvitationStatus.Waitlisted, now, number);
            return false;
        }

        invitation.Answer(answer, now);
        if (before == InvitationStatus.Accepted)
        {
            await Seats.ReleaseEventSeatAsync(db, invitation.EventId, ct);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Keeps the choices that stay, frees the ones dropped, and takes a place (or a waitlist spot) for new ones; someone
    /// waiting for an event seat takes no session place yet (<see cref="Seats.PromoteWhileRoomAsync"/> does, with the seat).
    /// </summary>
    private static async Task ChooseSessionsAsync(EventHubDbContext db, SiteLinks links, Invitation invitation, IReadOnlyList<int> wanted, DateTime now, CancellationToken ct)
    {
        foreach (var dropped in invitation.Choices.Where(c => !wanted.Contains(c.SessionId)).ToList())
        {
            invitation.Drop(dropped);
            db.SessionChoices.Remove(dropped);
            if (dropped.Status == SessionChoiceStatus.Registered)
            {
                await Seats.ReleaseSessionPlaceAsync(db, dropped.SessionId, ct);
                await Seats.PromoteSessionWaitlistAsync(db, links, dropped.SessionId, invitation.Id, now, ct);
            }
        }

        foreach (var sessionId in wanted.Distinct().Where(id => invitation.Choices.All(c => c.SessionId != id)))
        {
            var session = invitation.Event.Sessions.Single(s => s.Id == sessionId);
            var placed = invitation.Status == InvitationStatus.Accepted && await Seats.TakeSessionPlaceAsync(db, sessionId, ct);
            invitation.Choose(session, placed ? SessionChoiceStatus.Registered : SessionChoiceStatus.Waitlisted, now);
        }
    }

    /// <summary>
    /// Where someone coming stands in each session's waiting list: places go to those coming, in the order they chose
    /// (<see cref="Seats.PromoteSessionWaitlistAsync"/>). Someone waiting for the event itself is in no session's line yet.
    /// </summary>
    private static async Task<Dictionary<int, int>> SessionWaitlistPositionsAsync(EventHubDbContext db, Invitation invitation, CancellationToken ct)
    {
        var positions = new Dictionary<int, int>();
        if (invitation.Status != InvitationStatus.Accepted)
        {
            return positions;
        }

        foreach (var choice in invitation.Choices.Where(c => c.Status == SessionChoiceStatus.Waitlisted))
        {
            var ahead = await db.SessionChoices.CountAsync(c => c.SessionId == choice.SessionId && c.Id < choice.Id
                && c.Status == SessionChoiceStatus.Waitlisted && c.Invitation.Status == InvitationStatus.Accepted, ct);
            positions[choice.SessionId] = ahead + 1;
        }

        return positions;
    }

    private static async Task<int?> WaitlistPositionAsync(EventHubDbContext db, Invitation invitation, CancellationToken ct)
    {
        if (invitation.Status != InvitationStatus.Waitlisted)
        {
            return null;
        }

        var number = invitation.WaitlistNumber;
        var ahead = await db.Invitations.CountAsync(i => i.EventId == invitation.EventId && i.Id != invitation.Id
            && i.Status == InvitationStatus.Waitlisted && i.WaitlistNumber < number, ct);
        return ahead + 1;
    }
}

/// <summary>What the invitee answered: when none of it changed, the answer was sent again and no new email goes out.</summary>
internal sealed record AnswerState(
    InvitationStatus Status, string Sessions, AccessNeeds Needs, string? InterpretationLanguage, string? OtherNeeds,
    string? DietaryNeeds, DeclineReason? DeclineReason, string? DeclineNote)
{
    public static AnswerState Of(Invitation invitation) => new(
        invitation.Status,
        string.Join(',', invitation.Choices.OrderBy(c => c.SessionId).Select(c => $"{c.SessionId}:{c.Status}")),
        invitation.AccessNeeds, invitation.InterpretationLanguage, invitation.OtherNeeds, invitation.DietaryNeeds,
        invitation.DeclineReason, invitation.DeclineNote);
}
