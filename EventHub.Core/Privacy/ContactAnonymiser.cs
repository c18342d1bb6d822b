using EventHub.Core.Audit;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Privacy;

/// <summary>
/// The one place that anonymises a contact, inside the caller's write transaction: names, email, phone and job title
/// gone; every invitation's needs, decline note and personal link gone; the owner links of their action items stop
/// working; their "stop inviting me" links deleted; the emails written to them scrubbed (address, name, bodies,
/// attachments, their name in the subject); nominations and merge records that typed their name forget it; their
/// names, email and phone replaced in the audit log's entries about them and about those nominations and merges, and
/// the save recorded without old values (<see cref="EventHubDbContext.AnonymisesContacts"/>). The duplicate records
/// merged into a contact are the same person and go with it. The records stay (archived), so counts in reports stay
/// right. Used by the bulk anonymisation of inactive contacts and by "erase a contact".
/// </summary>
public static class ContactAnonymiser
{
    /// <summary>
    /// Anonymises the contacts with these ids that are not anonymised yet, with the records merged into them; returns how
    /// many of the given contacts it did (their merged records are not counted: they are no one else).
    /// </summary>
    public static async Task<int> AnonymiseAsync(EventHubDbContext db, IReadOnlyCollection<int> contactIds, DateTime nowUtc, CancellationToken ct)
    {
        db.AnonymisesContacts = true;
        var withMerged = await WithMergedRecordsAsync(db, contactIds, ct);
        var contacts = await db.Contacts.Include(c => c.StopLinks)
            .Where(c => withMerged.Contains(c.Id) && c.AnonymisedAtUtc == null)
            .ToListAsync(ct);
        var ids = contacts.Select(c => c.Id).ToList();
        var invitations = await db.Invitations.Where(i => ids.Contains(i.ContactId)).ToListAsync(ct);
        foreach (var invitation in invitations)
        {
            invitation.RevokeLink();
        }

        foreach (var item in await db.ActionItems.Where(a => a.OwnerContactId != null && ids.Contains(a.OwnerContactId.Value)).ToListAsync(ct))
        {
            item.RevokeOwnerLink();
        }

        await ScrubOutboxAsync(db, contacts, invitations, ct);
        await ForgetNominationsAsync(db, contacts, invitations, ct);
        await ForgetMergedNamesAsync(db, contacts, ct);
        await AuditTrail.AnonymiseContactsAsync(db, contacts.ToDictionary(c => c.Id, PersonalValues), ct);
        foreach (var contact in contacts)
        {
            contact.Anonymise(nowUtc);
        }

        return contacts.Count(c => contactIds.Contains(c.Id));
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
    private static string?[] PersonalValues(Contact contact) =>
        [contact.FullName, contact.FirstName, contact.LastName, contact.Email, contact.Phone, contact.JobTitle];

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
    /// of them, and the audit entries about those nominations, which hold the name and address as typed.
    /// </summary>
    private static async Task ForgetNominationsAsync(EventHubDbContext db, List<Contact> contacts, List<Invitation> invitations, CancellationToken ct)
    {
        var people = new People(contacts, invitations);
        var (addresses, invitationIds) = (people.Addresses, people.InvitationIds);
        var nominations = await db.Nominations
            .Where(n => addresses.Contains(n.Email.ToLower()) || (n.NomineeInvitationId != null && invitationIds.Contains(n.NomineeInvitationId.Value)))
            .ToListAsync(ct);
        var typed = new Dictionary<int, string?[]>();
        foreach (var nomination in nominations)
        {
            if (people.Of(nomination.NomineeInvitationId, nomination.Email) is not { } contact)
            {
                continue;
            }

            typed[nomination.Id] = [nomination.FullName, nomination.FirstName, nomination.LastName, nomination.Email, .. PersonalValues(contact)];
            nomination.ForgetPerson(Contact.AnonymousName, $"#{contact.Id}", Contact.AnonymisedEmail(contact.Id));
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
        var named = new Dictionary<int, string?[]>();
        foreach (var merge in merges)
        {
            var person = byId.GetValueOrDefault(merge.MergedId) ?? byId[merge.SurvivorId];
            named[merge.Id] = [merge.MergedName, .. PersonalValues(person)];
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

    /// <summary>The subject with the person's full, last and first name (whole words, any case) replaced.</summary>
    private static string WithoutName(string subject, Contact contact, string anonymous) =>
        new WordScrubber([contact.FullName, contact.LastName, contact.FirstName], anonymous).Scrub(subject)!;
}
