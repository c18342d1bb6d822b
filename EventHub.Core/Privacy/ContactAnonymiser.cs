using System.Linq.Expressions;
using EventHub.Core.Audit;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Engagement;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Privacy;

/// <summary>
/// The one place that anonymises a contact, inside the caller's write transaction: names, email, phone and job title
/// gone; their invitations to events still to come withdrawn, as an organiser withdraws one (the seat and session places
/// go to whoever waits) but without telling them; every invitation's needs, decline note and personal link gone; their
/// feedback-survey links stop working and what they wrote in the survey goes (the ratings stay); the owner links of
/// their action items stop working; their "stop inviting me" links deleted; the emails written to them scrubbed
/// (address, name, bodies, attachments, their name in the subject); nominations and merge records that typed their name
/// forget it; their names, email and phone replaced in the audit log's entries about them and about those nominations
/// and merges, and the save recorded without old values (<see cref="EventHubDbContext.AnonymisesContacts"/>). The
/// duplicate records merged into a contact are the same person and go with it. The records stay (archived), so counts
/// in reports stay right. Used by the bulk anonymisation of inactive contacts and by "erase a contact".
/// </summary>
public static class ContactAnonymiser
{
    /// <summary>
    /// Anonymises the contacts with these ids that are not anonymised yet, with the records merged into them; returns how
    /// many of the given contacts it did (their merged records are not counted: they are no one else).
    /// </summary>
    public static async Task<int> AnonymiseAsync(
        EventHubDbContext db, SiteLinks links, IReadOnlyCollection<int> contactIds, DateTime nowUtc, CancellationToken ct)
    {
        db.AnonymisesContacts = true;
        var withMerged = await WithMergedRecordsAsync(db, contactIds, ct);
        var contacts = await db.Contacts.Include(c => c.StopLinks)
            .Where(c => withMerged.Contains(c.Id) && c.AnonymisedAtUtc == null)
            .ToListAsync(ct);
        var ids = contacts.Select(c => c.Id).ToList();
        // First, while nothing else has changed: a freed seat is saved and given to the next person waiting here.
        await WithdrawUpcomingAsync(db, links, ids, nowUtc, ct);
        var invitations = await db.Invitations.Where(i => ids.Contains(i.ContactId)).ToListAsync(ct);
        foreach (var invitation in invitations)
        {
            invitation.RevokeLink();
        }

        await ForgetFeedbackAsync(db, invitations, ct);

        foreach (var item in await db.ActionItems.Where(a => a.OwnerContactId != null && ids.Contains(a.OwnerContactId.Value)).ToListAsync(ct))
        {
            item.RevokeOwnerLink();
        }

        await ScrubOutboxAsync(db, contacts, invitations, ct);
        await ForgetNominationsAsync(db, contacts, invitations, ct);
        await ForgetMergedNamesAsync(db, contacts, ct);
        await AuditTrail.AnonymiseContactsAsync(db, contacts.ToDictionary(c => c.Id, ValuesOf), ct);
        foreach (var contact in contacts)
        {
            contact.Anonymise(nowUtc);
        }

        return contacts.Count(c => contactIds.Contains(c.Id));
    }

    /// <summary>
    /// How many invitations anonymising these contacts (with the records merged into them) would withdraw: those to
    /// events still to come (<see cref="Upcoming"/>). For the erase dialog, which says so beforehand.
    /// </summary>
    public static async Task<int> CountUpcomingAsync(EventHubDbContext db, IReadOnlyCollection<int> contactIds, DateTime nowUtc, CancellationToken ct)
    {
        var withMerged = await WithMergedRecordsAsync(db, contactIds, ct);
        return await db.Invitations.Where(i => withMerged.Contains(i.ContactId)).Where(Upcoming(nowUtc)).CountAsync(ct);
    }

    /// <summary>
    /// An invitation the person would still use: to an event that has not ended (nor been cancelled: its guests were
    /// told), not withdrawn or passed on, and not already used to come in (an event under way counts who is in the room).
    /// Listed ones not sent yet are withdrawn too, so Send never writes to the stand-in address.
    /// </summary>
    private static Expression<Func<Invitation, bool>> Upcoming(DateTime nowUtc) => i =>
        i.Event.EndUtc > nowUtc && i.Event.Status != EventStatus.Cancelled && i.CheckedInAtUtc == null
        && i.Status != InvitationStatus.Cancelled && i.Status != InvitationStatus.Substituted;

