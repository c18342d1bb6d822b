using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Data;
using EventHub.Core.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EventHub.Core.Invitations;

/// <summary>
/// "Send a colleague instead": the invitee names someone from their organisation, who gets an invitation and a
/// link of their own; the original invitation is marked substituted and its link then only says to whom it was passed
/// on and whom to ask to come after all (<see cref="PassedOnAsync"/>). A seat the
/// invitee held is given back (to the first person waiting): the colleague answers for themselves. A colleague at
/// an address outside the organisation's own email domains waits for an organiser (<see cref="NominationService"/>),
/// and the invitee's link keeps working until then.
/// </summary>
public sealed class ColleagueService(IDbContextFactory<EventHubDbContext> dbFactory, SiteLinks links, TimeProvider time, IOptions<NominationOptions> options)
{
    public Task<Result<NominationOutcome>> SendInsteadAsync(string token, ContactInput colleague, CancellationToken ct = default) =>
        dbFactory.WriteAsync(async (db, t) =>
        {
            var now = time.GetUtcNow().UtcDateTime;
            var found = await ColleagueInvitations.FindOpenAsync(db, token, now, t);
            if (!found.Succeeded)
            {
                return await AlreadySentAsync(db, token, colleague, t) is { } sent
                    ? Result<NominationOutcome>.Success(sent)
                    : Result<NominationOutcome>.Failure(found.ErrorCode!);
            }

            var invitation = found.Value;
            return await ColleagueInvitations.NominateAsync(db, invitation, NominationKind.Colleague, colleague, options.Value, now,
                () => ColleagueInvitations.SubstituteAsync(db, invitation, colleague, links, now, t), t);
        }, ct);

    /// <summary>
    /// The invitation this link opened was passed on to a colleague: whom (the name the invitee typed) and whom to ask to
    /// come after all, the event's organiser; null for any other link. The invitee opening their link again learns what
    /// they did rather than "this link does not work".
    /// </summary>
    public async Task<PassedOnLink?> PassedOnAsync(string token, CancellationToken ct = default)
    {
        var hash = PersonalLinkTokens.Hash(token);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Nominations.AsNoTracking()
            .Where(n => n.Invitation.TokenHash == hash && n.Invitation.Status == InvitationStatus.Substituted
                && n.Kind == NominationKind.Colleague && n.NomineeInvitationId != null)
            .OrderByDescending(n => n.Id)
            .Select(n => new PassedOnLink(n.FirstName + " " + n.LastName, new ExpiredLink(n.Invitation.Event.OrganiserName, n.Invitation.Event.OrganiserEmail)))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// The form was sent twice (a double click, a reply lost on the way): the first already passed the invitation to this
    /// same colleague, so the second gets the same answer instead of "this link no longer works".
    /// </summary>
    private static async Task<NominationOutcome?> AlreadySentAsync(EventHubDbContext db, string token, ContactInput colleague, CancellationToken ct)
    {
        var hash = PersonalLinkTokens.Hash(token);
        var email = colleague.Email.Trim().ToLowerInvariant();
        var sent = await db.Nominations.AsNoTracking()
            .Where(n => n.Invitation.TokenHash == hash && n.Invitation.Status == InvitationStatus.Substituted
                && n.Kind == NominationKind.Colleague && n.NomineeInvitationId != null && n.Email.ToLower() == email)
            .OrderByDescending(n => n.Id)
            .FirstOrDefaultAsync(ct);
        return sent is null ? null : new NominationOutcome(sent.FullName, AwaitsApproval: false);
    }
}

/// <summary>An invitation passed on to a colleague: the colleague's name, and whom to contact to come after all.</summary>
public sealed record PassedOnLink(string ColleagueName, ExpiredLink Contact);
