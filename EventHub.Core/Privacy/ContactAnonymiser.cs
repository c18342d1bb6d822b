using System.Text.RegularExpressions;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Outbox;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Privacy;

/// <summary>
/// The one place that anonymises a contact, inside the caller's write transaction: names, email, phone and job title
/// gone; every invitation's needs, decline note and personal link gone; the owner links of their action items stop
/// working; their "stop inviting me" links deleted; the emails written to them scrubbed (address, name, bodies,
/// attachments, their name in the subject); nominations and merge records that typed their name forget it. The records
/// stay (archived), so counts in reports stay right. Used by the bulk anonymisation of inactive contacts and by
/// "erase a contact".
/// </summary>
public static class ContactAnonymiser
{
    /// <summary>Anonymises the contacts with these ids that are not anonymised yet; returns how many it did.</summary>
    public static async Task<int> AnonymiseAsync(EventHubDbContext db, IReadOnlyCollection<int> contactIds, DateTime nowUtc, CancellationToken ct)
    {
        var contacts = await db.Contacts.Include(c => c.StopLinks)
            .Where(c => contactIds.Contains(c.Id) && c.AnonymisedAtUtc == null)
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

        foreach (var contact in contacts)
        {
            var invitationIds = invitations.Where(i => i.ContactId == contact.Id).Select(i => i.Id).ToList();
            await ScrubOutboxAsync(db, contact, invitationIds, ct);
            await ForgetNominationsAsync(db, contact, invitationIds, ct);
            foreach (var merge in await db.DirectoryMerges
                         .Where(m => m.Kind == MergeKind.Contact && (m.MergedId == contact.Id || m.SurvivorId == contact.Id)).ToListAsync(ct))
            {
                merge.ForgetName($"{Contact.AnonymousName} #{contact.Id}");
            }

            contact.Anonymise(nowUtc);
        }

        return contacts.Count;
    }

    /// <summary>Every email to the person, found by their address or by their invitations (the address may have changed since).</summary>
    private static async Task ScrubOutboxAsync(EventHubDbContext db, Contact contact, List<int> invitationIds, CancellationToken ct)
    {
        var address = contact.NormalizedEmail;
        var messages = await db.OutboxMessages.Include(m => m.Attachments)
            .Where(m => m.ToAddress.ToLower() == address || (m.InvitationId != null && invitationIds.Contains(m.InvitationId.Value)))
            .ToListAsync(ct);
        var anonymous = $"{Contact.AnonymousName} #{contact.Id}";
        foreach (var message in messages)
        {
            message.Scrub(Contact.AnonymisedEmail(contact.Id), WithoutName(message.Subject, contact, anonymous));
        }
    }

    /// <summary>Nominations the person is named in, as typed (by address) or as invited (the nominee's invitation).</summary>
    private static async Task ForgetNominationsAsync(EventHubDbContext db, Contact contact, List<int> invitationIds, CancellationToken ct)
    {
        var address = contact.NormalizedEmail;
        var nominations = await db.Nominations
            .Where(n => n.Email.ToLower() == address || (n.NomineeInvitationId != null && invitationIds.Contains(n.NomineeInvitationId.Value)))
            .ToListAsync(ct);
        foreach (var nomination in nominations)
        {
            nomination.ForgetPerson(Contact.AnonymousName, $"#{contact.Id}", Contact.AnonymisedEmail(contact.Id));
        }
    }

    /// <summary>The subject with the person's full, last and first name (whole words, any case) replaced.</summary>
    private static string WithoutName(string subject, Contact contact, string anonymous)
    {
        foreach (var name in new[] { contact.FullName, contact.LastName, contact.FirstName }.Where(n => n.Length > 1))
        {
            subject = Regex.Replace(subject, $@"\b{Regex.Escape(name)}\b", anonymous, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        return subject;
    }
}
