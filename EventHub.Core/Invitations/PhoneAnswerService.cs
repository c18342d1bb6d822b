using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Invitations;

/// <summary>A session the organiser can tick for someone; <paramref name="Full"/> means the person would wait for a place.</summary>
public sealed record SessionOption(int Id, string Title, DateTime StartUtc, DateTime EndUtc, bool Full);

/// <summary>
/// What the "answer for this person" dialog starts from: their current answer and the event's sessions. The reason and
/// note of an earlier decline go back with a decline recorded by phone, so recording it does not erase them.
/// </summary>
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
    DateTime EventStartUtc,
    DateTime EventEndUtc,
    IReadOnlyList<SessionOption> Sessions,
    DeclineReason? DeclineReason = null,
    string? DeclineNote = null);

/// <summary>
/// Answers recorded by an organiser for someone who replied by phone, through <see cref="RsvpService.RespondForAsync"/>:
/// the same seat, waitlist and session rules as the partner's own answer, and the partner's link keeps working.
/// </summary>
public sealed class PhoneAnswerService(IDbContextFactory<EventHubDbContext> dbFactory, RsvpService rsvp)
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

        var sessions = invitation.Event.Sessions.Where(s => s.IsChoosable).OrderBy(s => s.StartUtc)
            .Select(s => new SessionOption(s.Id, s.Title, s.StartUtc, s.EndUtc, s.IsFull))
            .ToList();
        return new PhoneAnswerView(
            invitation.Id, $"{invitation.Contact.FirstName} {invitation.Contact.LastName}", invitation.Status,
            invitation.Choices.Select(c => c.SessionId).ToList(), invitation.AccessNeeds, invitation.InterpretationLanguage,
            invitation.OtherNeeds, invitation.DietaryNeeds, invitation.PrivacyNoticeVersion == (await PrivacyNotice.CurrentAsync(db, ct)).Version,
            invitation.Event.TimeZoneId, invitation.Event.StartUtc, invitation.Event.EndUtc, sessions, invitation.DeclineReason, invitation.DeclineNote);
    }

    /// <summary>Answers for the invitee with exactly the partner's rules; their personal link keeps working. Organisers only.</summary>
    public Task<Result<RsvpOutcome>> AnswerOnBehalfAsync(int invitationId, RsvpAnswer answer, TeamMember organiser, CancellationToken ct = default) =>
        organiser.IsOrganiser
            ? rsvp.RespondForAsync(invitationId, answer, ct)
            : Task.FromResult(Result<RsvpOutcome>.Failure(AccessErrors.NotAllowed));
}
