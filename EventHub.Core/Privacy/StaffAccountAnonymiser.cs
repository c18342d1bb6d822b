using EventHub.Core.Accounts;
using EventHub.Core.Audit;
using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Privacy;

/// <summary>
/// The one place that removes a staff account, inside the caller's write transaction, as <see cref="ContactAnonymiser"/>
/// does for a partner:
/// <list type="bullet">
/// <item>deleted, with the account: the password hash, authenticator key, recovery codes, outside logins and other
/// tokens, roles, set-password links, the calendar link, and the person's places as facilitator of sessions;</item>
/// <item>kept, under <see cref="RemovedAccount.Name"/> instead of their name: what they did for the alliance — the
/// check-ins they made, outcomes they saved, progress they recorded, messages they sent to guests, nominations they
/// decided, merges they made, privacy notices they published — and the audit log's entries of their work;</item>
/// <item>cleared: an event's contact for partners where that is the person's address;</item>
/// <item>scrubbed: the emails written to them (address, name, text; a queued one is never sent);</item>
/// <item>the account's history keeps its lines without their addresses, and one more: who removed it, when.</item>
/// </list>
/// Everything is written in bulk, so the log gets one entry for the removal rather than one per record touched. The
/// account's address is free afterwards: the person can be invited again, as a new account.
/// </summary>
/// <remarks>
/// Every record that keeps who did something keeps the account's id beside the name, and is found by it: a colleague with
/// the same name keeps theirs, and a record saved before the person changed their name loses the old one too. Only
/// records from before they kept the id (an outcome's "updated by", a progress note's author, a nomination's decision, a
/// merge, a privacy notice) are matched by the name the account has at its removal. Free text that mentions the person
/// (a message's body, a note) is not searched.
/// </remarks>
public static class StaffAccountAnonymiser
{
    /// <summary>The stand-in address of the emails that were written to a removed account (an <c>.invalid</c> domain: never sent).</summary>
    public const string RemovedAddress = "removed-account@" + Outbox.OutboxMessage.ErasedDomain;

    public static async Task RemoveAsync(EventHubDbContext db, AppUser user, TeamMember actor, DateTime nowUtc, CancellationToken ct)
    {
        var id = user.Id;
        var name = user.DisplayName.Trim();
        // Every address the account had or asked for, as its history kept it (the address it was invited with may have
        // changed since; an address asked for was written to even when it was never confirmed).
        var history = db.AccountAuditRecords.Where(r => r.AccountId == id);
        var addressDetails = history.Where(r => r.Action == AccountAuditAction.EmailChangeRequested || r.Action == AccountAuditAction.EmailChanged);
        var addresses = (await history.Select(r => r.AccountEmail).Distinct().ToListAsync(ct))
            .Concat(await addressDetails.Where(r => r.Detail != null).Select(r => r.Detail!).Distinct().ToListAsync(ct))
            .Append(user.Email ?? "")
            .Select(a => a.Trim().ToLowerInvariant()).Where(a => a.Length > 0).Distinct().ToList();
        string[] names = [name];
        var replaced = await ReplaceNameAsync(db, id, names, ct);
        replaced += await db.Events.Where(e => e.OrganiserEmail != null && addresses.Contains(e.OrganiserEmail.ToLower()))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.OrganiserName, (string?)null).SetProperty(e => e.OrganiserEmail, (string?)null), ct);
        replaced += await ScrubEmailsAsync(db, addresses, names, ct);

        await AuditStaffErasure.ForgetAsync(db, id, names, addresses, ct);
        await history.ExecuteUpdateAsync(s => s.SetProperty(r => r.AccountEmail, ""), ct);
        await addressDetails.ExecuteUpdateAsync(s => s.SetProperty(r => r.Detail, (string?)null), ct);
        await db.AccountAuditRecords.Where(r => r.ActorId == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.ActorName, RemovedAccount.Name), ct);

        // The account itself: the database deletes what hangs from it (roles, Identity's tokens, logins and claims, the
        // set-password links, the places as facilitator) in the same statement.
        await db.Users.Where(u => u.Id == id).ExecuteDeleteAsync(ct);
        db.AccountAuditRecords.Add(new AccountAuditRecord(AccountAuditAction.Removed, id, "", actor.UserId, actor.DisplayName, nowUtc));
        AuditTrail.Record(db, "User", id, AuditAction.Deleted, AuditSummary.Of("StaffAccountRemoved", replaced), RemovedAccount.Name);
    }

    /// <summary>
    /// The records that kept who did something with them, by the account's id; one from before the record kept the id
    /// (the id null), by the name.
    /// </summary>
    private static async Task<int> ReplaceNameAsync(EventHubDbContext db, string id, string[] names, CancellationToken ct)
    {
        const string standIn = RemovedAccount.Name;
        return await db.Invitations.Where(i => i.CheckedInByUserId == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.CheckedInByName, standIn), ct)
            + await db.SessionAttendances.Where(a => a.ByUserId == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.ByName, standIn), ct)
            + await db.GuestMessages.Where(m => m.SenderId == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.SenderName, standIn), ct)
            + await db.SessionOutcomes.Where(o => o.UpdatedByUserId == id || (o.UpdatedByUserId == null && o.UpdatedBy != null && names.Contains(o.UpdatedBy)))
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.UpdatedBy, standIn), ct)
            + await db.ActionItemUpdates.Where(u => u.ByUserId == id || (u.ByUserId == null && u.By != null && names.Contains(u.By)))
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.By, standIn), ct)
            + await db.Nominations.Where(n => n.DecidedByUserId == id || (n.DecidedByUserId == null && n.DecidedBy != null && names.Contains(n.DecidedBy)))
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.DecidedBy, standIn), ct)
            + await db.DirectoryMerges.Where(m => m.MergedByUserId == id || (m.MergedByUserId == null && names.Contains(m.MergedBy)))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.MergedBy, standIn), ct)
            + await db.PrivacyNotices.Where(n => n.PublishedByUserId == id || (n.PublishedByUserId == null && names.Contains(n.PublishedBy)))
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.PublishedBy, standIn), ct);
    }

    /// <summary>Every email to the person: invitations, reset links, notices of changes, reminders about missing outcomes.</summary>
    private static async Task<int> ScrubEmailsAsync(EventHubDbContext db, List<string> addresses, string[] names, CancellationToken ct)
    {
        var messages = await db.OutboxMessages.Include(m => m.Attachments)
            .Where(m => addresses.Contains(m.ToAddress.ToLower())).ToListAsync(ct);
        var scrubber = new WordScrubber(new PersonalValues(names, addresses), RemovedAccount.Name);
        foreach (var message in messages)
        {
            message.Scrub(RemovedAddress, scrubber.Scrub(message.Subject)!);
        }

        return messages.Count;
    }
}
