using System.Linq.Expressions;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Invitations;

/// <summary>Another event whose guest list can be brought over ("everyone invited to …"), with how many are on it.</summary>
public sealed record InvitedEvent(int EventId, string Title, DateTime StartUtc, DateTime EndUtc, string TimeZoneId, EventStatus Status, int Invited);

/// <summary>The people another event's list brings (<see cref="InvitedElsewhereService.PeopleAsync"/>), and how many who declined it were left out.</summary>
public sealed record InviteesOfEvent(IReadOnlyList<int> ContactIds, int DeclinedLeftOut);

/// <summary>
/// Inviting the people of another event's list — a meeting called off and planned again, or last time's guests to the
/// next one. Who comes over: everyone on that list (sent or not yet, whatever they answered) but those whose invitation
/// was withdrawn, who sent a colleague in their place (the colleague is on the list and comes over), walk-ins (never
/// invited), and — when the organiser chooses — those who declined. Adding goes through
/// <see cref="InvitationService.AddAsync"/>, which leaves out who asked not to be invited, erased and archived contacts,
/// those without an address and whoever is on this event's list already: adding twice adds nobody twice.
/// </summary>
public sealed class InvitedElsewhereService(IDbContextFactory<EventHubDbContext> dbFactory, InvitationService invitations)
{
    /// <summary>The other events with someone on their list, newest first (cancelled ones too: those are the ones planned again).</summary>
    public async Task<IReadOnlyList<InvitedEvent>> EventsAsync(int exceptEventId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Events.Where(e => e.Id != exceptEventId)
            .Select(e => new { Event = e, Invited = db.Invitations.Where(IsInvitee).Count(i => i.EventId == e.Id) })
            .Where(e => e.Invited > 0)
            .OrderByDescending(e => e.Event.StartUtc)
            .Select(e => new InvitedEvent(e.Event.Id, e.Event.Title, e.Event.StartUtc, e.Event.EndUtc, e.Event.TimeZoneId, e.Event.Status, e.Invited))
            .ToListAsync(ct);
    }

    /// <summary>The people <paramref name="otherEventId"/>'s list brings, by contact; for the add-people dialog to mark and tick.</summary>
    public async Task<InviteesOfEvent> PeopleAsync(int otherEventId, bool leaveOutDeclined, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await PeopleAsync(db, otherEventId, leaveOutDeclined, ct);
    }

    /// <summary>
    /// How many of <paramref name="otherEventId"/>'s list a new event would invite (none is on its list yet): without
    /// those who asked not to be invited, erased or archived contacts and those without an address. For the copy dialog.
    /// </summary>
    public async Task<int> CountAsync(int otherEventId, bool leaveOutDeclined, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var people = await PeopleAsync(db, otherEventId, leaveOutDeclined, ct);
        var candidates = await AddCandidate.OfAsync(db.Contacts.Where(c => people.ContactIds.Contains(c.Id)), db.Invitations.Where(_ => false), 0, ct);
        return candidates.Count(c => c.CanAdd);
    }

    /// <summary>Puts the people <paramref name="otherEventId"/>'s list brings on <paramref name="eventId"/>'s invite list (not sent); returns how many were added.</summary>
    public async Task<Result<int>> AddAsync(int eventId, int otherEventId, bool leaveOutDeclined, TeamMember organiser, CancellationToken ct = default)
    {
        if (!organiser.IsOrganiser)
        {
            return Result<int>.Failure(AccessErrors.NotAllowed);
        }

        var people = await PeopleAsync(otherEventId, leaveOutDeclined, ct);
        return await invitations.AddAsync(eventId, people.ContactIds, organiser, ct);
    }

    private static async Task<InviteesOfEvent> PeopleAsync(EventHubDbContext db, int otherEventId, bool leaveOutDeclined, CancellationToken ct)
    {
        var listed = await Invitees(db, otherEventId).Select(i => new { i.ContactId, i.Status }).ToListAsync(ct);
        var declined = listed.Count(i => i.Status == InvitationStatus.Declined);
        var people = listed.Where(i => !(leaveOutDeclined && i.Status == InvitationStatus.Declined)).Select(i => i.ContactId).Distinct().ToList();
        return new InviteesOfEvent(people, leaveOutDeclined ? declined : 0);
    }

    /// <summary>Who was invited: an event's list but withdrawn invitations, those passed to a colleague, and walk-ins.</summary>
    private static readonly Expression<Func<Invitation, bool>> IsInvitee =
        i => !i.IsWalkIn && i.Status != InvitationStatus.Cancelled && i.Status != InvitationStatus.Substituted;

    private static IQueryable<Invitation> Invitees(EventHubDbContext db, int eventId) =>
        db.Invitations.Where(i => i.EventId == eventId).Where(IsInvitee);
}
