using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Data;
using EventHub.Core.Outbox;
using EventHub.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Invitations;

/// <summary>What naming someone through a personal link led to, with the name as the partner typed it.</summary>
public sealed record NominationOutcome(string Name, bool AwaitsApproval);

/// <summary>
/// An invitee names someone from their organisation — a colleague instead of themselves, or a delegate — who
/// gets an invitation and a link of their own. One place for the rules: the invitation is still open, answers
/// are still possible, the person is valid (<see cref="NominationRules"/>), not the invitee, and not invited already;
/// the link has not named too many people today; and the address is at one of the organisation's own email domains,
/// or the nomination waits for an organiser (<see cref="NominationOptions"/>). Nothing the partner reads comes from the
/// directory: results carry the name as typed.
/// </summary>
internal static class ColleagueInvitations
{
    /// <summary>
    /// The open invitation behind a personal link, with what naming someone else needs, its row locked for the caller's
    /// write: the same form sent twice at once (a double click) is taken once. On PostgreSQL the second waits here for
    /// the first to commit and then reads what it did (the link passed on, a nomination named); SQLite's single writer
    /// does this by itself.
    /// </summary>
    public static async Task<Result<Invitation>> FindOpenAsync(EventHubDbContext db, string token, DateTime now, CancellationToken ct)
    {
        var hash = PersonalLinkTokens.Hash(token);
        if (db.Database.IsNpgsql() && await db.Invitations.Where(i => i.TokenHash == hash).Select(i => (int?)i.Id).SingleOrDefaultAsync(ct) is { } id)
        {
            await Seats.LockInvitationAsync(db, id, ct);
        }

        var invitation = await WithWhatNamingNeeds(db.Invitations).SingleOrDefaultAsync(i => i.TokenHash == hash, ct);
        if (invitation is null || !invitation.IsOpen)
        {
            return Result<Invitation>.Failure(InvitationErrors.NotFound);
        }

        return invitation.Event.AcceptsAnswers(now)
            ? Result<Invitation>.Success(invitation)
            : Result<Invitation>.Failure(InvitationErrors.DeadlinePassed);
    }

    /// <summary>
    /// An invitation with what naming someone through it needs: its choices (a seat given back), its contact's
    /// organisation (its own email domains), and the event with its venue and its programme, which the invitation email
    /// to the person named lists. For naming at once and for an organiser's approval alike.
    /// </summary>
    public static IQueryable<Invitation> WithWhatNamingNeeds(IQueryable<Invitation> invitations) =>
        invitations.Include(i => i.Choices)
            .Include(i => i.Contact).ThenInclude(c => c.Organisation)
            .Include(i => i.Event).ThenInclude(e => e.Venue)
            .Include(i => i.Event).ThenInclude(e => e.Sessions).ThenInclude(s => s.Room)
            .AsSplitQuery();

    /// <summary>
    /// Whether <paramref name="person"/> may be named through <paramref name="by"/>'s link now: a valid name and address,
    /// not the invitee, not invited already, and within the link's nominations for the day. Null when so; otherwise why not.
    /// </summary>
    public static async Task<Result?> CheckAsync(
        EventHubDbContext db, Invitation by, NominationKind kind, ContactInput person, NominationOptions options, DateTime now, CancellationToken ct)
    {
        if (NominationRules.Check(person) is { } invalid)
        {
            return Result.Failure(invalid.Code, invalid.Detail);
        }

        var since = now.AddDays(-1);
        if (await db.Nominations.CountAsync(n => n.InvitationId == by.Id && n.CreatedAtUtc > since, ct) >= options.PerLinkPerDay)
        {
            return Result.Failure(NominationErrors.TooManyToday);
        }

        if (await RefusalAsync(db, by, kind, person, ct) is { } refused)
        {
            return refused;
        }

        // Someone named already and waiting for an organiser counts as invited.
        var email = TextNormalizer.ForEmail(person.Email);
        return await db.Nominations.AnyAsync(n => n.EventId == by.EventId && n.Status == NominationStatus.AwaitingApproval && n.Email.ToLower() == email, ct)
            ? Result.Failure(InvitationErrors.ColleagueAlreadyInvited)
            : null;
    }

