using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Events;
using EventHub.Core.Venues;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EventHub.Core.Demo;

/// <summary>
/// Fills an empty database with a believable alliance: partners in every sector, contacts, a venue,
/// last month's meeting, next month's published meeting and a draft, and one account per role.
/// </summary>
public sealed class DemoSeeder(
    IDbContextFactory<EventHubDbContext> dbFactory,
    AccountService accounts,
    TimeProvider time,
    ILogger<DemoSeeder> logger)
{
    public const string DemoPassword = "Demo-2026-EventHub";

    public static IReadOnlyList<(string Email, string Name, string Role)> DemoUsers { get; } =
    [
        ("admin@eventhub.example", "Anna de Vries (admin)", Roles.Admin),
        ("organiser@eventhub.example", "Olga Bakker (organiser)", Roles.Organiser),
        ("facilitator@eventhub.example", "Femke Jansen (facilitator)", Roles.Facilitator),
        ("door@eventhub.example", "Daan Visser (door staff)", Roles.DoorStaff),
    ];

    /// <summary>Seeds only when the directory and the event list are both empty; returns whether it did.</summary>
    public async Task<bool> SeedIfEmptyAsync(CancellationToken ct = default)
    {
        await using (var check = await dbFactory.CreateDbContextAsync(ct))
        {
            if (await check.Organisations.AnyAsync(ct) || await check.Events.AnyAsync(ct))
            {
                return false;
            }
        }

        var now = time.GetUtcNow().UtcDateTime;
        await dbFactory.WriteAsync(async (db, _) =>
        {
            var organisations = DemoFakers.Organisations(40, now);
            db.Organisations.AddRange(organisations);
            db.Contacts.AddRange(DemoFakers.Contacts(150, organisations, now));
            db.Events.AddRange(DemoEvents(now));
            return await Task.FromResult(true);
        }, ct);

        foreach (var (email, name, role) in DemoUsers)
        {
            var created = await accounts.CreateUserAsync(email, name, DemoPassword, Language.En, [role]);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {email} could not be created: {created.ErrorDetail}");
            }
        }

        logger.LogInformation("Seeded demo data: 40 organisations, 150 contacts, 3 events, {Users} accounts", DemoUsers.Count);
        return true;
    }

    private static IEnumerable<Event> DemoEvents(DateTime nowUtc)
    {
        var forum = new Venue("Forum Groningen", "Nieuwe Markt 1, 9712 KN Groningen");
        var bigRoom = forum.AddRoom("Rooftop zaal", 120);
        var smallRoom = forum.AddRoom("Studio 2", 40);
        var today = EventTime.ToLocal(nowUtc, EventTime.DefaultTimeZoneId).Date;

        var past = At(today.AddDays(-30), "Dialoogavond Kansengelijkheid", 19, 21.5, forum, 100);
        AddSession(past, "Opening en verhalen uit de wijk", SessionKind.Plenary, 19, 19.5, bigRoom);
        AddSession(past, "Tafelgesprekken: van voorschool naar basisschool", SessionKind.RoundTable, 19.5, 21, bigRoom);
        AddSession(past, "Afsluiting en afspraken", SessionKind.Plenary, 21, 21.5, bigRoom);
        past.Publish(nowUtc.AddDays(-60), Slugs.For(past));
        past.Close();

        var next = At(today.AddDays(30), "Alliantiedag Gelijke Kansen", 13, 17, forum, 150);
        next.Describe("Een middag met partners uit overheid, onderwijs, bedrijfsleven en maatschappelijke organisaties over gelijke kansen in het onderwijs.");
        next.Limit(150, EventTime.ToUtc(today.AddDays(23).AddHours(17), EventTime.DefaultTimeZoneId));
        AddSession(next, "Plenaire opening", SessionKind.Plenary, 13, 13.75, bigRoom);
        AddSession(next, "Workshop: taal en ouderbetrokkenheid", SessionKind.Workshop, 14, 15.25, bigRoom, 60);
        AddSession(next, "Rondetafel: stages zonder discriminatie", SessionKind.RoundTable, 14, 15.25, smallRoom, 30);
        AddSession(next, "Terugkoppeling en vervolgafspraken", SessionKind.Plenary, 15.5, 16.5, bigRoom);
        next.Publish(nowUtc, Slugs.For(next));

        var draft = At(today.AddDays(90), "Werkconferentie Leven Lang Leren", 9.5, 16, forum, 80);
        draft.Describe("Concept: programma volgt.");

        return [past, next, draft];
    }

    private static Event At(DateTime localDay, string title, double startHour, double endHour, Venue venue, int capacity)
    {
        var @event = new Event(title, Utc(localDay, startHour), Utc(localDay, endHour));
        @event.HoldAt(venue, null);
        @event.Limit(capacity, null);
        return @event;
    }

    private static void AddSession(Event @event, string title, SessionKind kind, double startHour, double endHour, Room room, int? capacity = null)
    {
        var day = @event.LocalStart.Date;
        @event.AddSession(title, kind, Utc(day, startHour), Utc(day, endHour), room, capacity);
    }

    private static DateTime Utc(DateTime localDay, double hour) =>
        EventTime.ToUtc(localDay.AddHours(hour), EventTime.DefaultTimeZoneId);
}
