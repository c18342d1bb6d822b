using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Privacy;

/// <summary>
/// The records that hold an email address, for <see cref="AddressRequests"/>, split by the same rule as
/// <see cref="ContactAnonymiser"/> uses: while a contact (not erased) has the address, everything typed or written to it is
/// theirs; a nomination that invited someone belongs to the invited contact, and an email about an invitation to the
/// invitation's contact. What is left belongs to no one in the directory. Exact match on the trimmed, lower-case address.
/// </summary>
internal static class AddressRecords
{
    /// <summary>Contacts with the address, or reached through it; not erased.</summary>
    public static Task<List<HeldContact>> ContactsAsync(EventHubDbContext db, string address, CancellationToken ct)
    {
        var nominees = db.Nominations.Where(n => n.Email.ToLower() == address && n.NomineeInvitationId != null)
            .Select(n => n.NomineeInvitation!.ContactId);
        var written = db.OutboxMessages.Where(m => m.ToAddress.ToLower() == address && m.InvitationId != null)
            .Select(m => m.InvitationId!.Value);
        return db.Contacts.AsNoTracking()
            .Where(c => c.AnonymisedAtUtc == null && (c.NormalizedEmail == address || nominees.Contains(c.Id)
                || db.Invitations.Any(i => i.ContactId == c.Id && written.Contains(i.Id))))
            .OrderBy(c => c.Id)
            .Select(c => new HeldContact(c.Id, c.FirstName + " " + c.LastName, c.Email, c.MergedIntoId))
            .ToListAsync(ct);
    }

    /// <summary>Nominations that typed the address and belong to no contact (they invited no one, or only someone since erased).</summary>
    public static IQueryable<Nomination> Nominations(EventHubDbContext db, string address) =>
        db.Nominations.Where(n => n.Email.ToLower() == address
            && (n.NomineeInvitationId == null || n.NomineeInvitation!.Contact.AnonymisedAtUtc != null)
            && !db.Contacts.Any(c => c.NormalizedEmail == address && c.AnonymisedAtUtc == null));

    /// <summary>Emails to the address that belong to no contact.</summary>
    public static IQueryable<OutboxMessage> Emails(EventHubDbContext db, string address) =>
        db.OutboxMessages.Where(m => m.ToAddress.ToLower() == address
            && !db.Invitations.Any(i => i.Id == m.InvitationId && i.Contact.AnonymisedAtUtc == null)
            && !db.Contacts.Any(c => c.NormalizedEmail == address && c.AnonymisedAtUtc == null));

    /// <summary>
    /// The notices to the partners who named the person (their <paramref name="invitationIds"/>) that carry one of the
    /// <paramref name="names"/>, as whole words; the same partner's notices about other people are left out.
    /// </summary>
    public static async Task<List<OutboxMessage>> MentionsAsync(
        IQueryable<OutboxMessage> messages, IReadOnlyCollection<int> invitationIds, WordScrubber names, CancellationToken ct) =>
        (await messages.Where(m => m.Kind == InvitationEmails.NominationKind && m.InvitationId != null && invitationIds.Contains(m.InvitationId.Value))
            .ToListAsync(ct))
        .Where(m => names.Scrub(m.Subject) != m.Subject || names.Scrub(m.TextBody) != m.TextBody)
        .ToList();
}