    /// <summary>
    /// Withdraws the people's invitations to events still to come as an organiser withdraws one
    /// (<see cref="InvitationService.WithdrawAsync"/>): their seats and session places go to whoever waits, who is told;
    /// the erased person is not.
    /// </summary>
    private static async Task WithdrawUpcomingAsync(EventHubDbContext db, SiteLinks links, List<int> ids, DateTime nowUtc, CancellationToken ct)
    {
        var upcoming = await db.Invitations.Where(i => ids.Contains(i.ContactId)).Where(Upcoming(nowUtc))
            .Include(i => i.Choices).Include(i => i.Contact).Include(i => i.Event).ThenInclude(e => e.Venue)
            .OrderBy(i => i.Id)
            .ToListAsync(ct);
        foreach (var invitation in upcoming)
        {
            await InvitationService.WithdrawAsync(db, links, invitation, notice: null, nowUtc, ct);
        }
    }

    /// <summary>
    /// Their survey links stop working and what they wrote goes, also from the audit log's entries about their answers;
    /// the ratings stay (numbers without a name, counted in the event's results and the annual report).
    /// </summary>
    private static async Task ForgetFeedbackAsync(EventHubDbContext db, List<Invitation> invitations, CancellationToken ct)
    {
        var invitationIds = invitations.Select(i => i.Id).ToList();
        var requests = await db.FeedbackRequests.Include(r => r.Answer)
            .Where(r => invitationIds.Contains(r.InvitationId)).ToListAsync(ct);
        foreach (var request in requests)
        {
            request.RevokeLink();
            request.Answer?.ForgetOpenAnswers();
        }

        await AuditTrail.HideSensitiveValuesAsync(db, nameof(FeedbackAnswer),
            requests.Where(r => r.Answer is not null).Select(r => r.Answer!.Id).ToList(), ct);
    }

    /// <summary>
    /// The contacts and every record merged into them, also through earlier merges (A merged into B, then B into C:
    /// anonymising C anonymises A too) — the person's old names and addresses live on in them.
    /// </summary>
    private static async Task<List<int>> WithMergedRecordsAsync(EventHubDbContext db, IReadOnlyCollection<int> contactIds, CancellationToken ct)
    {
        List<int> all = [.. contactIds.Distinct()];
        var level = all;
        while (level.Count > 0)
        {
            var into = level;
            var known = all;
            level = await db.Contacts.Where(c => c.MergedIntoId != null && into.Contains(c.MergedIntoId.Value) && !known.Contains(c.Id))
                .Select(c => c.Id).ToListAsync(ct);
            all = [.. all, .. level];
        }

        return all;
    }

    /// <summary>What the audit log may hold of the person: their names, email, phone and job title.</summary>
    private static PersonalValues ValuesOf(Contact contact) =>
        new([contact.FullName, contact.FirstName, contact.LastName], [contact.Email, contact.Phone, contact.JobTitle]);

    /// <summary>
    /// Every email to the people, found by their address or by their invitations (the address may have changed since), in
    /// one query whatever their number.
    /// </summary>
    private static async Task ScrubOutboxAsync(EventHubDbContext db, List<Contact> contacts, List<Invitation> invitations, CancellationToken ct)
    {
        var people = new People(contacts, invitations);
        var (addresses, invitationIds) = (people.Addresses, people.InvitationIds);
        var messages = await db.OutboxMessages.Include(m => m.Attachments)
            .Where(m => addresses.Contains(m.ToAddress.ToLower()) || (m.InvitationId != null && invitationIds.Contains(m.InvitationId.Value)))
            .ToListAsync(ct);
        foreach (var message in messages)
        {
            if (people.Of(message.InvitationId, message.ToAddress) is not { } contact)
            {
                continue;
            }

            message.Scrub(Contact.AnonymisedEmail(contact.Id), WithoutName(message.Subject, contact, ErasedNames.Stored(contact.Id)));
        }
    }

