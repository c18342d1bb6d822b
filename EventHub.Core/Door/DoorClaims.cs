using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Door;

/// <summary>
/// Checking someone in as one conditional update (<c>… WHERE CheckedInAtUtc IS NULL</c>), like seats are taken: of two
/// desks that check in one person at the same moment exactly one gets the row, on SQLite and PostgreSQL alike.
/// </summary>
internal static class DoorClaims
{
    /// <summary>True when this call checked the person in; false when someone else already had.</summary>
    public static async Task<bool> ClaimAsync(EventHubDbContext db, int invitationId, DateTime atUtc, TeamMember by, bool admitted,
        Guid? operationId, CancellationToken ct) =>
        await db.Invitations.Where(i => i.Id == invitationId && i.CheckedInAtUtc == null)
            .ExecuteUpdateAsync(set => set
                .SetProperty(i => i.CheckedInAtUtc, atUtc)
                .SetProperty(i => i.CheckedInByUserId, by.UserId)
                .SetProperty(i => i.CheckedInByName, by.DisplayName)
                .SetProperty(i => i.AdmittedAtDoor, admitted)
                .SetProperty(i => i.CheckInOperationId, operationId), ct) == 1;
}