    /// <summary>
    /// Records that <paramref name="by"/> named <paramref name="person"/> (a colleague instead of them, or a delegate),
    /// after the rules: an address at the organisation's own domains is invited at once (<paramref name="invite"/>), any
    /// other waits for an organiser.
    /// </summary>
    public static async Task<Result<NominationOutcome>> NominateAsync(
        EventHubDbContext db, Invitation by, NominationKind kind, ContactInput person, NominationOptions options, DateTime now,
        Func<Task<Result<Invitation>>> invite, CancellationToken ct)
    {
        if (await WaitingAsync(db, by, kind, person, ct) is { } waiting)
        {
            return Result<NominationOutcome>.Success(waiting);
        }

        if (await CheckAsync(db, by, kind, person, options, now, ct) is { } refused)
        {
            return Result<NominationOutcome>.Failure(refused.ErrorCode!, refused.ErrorDetail);
        }

        // A delegate is named for the organisation invited, even when its primary contact has moved on since.
        var organisation = kind == NominationKind.Delegate ? await InvitedOrganisation.OfAsync(db, by, ct) : by.Contact.Organisation;
        var atOnce = MaySendAtOnce(organisation, person, options);
        var nomination = new Nomination(by, kind, person, atOnce, now);
        if (atOnce)
        {
            var invited = await invite();
            if (!invited.Succeeded)
            {
                return Result<NominationOutcome>.Failure(invited.ErrorCode!, invited.ErrorDetail);
            }

            nomination.Invited(invited.Value);
        }

        db.Nominations.Add(nomination);
        return Result<NominationOutcome>.Success(new NominationOutcome(nomination.FullName, AwaitsApproval: !atOnce));
    }

    /// <summary>
    /// The same person was named through this same link before and still waits for an organiser (a double click, a reply
    /// lost on the way): the partner gets that answer again instead of "already invited".
    /// </summary>
    private static async Task<NominationOutcome?> WaitingAsync(
        EventHubDbContext db, Invitation by, NominationKind kind, ContactInput person, CancellationToken ct)
    {
        var email = TextNormalizer.ForEmail(person.Email);
        var waiting = await db.Nominations.AsNoTracking()
            .Where(n => n.InvitationId == by.Id && n.Kind == kind && n.Status == NominationStatus.AwaitingApproval && n.Email.ToLower() == email)
            .OrderByDescending(n => n.Id)
            .FirstOrDefaultAsync(ct);
        return waiting is null ? null : new NominationOutcome(waiting.FullName, AwaitsApproval: true);
    }

    /// <summary>Whether the address may be invited at once: at one of the organisation's own domains (or the rule is off).</summary>
    public static bool MaySendAtOnce(Organisation? organisation, ContactInput person, NominationOptions options) =>
        !options.OwnDomainsOnly || OwnEmailDomains.Covers(organisation?.EmailDomains, person.Email);

    /// <summary>Invites <paramref name="person"/> (found by email, or added to <paramref name="organisation"/>) and emails their link.</summary>
    /// <param name="organisation">The organisation the person comes for and, if new to the directory, joins: the invitee's, or for a delegate the one invited.</param>
    /// <param name="kind">What the person is named as (in <paramref name="by"/>'s place, or as a delegate), which the email says with who named them.</param>
    /// <param name="delegateSeats">The organisation's delegate seats the person takes over (a colleague sent by its primary contact), which the email names.</param>
    public static async Task<Result<Invitation>> InviteAsync(
        EventHubDbContext db, Invitation by, ContactInput person, Organisation? organisation, NominationKind kind, SiteLinks links, DateTime now, CancellationToken ct,
        int delegateSeats = 0)
    {
        if (await RefusalAsync(db, by, kind, person, ct) is { } refused)
        {
            return Result<Invitation>.Failure(refused.ErrorCode!, refused.ErrorDetail);
        }

        var email = TextNormalizer.ForEmail(person.Email);
        var contact = await db.Contacts.Include(c => c.Affiliations).SingleOrDefaultAsync(c => c.NormalizedEmail == email && c.MergedIntoId == null, ct);
        if (contact is null)
        {
            contact = new Contact(person.FirstName.Trim(), person.LastName.Trim(), person.Email.Trim(), person.PreferredLanguage, now);
            contact.MoveTo(organisation is { IsArchived: false } ? organisation : null, now);
            contact.CameFrom(ContactSource.Nominated);
            db.Contacts.Add(contact);
            await db.SaveChangesAsync(ct);
        }

        var link = PersonalLinkTokens.NewToken();
        var invitation = await WithdrawnDelegateAsync(db, by, kind, email, ct);
        if (invitation is not null)
        {
            // Named again after the same contact withdrew them: their invitation is sent again, as new.
            invitation.InviteAgain(PersonalLinkTokens.Hash(link), now);
        }
        else
        {
            // They come for the organisation they were named for, also when the directory has them elsewhere.
            invitation = new Invitation(by.Event, contact, now, comesFor: organisation);
            invitation.OfferDelegateSeats(delegateSeats);
            db.Invitations.Add(invitation);
            await db.SaveChangesAsync(ct);
            invitation.Issue(PersonalLinkTokens.Hash(link), now);
        }

        var namedBy = new Nominator(by.Contact.FullName, kind, organisation?.Name);
        db.OutboxMessages.Add(InvitationEmails.Invitation(links, invitation, by.Event, links.Rsvp(link), now, namedBy));
        return Result<Invitation>.Success(invitation);
    }

