using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Data;
using EventHub.Core.Outbox;
using EventHub.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Invitations;

/// <summary>A delegate named through an organisation invitation, as the primary contact sees them.</summary>
public sealed record DelegateSummary(string Name, string Email, InvitationStatus Status);

/// <summary>An organisation invitation's seats and who fills them.</summary>
public sealed record DelegateSeats(int Seats, IReadOnlyList<DelegateSummary> Delegates)
{
    public int Left => Math.Max(0, Seats - Delegates.Count);
}

/// <summary>
/// Organisation invitations: the organiser invites an organisation with a number of seats through one of its
/// contacts (the primary contact), who nominates delegates (name + email); each delegate gets an invitation and
/// a personal link of their own and answers for themselves. The primary contact may come as well.
/// </summary>
public sealed class DelegateService(IDbContextFactory<EventHubDbContext> dbFactory, SiteLinks links, TimeProvider time)
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

    /// <summary>The seats and delegates of the organisation invitation behind a personal link.</summary>
    public async Task<DelegateSeats?> SeatsAsync(int invitationId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var seats = await db.Invitations.Where(i => i.Id == invitationId).Select(i => i.DelegateSeats).SingleOrDefaultAsync(ct);
        if (seats == 0)
        {
            return null;
        }

        var delegates = await Nominated(db, invitationId)
            .OrderBy(i => i.CreatedAtUtc)
            .Select(i => new DelegateSummary(i.Contact.FirstName + " " + i.Contact.LastName, i.Contact.Email, i.Status))
            .ToListAsync(ct);
        return new DelegateSeats(seats, delegates);
    }

    /// <summary>The primary contact names a delegate: within the seats, before the deadline; the delegate gets their own link.</summary>
    public async Task<Result<string>> NominateAsync(string token, ContactInput person, CancellationToken ct = default)
    {
        var result = await dbFactory.WriteAsync(async (db, t) =>
        {
            var now = time.GetUtcNow().UtcDateTime;
            var found = await ColleagueInvitations.FindOpenAsync(db, token, now, t);
            if (!found.Succeeded)
            {
                return Result<Invitation>.Failure(found.ErrorCode!);
            }

            var organisationInvitation = found.Value;
            if (!organisationInvitation.IsOrganisationInvitation)
            {
                return Result<Invitation>.Failure(InvitationErrors.NotAnOrganisationInvitation);
            }

            // Counted and added in one write transaction, so two quick nominations cannot both take the last seat.
            if (await Nominated(db, organisationInvitation.Id).CountAsync(t) >= organisationInvitation.DelegateSeats)
            {
                return Result<Invitation>.Failure(InvitationErrors.DelegateSeatsFull);
            }

            var invited = await ColleagueInvitations.InviteAsync(db, organisationInvitation, person, links, now, t);
            if (invited.Succeeded)
            {
                invited.Value.NominatedThrough(organisationInvitation.Id);
            }

            return invited;
        }, ct);
        if (!result.Succeeded)
        {
            return Result<string>.Failure(result.ErrorCode!, result.ErrorDetail);
        }

        return Result<string>.Success(result.Value.Contact.FullName);
    }

    /// <summary>Delegates who hold (or held and passed on) one of the organisation's seats.</summary>
    private static IQueryable<Invitation> Nominated(EventHubDbContext db, int organisationInvitationId) =>
        db.Invitations.Where(i => i.NominatedThroughId == organisationInvitationId
            && i.Status != InvitationStatus.Cancelled && i.Status != InvitationStatus.Substituted);
}
