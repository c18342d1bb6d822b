using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Data;
using EventHub.Core.Outbox;
using EventHub.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Invitations;

/// <summary>
/// An invitee names someone from their organisation — a colleague instead of themselves, or a delegate — who
/// gets an invitation and a link of their own. One place for the rules: the invitation is still open, answers
/// are still possible, the person is valid, not the invitee, and not invited already.
/// </summary>
internal static class ColleagueInvitations
{
    /// <summary>The open invitation behind a personal link, with what naming someone else needs.</summary>
    public static async Task<Result<Invitation>> FindOpenAsync(EventHubDbContext db, string token, DateTime now, CancellationToken ct)
    {
        var hash = PersonalLinkTokens.Hash(token);
        var invitation = await db.Invitations.Include(i => i.Choices)
            .Include(i => i.Contact).ThenInclude(c => c.Organisation)
            .Include(i => i.Event).ThenInclude(e => e.Venue)
            .SingleOrDefaultAsync(i => i.TokenHash == hash, ct);
        if (invitation is null || !invitation.IsOpen)
        {
            return Result<Invitation>.Failure(InvitationErrors.NotFound);
        }

        return invitation.Event.AcceptsAnswers(now)
            ? Result<Invitation>.Success(invitation)
            : Result<Invitation>.Failure(InvitationErrors.DeadlinePassed);
    }

    /// <summary>Invites <paramref name="person"/> (found by email, or added to the invitee's organisation) and emails their link.</summary>
    public static async Task<Result<Invitation>> InviteAsync(
        EventHubDbContext db, Invitation by, ContactInput person, SiteLinks links, DateTime now, CancellationToken ct)
    {
        if (DirectoryRules.Check(person) is [var invalid, ..])
        {
            return Result<Invitation>.Failure(invalid.Code, invalid.Detail);
        }

        var email = TextNormalizer.ForEmail(person.Email);
        if (email == by.Contact.NormalizedEmail)
        {
            return Result<Invitation>.Failure(InvitationErrors.ColleagueIsYou);
        }

        var contact = await db.Contacts.Include(c => c.Affiliations).SingleOrDefaultAsync(c => c.NormalizedEmail == email && c.MergedIntoId == null, ct);
        if (contact is { DoNotInvite: true })
        {
            return Result<Invitation>.Failure(InvitationErrors.ColleagueNotInvitable);
        }

        if (contact is not null && await db.Invitations.AnyAsync(i => i.EventId == by.EventId && i.ContactId == contact.Id, ct))
        {
            return Result<Invitation>.Failure(InvitationErrors.ColleagueAlreadyInvited);
        }

        if (contact is null)
        {
            contact = new Contact(person.FirstName, person.LastName, person.Email, person.PreferredLanguage, now);
            contact.MoveTo(by.Contact.Organisation is { IsArchived: false } organisation ? organisation : null, now);
            contact.CameFrom(ContactSource.Nominated);
            db.Contacts.Add(contact);
            await db.SaveChangesAsync(ct);
        }

        var invitation = new Invitation(by.Event, contact, now);
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(ct);
        var link = PersonalLinkTokens.NewToken();
        invitation.Issue(PersonalLinkTokens.Hash(link), now);
        db.OutboxMessages.Add(InvitationEmails.Invitation(links, invitation, by.Event, links.Rsvp(link), now));
        return Result<Invitation>.Success(invitation);
    }
}
