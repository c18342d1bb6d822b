using EventHub.Core.Common;
using EventHub.Core.Contacts;
using EventHub.Core.Data;
using EventHub.Core.Email;
using EventHub.Core.Events;
using EventHub.Core.PartnerDirectory;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Invitations;

/// <summary>
/// "Send a colleague instead": the invitee names someone from their organisation, who gets an invitation and a
/// link of their own; the original invitation is marked substituted and its link stops working. A seat the
/// invitee held is given back (to the first person waiting): the colleague answers for themselves.
/// </summary>
public sealed class ColleagueService(IDbContextFactory<EventHubDbContext> dbFactory, SiteLinks links, InvitationNotifier notifier, TimeProvider time)
{
    public async Task<Result<string>> SendInsteadAsync(string token, ContactInput colleague, CancellationToken ct = default)
    {
        var result = await dbFactory.WriteAsync((db, t) => SubstituteAsync(db, token, colleague, t), ct);
        if (result.Succeeded)
        {
            await notifier.NotifyAsync(result.Value.EventId);
        }

        return result.Succeeded ? Result<string>.Success(result.Value.Name) : Result<string>.Failure(result.ErrorCode!, result.ErrorDetail);
    }

    private async Task<Result<(int EventId, string Name)>> SubstituteAsync(EventHubDbContext db, string token, ContactInput colleague, CancellationToken ct)
    {
        var hash = PersonalLinkTokens.Hash(token);
        var invitation = await db.Invitations.Include(i => i.Choices)
            .Include(i => i.Contact).ThenInclude(c => c.Organisation)
            .Include(i => i.Event).ThenInclude(e => e.Venue)
            .SingleOrDefaultAsync(i => i.TokenHash == hash, ct);
        var now = time.GetUtcNow().UtcDateTime;
        if (invitation is null || !invitation.IsOpen)
        {
            return Result<(int, string)>.Failure(InvitationErrors.NotFound);
        }

        if (invitation.Event.Status != EventStatus.Published || (invitation.Event.RsvpDeadlineUtc ?? invitation.Event.StartUtc) <= now)
        {
            return Result<(int, string)>.Failure(InvitationErrors.DeadlinePassed);
        }

        if (DirectoryRules.Check(colleague) is [var invalid, ..])
        {
            return Result<(int, string)>.Failure(invalid.Code, invalid.Detail);
        }

        var email = TextNormalizer.ForEmail(colleague.Email);
        if (email == invitation.Contact.NormalizedEmail)
        {
            return Result<(int, string)>.Failure(InvitationErrors.ColleagueIsYou);
        }

        var contact = await db.Contacts.Include(c => c.Affiliations).SingleOrDefaultAsync(c => c.NormalizedEmail == email && c.MergedIntoId == null, ct);
        if (contact is not null && await db.Invitations.AnyAsync(i => i.EventId == invitation.EventId && i.ContactId == contact.Id, ct))
        {
            return Result<(int, string)>.Failure(InvitationErrors.ColleagueAlreadyInvited);
        }

        if (contact is null)
        {
            contact = new Contact(colleague.FirstName, colleague.LastName, colleague.Email, colleague.PreferredLanguage, now);
            contact.MoveTo(invitation.Contact.Organisation is { IsArchived: false } organisation ? organisation : null, now);
            db.Contacts.Add(contact);
            await db.SaveChangesAsync(ct);
        }

        var substitute = new Invitation(invitation.Event, contact, now);
        db.Invitations.Add(substitute);
        await db.SaveChangesAsync(ct);
        var heldSeat = invitation.HoldsSeat;
        invitation.ReplaceBy(substitute);
        await Seats.ReleaseAllAsync(db, invitation, heldSeat, now, ct);
        var link = PersonalLinkTokens.NewToken();
        substitute.Issue(PersonalLinkTokens.Hash(link), now);
        db.OutboxMessages.Add(InvitationEmails.Invitation(substitute, invitation.Event, links.Rsvp(link), now));
        return Result<(int, string)>.Success((invitation.EventId, contact.FullName));
    }
}
