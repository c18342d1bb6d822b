using System.Globalization;
using EventHub.Core.Audit;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Invitations;

/// <summary>
/// What organisers print for the door: name badges and sign-in lists, the paper fallback when the Wi-Fi is gone. Both
/// list the guests who accepted (and, when asked, those who answered "maybe"), never an anonymised contact. A guest who
/// has no check-in code yet gets one here, once: the code on the badge is the code of their confirmation email. Every
/// print is recorded in the audit log, like an export: the papers list everyone.
/// </summary>
public sealed class PrintListService(IDbContextFactory<EventHubDbContext> dbFactory)
{
    private static readonly StringComparer NameOrder = StringComparer.Create(CultureInfo.InvariantCulture, CompareOptions.IgnoreCase);

    /// <returns>Null when the event does not exist.</returns>
    public async Task<BadgeSheets?> BadgeSheetsAsync(int eventId, bool includeTentative, CancellationToken ct = default)
    {
        var guests = await GuestsAsync(eventId, includeTentative, count => AuditSummary.Of("BadgesPrinted", count), ct);
        return guests is null
            ? null
            : new BadgeSheets(guests.Value.Event, guests.Value.Guests.Chunk(BadgeSheets.PerSheet).Select(IReadOnlyList<PrintedGuest> (s) => s).ToList());
    }

    /// <returns>Null when the event does not exist.</returns>
    public async Task<SignInLists?> SignInListsAsync(int eventId, bool includeTentative, CancellationToken ct = default)
    {
        var guests = await GuestsAsync(eventId, includeTentative, count => AuditSummary.Of("SignInListsPrinted", count), ct);
        if (guests is null)
        {
            return null;
        }

        var lists = guests.Value.Guests
            .GroupBy(g => g.Organisation)
            .OrderBy(g => g.Key is null).ThenBy(g => g.Key, NameOrder)
            .Select(g => new SignInList(g.Key, g.ToList()))
            .ToList();
        return new SignInLists(guests.Value.Event, lists);
    }

    private Task<(PrintedEvent Event, IReadOnlyList<PrintedGuest> Guests)?> GuestsAsync(
        int eventId, bool includeTentative, Func<int, AuditSummary> printedSummary, CancellationToken ct) =>
        dbFactory.WriteAsync<(PrintedEvent, IReadOnlyList<PrintedGuest>)?>(async (db, token) =>
        {
            var @event = await db.Events.Where(e => e.Id == eventId)
                .Select(e => new PrintedEvent(e.Id, e.Title, e.Language, e.StartUtc, e.EndUtc, e.TimeZoneId,
                    e.Venue != null ? e.Venue.Name : null, e.OnlineUrl != null))
                .SingleOrDefaultAsync(token);
            if (@event is null)
            {
                return null;
            }

            var invitations = await db.Invitations
                .Include(i => i.Contact).Include(i => i.Organisation)
                .Where(i => i.EventId == eventId && i.Contact.AnonymisedAtUtc == null
                    && (i.Status == InvitationStatus.Accepted || (includeTentative && i.Status == InvitationStatus.Tentative)))
                .ToListAsync(token);
            foreach (var invitation in invitations)
            {
                invitation.AssignCheckInCode();
            }

            var guests = invitations
                .Select(i => new PrintedGuest(i.Id, i.Contact.FirstName, i.Contact.LastName, i.Organisation?.Name,
                    i.Organisation?.Sector, i.Status, i.CheckInCode!))
                .OrderBy(g => ContactNameKeys.FilingName(g.LastName), NameOrder).ThenBy(g => g.FirstName, NameOrder).ThenBy(g => g.InvitationId)
                .ToList();
            AuditTrail.Record(db, "Event", eventId, AuditAction.Exported, printedSummary(guests.Count), @event.Title);
            return (@event, guests);
        }, ct);
}
