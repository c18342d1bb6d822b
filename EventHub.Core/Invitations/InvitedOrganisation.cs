using EventHub.Core.Data;
using EventHub.Core.Directory;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Invitations;

/// <summary>
/// The organisation an organisation invitation's seats were offered to: the one its primary contact belonged to when
/// invited (the membership open then, or the first one after, for someone invited before joining). A primary contact
/// who moves on later takes a new job, not the seats: the delegates she names belong to the organisation invited, and
/// its own email domains decide whether they are invited at once.
/// </summary>
internal static class InvitedOrganisation
{
    public static async Task<Organisation?> OfAsync(EventHubDbContext db, Invitation organisationInvitation, CancellationToken ct) =>
        await db.ContactAffiliations
            .Where(a => a.ContactId == organisationInvitation.ContactId
                && (a.EndedAtUtc == null || a.EndedAtUtc >= organisationInvitation.CreatedAtUtc))
            .OrderBy(a => a.StartedAtUtc).ThenBy(a => a.Id)
            .Select(a => a.Organisation)
            .FirstOrDefaultAsync(ct)
        ?? organisationInvitation.Contact.Organisation;
}
