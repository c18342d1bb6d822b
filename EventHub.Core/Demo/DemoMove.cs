using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Demo;

/// <summary>
/// People change jobs: one partner who came to last month's meeting for a government organisation has since moved to a
/// school. Last month's guest list and dashboard still show the government organisation (that is who was in the room);
/// their invitation to next month's meeting follows them to the school. Written last, through the directory's own move,
/// so the invitations follow as they do in use.
/// </summary>
internal static class DemoMove
{
    public static async Task RecordAsync(EventHubDbContext db, TimeProvider time, CancellationToken ct)
    {
        var lastMonth = await db.Events.SingleAsync(e => e.Status == EventStatus.Closed, ct);
        var nextMonth = await db.Events.SingleAsync(e => e.Status == EventStatus.Published, ct);
        var cameForGovernment = db.Invitations
            .Where(i => i.EventId == lastMonth.Id && i.CheckedInAtUtc != null && i.Organisation!.Sector == Sector.Government)
            .Select(i => i.ContactId);
        var invitedNextMonth = db.Invitations.Where(i => i.EventId == nextMonth.Id).Select(i => i.ContactId);
        var mover = await db.Contacts.Include(c => c.Organisation).Include(c => c.Affiliations)
            // Not someone who owns an action item: those stay with the organisation that took them on.
            .Where(c => cameForGovernment.Contains(c.Id) && !db.ActionItems.Any(a => a.OwnerContactId == c.Id))
            .OrderByDescending(c => invitedNextMonth.Contains(c.Id)).ThenBy(c => c.Id)
            .FirstAsync(ct);
        var school = await db.Organisations
            .Where(o => o.Sector == Sector.Education && o.SubSector == SubSector.Primary && !o.IsArchived)
            .OrderBy(o => o.Id).FirstAsync(ct);
        mover.MoveTo(school, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }
}
