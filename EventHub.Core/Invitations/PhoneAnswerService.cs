using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Invitations;

/// <summary>A session the organiser can tick for someone; <paramref name="Full"/> means the person would wait for a place.</summary>
public sealed record SessionOption(int Id, string Title, DateTime StartUtc, DateTime EndUtc, bool Full);

/// <summary>What the "answer for this person" dialog starts from: their current answer and the event's sessions.</summary>
public sealed record PhoneAnswerView(
    int InvitationId,
    string Name,
    InvitationStatus Status,
    IReadOnlyList<int> SessionIds,
    AccessNeeds Needs,
    string? InterpretationLanguage,
    string? OtherNeeds,
    string? DietaryNeeds,
    bool PrivacyAccepted,
    string TimeZoneId,
    IReadOnlyList<SessionOption> Sessions);

/// <summary>
/// Answers recorded by an organiser for someone who replied by phone. The seat, waitlist and session rules live in
/// <see cref="RsvpService"/> (private, and keyed by the personal link); rather than copy them — they would drift — this
/// gives the invitation a fresh link and answers through <see cref="RsvpService.RespondAsync"/>. The price: the link
/// in the original invitation stops working. The confirmation email RsvpService writes carries the new link, so the
/// person still has a working one, as after a resend.
/// </summary>
public sealed class PhoneAnswerService(IDbContextFactory<EventHubDbContext> dbFactory, RsvpService rsvp, InvitationService invitations, TimeProvider time)
{
    public async Task<PhoneAnswerView?> GetAsync(int invitationId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var invitation = await db.Invitations.AsNoTracking()
            .Include(i => i.Contact)
            .Include(i => i.Choices)
            .Include(i => i.Event).ThenInclude(e => e.Sessions)
            .AsSplitQuery()
            .SingleOrDefaultAsync(i => i.Id == invitationId, ct);
        if (invitation is null || !invitation.IsOpen)
        {
            return null;
        }

        var sessions = invitation.Event.Sessions.Where(s => s.Kind != SessionKind.Break).OrderBy(s => s.StartUtc)
            .Select(s => new SessionOption(s.Id, s.Title, s.StartUtc, s.EndUtc, s.Capacity is { } capacity && s.SeatsTaken >= capacity))
            .ToList();
        return new PhoneAnswerView(
            invitation.Id, $"{invitation.Contact.FirstName} {invitation.Contact.LastName}", invitation.Status,
            invitation.Choices.Select(c => c.SessionId).ToList(), invitation.AccessNeeds, invitation.InterpretationLanguage,
            invitation.OtherNeeds, invitation.DietaryNeeds, invitation.PrivacyNoticeVersion is not null,
            invitation.Event.TimeZoneId, sessions);
    }

    public async Task<Result<RsvpOutcome>> AnswerOnBehalfAsync(int invitationId, RsvpAnswer answer, CancellationToken ct = default)
    {
        var token = InvitationTokens.NewToken();
        var issued = await dbFactory.WriteAsync(async (db, token2) =>
        {
            var invitation = await db.Invitations.Include(i => i.Event).ThenInclude(e => e.Sessions)
                .AsSplitQuery()
                .SingleOrDefaultAsync(i => i.Id == invitationId, token2);
            if (invitation is null || !invitation.IsOpen)
            {
                return Result.Failure(InvitationErrors.NotFound);
            }

            // Checked before the link changes, so a refused answer does not cost the person their link. RsvpService
            // checks all of this again (and decides seats) in its own transaction.
            if (Refusal(invitation, answer) is { } refusal)
            {
                return Result.Failure(refusal);
            }

            invitation.Issue(InvitationTokens.Hash(token), time.GetUtcNow().UtcDateTime);
            return Result.Success();
        }, ct);
        if (!issued.Succeeded)
        {
            return Result<RsvpOutcome>.Failure(issued.ErrorCode!);
        }

        var outcome = await rsvp.RespondAsync(token, answer, ct);
        if (!outcome.Succeeded)
        {
            // Refused after all (the event closed in between): the new link was never mailed, so send one that works.
            await invitations.ResendAsync(invitationId, ct);
        }

        return outcome;
    }

    private string? Refusal(Invitation invitation, RsvpAnswer answer)
    {
        var @event = invitation.Event;
        if (@event.Status != EventStatus.Published)
        {
            return InvitationErrors.EventNotOpen;
        }

        if ((@event.RsvpDeadlineUtc ?? @event.StartUtc) <= time.GetUtcNow().UtcDateTime)
        {
            return InvitationErrors.DeadlinePassed;
        }

        if (answer.Answer is not (InvitationStatus.Accepted or InvitationStatus.Tentative or InvitationStatus.Declined))
        {
            return InvitationErrors.NotAnAnswer;
        }

        if (answer.Answer != InvitationStatus.Declined && !answer.PrivacyAccepted && invitation.PrivacyNoticeVersion is null)
        {
            return InvitationErrors.PrivacyNoticeRequired;
        }

        var sessions = @event.Sessions.Where(s => s.Kind != SessionKind.Break).ToDictionary(s => s.Id);
        if (answer.Sessions.Any(id => !sessions.ContainsKey(id)))
        {
            return InvitationErrors.UnknownSession;
        }

        var chosen = answer.Sessions.Distinct().Select(id => sessions[id]).ToList();
        return chosen.Any(a => chosen.Any(b => a != b && a.Overlaps(b))) ? InvitationErrors.OverlappingSessions : null;
    }
}