    /// <summary>
    /// Nominations the people are named in, as typed (by address) or as invited (the nominee's invitation), whatever became
    /// of them, and the audit entries about those nominations, which hold the name and address as typed. Also the
    /// delegates they named on their own invitation and withdrew again: such a decision copied their name until it was
    /// kept as the partner's (no name); found by their invitation, and only where the copy is their name.
    /// </summary>
    private static async Task ForgetNominationsAsync(EventHubDbContext db, List<Contact> contacts, List<Invitation> invitations, CancellationToken ct)
    {
        var people = new People(contacts, invitations);
        var (addresses, invitationIds) = (people.Addresses, people.InvitationIds);
        var nominations = await db.Nominations
            .Where(n => addresses.Contains(n.Email.ToLower()) || (n.NomineeInvitationId != null && invitationIds.Contains(n.NomineeInvitationId.Value)))
            .ToListAsync(ct);
        var typed = new Dictionary<int, PersonalValues>();
        foreach (var nomination in nominations)
        {
            if (people.Of(nomination.NomineeInvitationId, nomination.Email) is not { } contact)
            {
                continue;
            }

            typed[nomination.Id] = nomination.TypedValues.And(ValuesOf(contact));
            nomination.ForgetPerson(Contact.AnonymousName, $"#{contact.Id}", Contact.AnonymisedEmail(contact.Id));
        }

        var withdrawn = await db.Nominations
            .Where(n => invitationIds.Contains(n.InvitationId) && n.DecidedByUserId == null && n.DecidedBy != null)
            .ToListAsync(ct);
        foreach (var nomination in withdrawn)
        {
            if (people.Of(nomination.InvitationId, "") is { } partner && nomination.DecidedBy == partner.FullName)
            {
                typed[nomination.Id] = (typed.GetValueOrDefault(nomination.Id) ?? PersonalValues.None).And(ValuesOf(partner));
                nomination.ForgetDecider();
            }
        }

        await AuditTrail.AnonymiseRecordsAsync(db, nameof(Nomination), typed, ct);
    }

    /// <summary>
    /// A merge names the record that was merged away: the erased person's name, or (as survivor) their duplicate's. The
    /// merge forgets it, and so do the audit entries about the merge.
    /// </summary>
    private static async Task ForgetMergedNamesAsync(EventHubDbContext db, List<Contact> contacts, CancellationToken ct)
    {
        var byId = contacts.ToDictionary(c => c.Id);
        var ids = byId.Keys.ToList();
        var merges = await db.DirectoryMerges
            .Where(m => m.Kind == MergeKind.Contact && (ids.Contains(m.MergedId) || ids.Contains(m.SurvivorId))).ToListAsync(ct);
        var named = new Dictionary<int, PersonalValues>();
        foreach (var merge in merges)
        {
            var person = byId.GetValueOrDefault(merge.MergedId) ?? byId[merge.SurvivorId];
            named[merge.Id] = new PersonalValues([merge.MergedName], []).And(ValuesOf(person));
            merge.ForgetName(ErasedNames.Stored(person.Id));
        }

        await AuditTrail.AnonymiseRecordsAsync(db, nameof(DirectoryMerge), named, ct);
    }

    /// <summary>The people being anonymised, found by one of their invitations or by their address.</summary>
    private sealed class People
    {
        private readonly Dictionary<string, Contact> _byAddress;
        private readonly Dictionary<int, Contact> _byInvitation;

        public People(List<Contact> contacts, List<Invitation> invitations)
        {
            // A merged record and its survivor may share an address (the survivor took the old one back).
            _byAddress = contacts.GroupBy(c => c.NormalizedEmail).ToDictionary(g => g.Key, g => g.First());
            var byId = contacts.ToDictionary(c => c.Id);
            _byInvitation = invitations.ToDictionary(i => i.Id, i => byId[i.ContactId]);
        }

        public List<string> Addresses => _byAddress.Keys.ToList();

        public List<int> InvitationIds => _byInvitation.Keys.ToList();

        public Contact? Of(int? invitationId, string address) =>
            invitationId is { } id && _byInvitation.TryGetValue(id, out var invited) ? invited
            : _byAddress.GetValueOrDefault(TextNormalizer.ForEmail(address));
    }

    /// <summary>The subject with the person's full, last and first name replaced where they stand as names (not "14 jan" for a Jan).</summary>
    private static string WithoutName(string subject, Contact contact, string anonymous) =>
        new WordScrubber(new PersonalValues([contact.FullName, contact.LastName, contact.FirstName], []), anonymous).Scrub(subject)!;
}