    /// <summary>
    /// The colleague goes instead of the invitee: invited with a link of their own, the invitee's invitation marked
    /// substituted (its link stops working) and any seat it held given back. An organisation's primary contact passes on
    /// the organisation's delegate seats, with the delegates named so far and those waiting for an organiser.
    /// </summary>
    public static async Task<Result<Invitation>> SubstituteAsync(
        EventHubDbContext db, Invitation invitation, ContactInput colleague, SiteLinks links, DateTime now, CancellationToken ct)
    {
        var invited = await InviteAsync(db, invitation, colleague, invitation.Contact.Organisation, NominationKind.Colleague, links, now, ct, invitation.DelegateSeats);
        if (!invited.Succeeded)
        {
            return invited;
        }

        var heldSeat = invitation.HoldsSeat;
        var hadCalendar = InvitationCalendar.HasCalendar(invitation.Status);
        invitation.ReplaceBy(invited.Value);
        if (hadCalendar)
        {
            // They no longer come: the meeting they had goes out of their calendar (their colleague gets their own).
            db.OutboxMessages.Add(InvitationCalendar.WithCancellation(
                InvitationEmails.CalendarRemoved(links, invitation, invitation.Event, now), invitation, invitation.Event, links, now));
        }

        if (invitation.NominatedThroughId is { } organisationInvitationId)
        {
            // A delegate who sends a colleague passes on their delegate seat, not an extra one.
            invited.Value.NominatedThrough(organisationInvitationId);
        }

        if (invited.Value.IsOrganisationInvitation)
        {
            await HandOverDelegatesAsync(db, invitation, invited.Value, ct);
        }

        await Seats.ReleaseAllAsync(db, links, invitation, heldSeat, now, ct);
        return invited;
    }

    /// <summary>
    /// The organisation's delegates follow its seats to the colleague: those invited hold their seats through the
    /// colleague's invitation, and those waiting for an organiser count against the colleague's seats.
    /// </summary>
    private static async Task HandOverDelegatesAsync(EventHubDbContext db, Invitation from, Invitation to, CancellationToken ct)
    {
        foreach (var named in await db.Invitations.Where(i => i.NominatedThroughId == from.Id).ToListAsync(ct))
        {
            named.NominatedThrough(to.Id);
        }

        foreach (var waiting in await db.Nominations.Where(n => n.InvitationId == from.Id && n.Kind == NominationKind.Delegate
                     && n.Status == NominationStatus.AwaitingApproval).ToListAsync(ct))
        {
            waiting.HandOverTo(to);
        }
    }

    /// <summary>The delegate takes one of the organisation invitation's seats, with a link of their own.</summary>
    public static async Task<Result<Invitation>> AddDelegateAsync(
        EventHubDbContext db, Invitation organisationInvitation, ContactInput person, SiteLinks links, DateTime now, CancellationToken ct)
    {
        var invited = await InviteAsync(db, organisationInvitation, person, await InvitedOrganisation.OfAsync(db, organisationInvitation, ct), NominationKind.Delegate, links, now, ct);
        if (invited.Succeeded)
        {
            invited.Value.NominatedThrough(organisationInvitation.Id);
        }

        return invited;
    }

    private static async Task<Result?> RefusalAsync(EventHubDbContext db, Invitation by, NominationKind kind, ContactInput person, CancellationToken ct)
    {
        if (DirectoryRules.Check(person) is [var invalid, ..])
        {
            return Result.Failure(invalid.Code, invalid.Detail);
        }

        var email = TextNormalizer.ForEmail(person.Email);
        if (email == by.Contact.NormalizedEmail)
        {
            return Result.Failure(InvitationErrors.ColleagueIsYou);
        }

        // Someone who asked not to be invited gets a neutral refusal that does not say so.
        if (await db.Contacts.AnyAsync(c => c.NormalizedEmail == email && c.MergedIntoId == null && c.DoNotInviteSinceUtc != null, ct))
        {
            return Result.Failure(InvitationErrors.ColleagueNotInvitable);
        }

        var invited = await db.Invitations.AnyAsync(i => i.EventId == by.EventId && i.Contact.NormalizedEmail == email && i.Contact.MergedIntoId == null, ct);
        return invited && await WithdrawnDelegateAsync(db, by, kind, email, ct) is null ? Result.Failure(InvitationErrors.ColleagueAlreadyInvited) : null;
    }

    /// <summary>
    /// A delegate <paramref name="by"/>'s contact named and then withdrew themselves (not an organiser), named as a
    /// delegate again through the same link: they may be, on their old invitation. Null for anyone else.
    /// </summary>
    private static Task<Invitation?> WithdrawnDelegateAsync(EventHubDbContext db, Invitation by, NominationKind kind, string email, CancellationToken ct) =>
        kind != NominationKind.Delegate
            ? Task.FromResult<Invitation?>(null)
            : db.Invitations.Include(i => i.Contact).SingleOrDefaultAsync(i => i.EventId == by.EventId && i.NominatedThroughId == by.Id
                && i.Status == InvitationStatus.Cancelled && i.WithdrawnByNominator && !i.IsWalkIn
                && i.Contact.NormalizedEmail == email && i.Contact.MergedIntoId == null, ct);
}
