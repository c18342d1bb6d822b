using EventHub.Core.Actions;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Events;
using EventHub.Core.Directory;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Demo;

/// <summary>
/// What the demo's record of last month's meeting is written with: that event and next month's, the directory,
/// the themes, who recorded it, and the demo's "now" (from <see cref="TimeProvider"/>) and "today" in Amsterdam.
/// </summary>
internal sealed record DemoLastMonth(
    Event Past,
    Event Next,
    IReadOnlyList<Organisation> Organisations,
    IReadOnlyList<Theme> Themes,
    TeamMember Organiser,
    TeamMember Facilitator,
    DateTime NowUtc,
    DateOnly Today)
{
    public static async Task<DemoLastMonth> LoadAsync(EventHubDbContext db, TimeProvider time, CancellationToken ct)
    {
        var events = await db.Events.Include(e => e.Sessions).Include(e => e.Themes).AsSplitQuery()
            .Where(e => e.Status == EventStatus.Closed || e.Status == EventStatus.Published)
            .ToListAsync(ct);
        var users = await db.Users.Where(u => u.Email == "organiser@eventhub.example" || u.Email == "facilitator@eventhub.example")
            .ToDictionaryAsync(u => u.Email!, u => TeamMember.InRoles(u.Id, u.DisplayName), ct);
        return new DemoLastMonth(
            events.Single(e => e.Status == EventStatus.Closed),
            events.Single(e => e.Status == EventStatus.Published),
            await db.Organisations.OrderBy(o => o.Id).ToListAsync(ct),
            await db.Themes.OrderBy(t => t.Id).ToListAsync(ct),
            users["organiser@eventhub.example"],
            users["facilitator@eventhub.example"],
            time.GetUtcNow().UtcDateTime,
            ActionDates.Today(time));
    }

    /// <summary>The first partner of a kind in the directory (the demo has two of every sub-sector).</summary>
    public Organisation Partner(SubSector subSector) => Organisations.First(o => o.SubSector == subSector);

    public Session Session(string title) => Past.Sessions.Single(s => s.Title == title);

    public IEnumerable<Theme> ThemesNamed(params string[] names) => Themes.Where(t => names.Contains(t.Name));

    /// <summary>An instant some days after last month's meeting ended: when it was written up, when progress came in.</summary>
    public DateTime AfterMeeting(double days) => Past.EndUtc.AddDays(days);
}
