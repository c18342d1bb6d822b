using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Data;
using EventHub.Core.Outbox;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Invitations;

/// <summary>
/// "Send a colleague instead": the invitee names someone from their organisation, who gets an invitation and a
/// link of their own; the original invitation is marked substituted and its link stops working. A seat the
/// invitee held is given back (to the first person waiting): the colleague answers for themselves.
/// </summary>
public sealed class ColleagueService(IDbContextFactory<EventHubDbContext> dbFactory, SiteLinks links, TimeProvider time)
{
    public async Task<Result<string>> SendInsteadAsync(string token, ContactInput colleague, CancellationToken ct = default)
    {
        var result = await dbFactory.WriteAsync((db, t) => SubstituteAsync(db, token, colleague, t), ct);
        return result.Succeeded ? Result<string>.Success(result.Value.Name) : Result<string>.Failure(result.ErrorCode!, result.ErrorDetail);
    }

    private async Task<Result<(int EventId, string Name)>> SubstituteAsync(EventHubDbContext db, string token, ContactInput colleague, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var found = await ColleagueInvitations.FindOpenAsync(db, token, now, ct);
        if (!found.Succeeded)
        {
            return Result<(int, string)>.Failure(found.ErrorCode!);
        }

        var invitation = found.Value;
        var invited = await ColleagueInvitations.InviteAsync(db, invitation, colleague, links, now, ct);
        if (!invited.Succeeded)
        {
            return Result<(int, string)>.Failure(invited.ErrorCode!, invited.ErrorDetail);
        }

        var heldSeat = invitation.HoldsSeat;
        invitation.ReplaceBy(invited.Value);
        if (invitation.NominatedThroughId is { } organisationInvitationId)
        {
            // A delegate who sends a colleague passes on their delegate seat, not an extra one.
            invited.Value.NominatedThrough(organisationInvitationId);
        }

        await Seats.ReleaseAllAsync(db, links, invitation, heldSeat, now, ct);
        return Result<(int, string)>.Success((invitation.EventId, invited.Value.Contact.FullName));
    }
}
