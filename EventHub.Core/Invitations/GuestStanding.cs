using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Invitations;

/// <summary>
/// The one rule that turns a guest into a status, for every list, file and count of an event's guests: someone who was
/// checked in was there, whatever they had answered. The door admits a guest who declined, waits for a seat, answered
/// "maybe", never answered or sent a colleague by checking them in beside their answer (<see cref="Invitation.AdmittedAtDoor"/>,
/// the answer left as the partner gave it), and registers a walk-in as accepted and checked in. So such a guest reads as
/// checked in (<see cref="NameKey"/>) and counts among those coming (<see cref="CountsAs"/>): never as "not coming", "maybe"
/// or waiting. Everyone else reads and counts as their answer. The guest list's rows, status filters and counts, its
/// export, the door's list of names, the answer counts of the invitations page, the event page and Home, the invitations page's sector balance
/// (coming, not coming) and the dashboard's declines and waiting list all use this; how someone came in (expected,
/// admitted, walk-in) stays <see cref="Invitation.ArrivalOf"/>, and the dashboard's funnel keeps "accepted" as those
/// who said yes before the door (the door's "expected"), so an admitted guest joins its funnel only at "attended".
/// </summary>
public static class GuestStanding
{
    /// <summary>The resource key (in CoreTexts) of what a guest who was checked in reads as: "Checked in".</summary>
    public const string CheckedInKey = "GuestStanding_CheckedIn";

    /// <summary>The status a guest counts under: <see cref="InvitationStatus.Accepted"/> once checked in, otherwise their answer.</summary>
    public static InvitationStatus CountsAs(InvitationStatus status, bool checkedIn) => checkedIn ? InvitationStatus.Accepted : status;

    /// <summary>The guests who count under <paramref name="status"/> (<see cref="CountsAs"/>), in SQL: a status filter of the guest list.</summary>
    public static Expression<Func<Invitation, bool>> CountsUnder(InvitationStatus status) => status == InvitationStatus.Accepted
        ? i => i.Status == InvitationStatus.Accepted || i.CheckedInAtUtc != null
        : i => i.Status == status && i.CheckedInAtUtc == null;

    /// <summary>The resource key (in CoreTexts) of the word for the guest's status: "Checked in" once checked in, otherwise their answer's name.</summary>
    public static string NameKey(InvitationStatus status, bool checkedIn) =>
        checkedIn ? CheckedInKey : Texts.Localized.NameKey(status);

    /// <summary>Answer counts (<see cref="ResponseCounts.From"/>'s input) from counts per answer and check-in, by this rule.</summary>
    public static IReadOnlyDictionary<InvitationStatus, int> Count(IEnumerable<(InvitationStatus Status, bool CheckedIn, int Count)> groups) =>
        groups.GroupBy(g => CountsAs(g.Status, g.CheckedIn)).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));

    /// <summary>The answer counts of these invitations by this rule, in one grouped query.</summary>
    public static async Task<IReadOnlyDictionary<InvitationStatus, int>> CountAsync(IQueryable<Invitation> invitations, CancellationToken ct)
    {
        var groups = await invitations.GroupBy(i => new { i.Status, CheckedIn = i.CheckedInAtUtc != null })
            .Select(g => new { g.Key.Status, g.Key.CheckedIn, Count = g.Count() }).ToListAsync(ct);
        return Count(groups.Select(g => (g.Status, g.CheckedIn, g.Count)));
    }
}
