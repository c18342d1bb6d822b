using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Data;
using EventHub.Core.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EventHub.Core.Invitations;

/// <summary>
/// "Send a colleague instead": the invitee names someone from their organisation, who gets an invitation and a
/// link of their own; the original invitation is marked substituted and its link stops working. A seat the
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
                return Result<NominationOutcome>.Failure(found.ErrorCode!);
            }

            var invitation = found.Value;
            if (await ColleagueInvitations.CheckAsync(db, invitation, colleague, options.Value, now, t) is { } refused)
            {
                return Result<NominationOutcome>.Failure(refused.ErrorCode!, refused.ErrorDetail);
            }

            var atOnce = ColleagueInvitations.MaySendAtOnce(invitation, colleague, options.Value);
            var nomination = new Nomination(invitation, NominationKind.Colleague, colleague, atOnce, now);
            if (atOnce)
            {
                var invited = await ColleagueInvitations.SubstituteAsync(db, invitation, colleague, links, now, t);
                if (!invited.Succeeded)
                {
                    return Result<NominationOutcome>.Failure(invited.ErrorCode!, invited.ErrorDetail);
                }

                nomination.Invited(invited.Value);
            }

            db.Nominations.Add(nomination);
            return Result<NominationOutcome>.Success(new NominationOutcome(nomination.FullName, AwaitsApproval: !atOnce));
        }, ct);
}
