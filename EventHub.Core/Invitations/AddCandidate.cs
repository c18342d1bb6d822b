using EventHub.Core.Directory;
using EventHub.Core.Outbox;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Invitations;

/// <summary>Whether someone the add-people dialog found can go on the invite list, and if not, why.</summary>
public enum CandidateState
{
    Addable,

    /// <summary>They asked not to be invited (<see cref="Contact.DoNotInvite"/>).</summary>
    DoNotInvite,

    /// <summary>They are on this event's list already (in any status).</summary>
    AlreadyOnList,

    /// <summary>They gave no email address (registered at the door): an invitation could never reach them.</summary>
    NoEmail,
}

/// <summary>One person the add-people dialog found, to tick or leave out before adding.</summary>
public sealed record AddCandidate(int ContactId, string Name, string? OrganisationName, Sector? Sector, CandidateState State)
{
    public bool CanAdd => State == CandidateState.Addable;

    /// <summary>The people <paramref name="found"/> finds, by name, each with whether they can be added to <paramref name="eventId"/>.</summary>
    internal static async Task<IReadOnlyList<AddCandidate>> OfAsync(IQueryable<Contact> found, IQueryable<Invitation> invitations, int eventId, CancellationToken ct)
    {
        var listed = invitations.Where(i => i.EventId == eventId).Select(i => i.ContactId);
        var rows = await found.Where(c => !c.IsArchived && c.MergedIntoId == null)
            .OrderBy(c => c.SortName).ThenBy(c => c.Id)
            .Select(c => new
            {
                c.Id,
                c.FirstName,
                c.LastName,
                Organisation = c.Organisation != null ? c.Organisation.Name : null,
                Sector = c.Organisation != null ? (Sector?)c.Organisation.Sector : null,
                DoNotInvite = c.DoNotInviteSinceUtc != null,
                NoEmail = c.EmailDomain == OutboxMessage.NoEmailDomain,
                Listed = listed.Contains(c.Id),
            })
            .ToListAsync(ct);
        return rows.Select(r => new AddCandidate(r.Id, $"{r.FirstName} {r.LastName}", r.Organisation, r.Sector,
                r.Listed ? CandidateState.AlreadyOnList : r.DoNotInvite ? CandidateState.DoNotInvite : r.NoEmail ? CandidateState.NoEmail : CandidateState.Addable))
            .ToList();
    }
}
