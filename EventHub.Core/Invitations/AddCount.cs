using EventHub.Core.Directory;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Invitations;

/// <summary>What adding a group of people would do: how many found, and how many of them are left out because they asked not to be invited.</summary>
public sealed record AddCount(int Found, int LeftOut)
{
    public int Addable => Found - LeftOut;

    internal static async Task<AddCount> OfAsync(IQueryable<Contact> found, CancellationToken ct)
    {
        var counts = await found.GroupBy(c => c.DoNotInviteSinceUtc != null)
            .Select(g => new { LeftOut = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        return new AddCount(counts.Sum(c => c.Count), counts.Where(c => c.LeftOut).Sum(c => c.Count));
    }
}
