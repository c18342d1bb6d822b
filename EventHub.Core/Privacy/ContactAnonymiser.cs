using EventHub.Core.Audit;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Privacy;

/// <summary>
/// The one place that anonymises a contact, inside the caller's write transaction: names, email, phone and job title
/// gone; every invitation's needs, decline note and personal link gone; the owner links of their action items stop
/// working; their "stop inviting me" links deleted; their names, email and phone replaced in the audit log's entries
/// about them. The records stay (archived), so counts in reports stay right.
/// Used by the bulk anonymisation of inactive contacts, and meant for "erase a contact" too.
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
        foreach (var invitation in await db.Invitations.Where(i => ids.Contains(i.ContactId)).ToListAsync(ct))
        {
            invitation.RevokeLink();
        }

        foreach (var item in await db.ActionItems.Where(a => a.OwnerContactId != null && ids.Contains(a.OwnerContactId.Value)).ToListAsync(ct))
        {
            item.RevokeOwnerLink();
        }

        foreach (var contact in contacts)
        {
            await AuditTrail.AnonymiseContactAsync(db, contact.Id, [contact.FullName, contact.FirstName, contact.LastName, contact.Email, contact.Phone, contact.JobTitle], ct);
            contact.Anonymise(nowUtc);
        }

        return contacts.Count;
    }
}
