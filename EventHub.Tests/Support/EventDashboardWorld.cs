using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Core.Data;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Support;

/// <summary>
/// A small alliance whose figures are counted by hand in Core/Engagement/EventDashboardServiceTests: the "Dashboard day"
/// (10 Dec, deadline 5 Dec, answers in Amsterdam time) with nine invited from five organisations and one without, an
/// earlier meeting that makes two organisations returning, a cancelled one and a later one that do not count.
/// </summary>
public sealed class EventDashboardWorld
{
    public static readonly DateTime Start = new(2026, 12, 10, 13, 0, 0, DateTimeKind.Utc);
    private int _tokens;

    public int EventId { get; private set; }

    public static Task<EventDashboardWorld> CreateAsync(TestDatabase database) => CreateAsync(database.DbFactory);

    public static async Task<EventDashboardWorld> CreateAsync(IDbContextFactory<EventHubDbContext> dbFactory)
    {
        var world = new EventDashboardWorld();
        await world.SeedAsync(dbFactory);
        return world;
    }

    private async Task SeedAsync(IDbContextFactory<EventHubDbContext> dbFactory)
    {
        var now = TestDatabase.DefaultNow.UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync();
        var gov1 = new Organisation("Gemeente Dashboard", Sector.Government, SubSector.Municipality, now);
        var gov2 = new Organisation("Provincie Dashboard", Sector.Government, SubSector.Province, now);
        var edu1 = new Organisation("Basisschool Dashboard", Sector.Education, SubSector.Primary, now);
        var bus1 = new Organisation("Bedrijf Dashboard", Sector.Business, null, now);
        var civ1 = new Organisation("Stichting Dashboard", Sector.CivilSociety, SubSector.Foundation, now);
        db.Organisations.AddRange(gov1, gov2, edu1, bus1, civ1);
        Contact Person(string name, Organisation? organisation)
        {
            var contact = new Contact(name, "Dash", $"{name.ToLowerInvariant()}@dashboard.example", Language.En, now);
            if (organisation is not null)
            {
                contact.MoveTo(organisation, now);
            }

            db.Contacts.Add(contact);
            return contact;
        }

        var (a1, a2, b1, c1, c2, d1, e1, f1, g1, w1, x1, y1) = (Person("A1", gov1), Person("A2", gov1), Person("B1", gov2), Person("C1", edu1),
            Person("C2", edu1), Person("D1", bus1), Person("E1", civ1), Person("F1", null), Person("G1", bus1), Person("W1", edu1),
            Person("X1", civ1), Person("Y1", gov1));

        var day = Published("Dashboard day", Start, deadline: new DateTime(2026, 12, 5, 12, 0, 0, DateTimeKind.Utc));
        var earlier = Published("Earlier meeting", new DateTime(2026, 10, 1, 13, 0, 0, DateTimeKind.Utc));
        var cancelled = Published("Cancelled meeting", new DateTime(2026, 9, 1, 13, 0, 0, DateTimeKind.Utc));
        Assert.True(cancelled.Cancel("Storm").Succeeded);
        var later = Published("Later meeting", new DateTime(2027, 1, 20, 13, 0, 0, DateTimeKind.Utc));
        db.Events.AddRange(day, earlier, cancelled, later);

        var hour = (int d, int h, int m) => new DateTime(2026, 11, d, h, m, 0, DateTimeKind.Utc);
        Answered(db, day, a1, InvitationStatus.Accepted, hour(20, 10, 0)).CheckIn(Start);
        Answered(db, day, a2, InvitationStatus.Accepted, hour(20, 23, 30)); // 00:30 on the 21st in Amsterdam; a no-show
        Answered(db, day, b1, InvitationStatus.Declined, hour(21, 9, 0)).Explain(DeclineReason.Date, null);
        Answered(db, day, c1, InvitationStatus.Accepted, hour(23, 8, 0)).CheckIn(Start);
        Sent(db, day, c2).CheckIn(Start); // no answer, admitted at the door
        Answered(db, day, d1, InvitationStatus.Declined, hour(23, 12, 0)).Explain(DeclineReason.NotRelevant, null);
        Answered(db, day, e1, InvitationStatus.Declined, hour(23, 13, 0)); // no reason given
        Answered(db, day, f1, InvitationStatus.Tentative, hour(23, 14, 0));
        Answered(db, day, g1, InvitationStatus.Waitlisted, hour(23, 15, 0));
        var walkIn = new Invitation(day, w1, Start);
        walkIn.RegisterWalkIn(Start);
        walkIn.CheckIn(Start);
        db.Invitations.Add(walkIn);
        db.Invitations.Add(new Invitation(day, x1, now)); // on the list, not sent
        Sent(db, day, y1).Cancel();

        Answered(db, earlier, a1, InvitationStatus.Accepted, hour(1, 9, 0)); // the municipality returns
        Answered(db, earlier, c1, InvitationStatus.Declined, hour(1, 9, 0)); // the school said no: still new
        var earlierWalkIn = new Invitation(earlier, d1, earlier.StartUtc);
        earlierWalkIn.RegisterWalkIn(earlier.StartUtc);
        earlierWalkIn.CheckIn(earlier.StartUtc); // the business came in at the door: returning
        db.Invitations.Add(earlierWalkIn);
        Answered(db, cancelled, b1, InvitationStatus.Accepted, hour(1, 9, 0)); // a cancelled event does not count
        Answered(db, later, e1, InvitationStatus.Accepted, hour(1, 9, 0)); // nor a later one

        await db.SaveChangesAsync();
        EventId = day.Id;
    }

    private static Event Published(string title, DateTime start, DateTime? deadline = null)
    {
        var @event = new Event(title, start, start.AddHours(3));
        @event.Limit(30, deadline);
        @event.HoldAt(null, "https://meet.example.org/dashboard");
        @event.AddSession("Plenary", SessionKind.Plenary, start, start.AddHours(3));
        Assert.True(@event.Publish(TestDatabase.DefaultNow.UtcDateTime.AddDays(-90), $"{title.ToLowerInvariant().Replace(' ', '-')}-{Guid.NewGuid():N}").Succeeded);
        return @event;
    }

    private Invitation Sent(EventHubDbContext db, Event @event, Contact contact)
    {
        var invitation = new Invitation(@event, contact, TestDatabase.DefaultNow.UtcDateTime.AddDays(-60));
        invitation.Issue($"hash-{++_tokens}", TestDatabase.DefaultNow.UtcDateTime.AddDays(-60));
        db.Invitations.Add(invitation);
        return invitation;
    }

    private Invitation Answered(EventHubDbContext db, Event @event, Contact contact, InvitationStatus answer, DateTime atUtc)
    {
        var invitation = Sent(db, @event, contact);
        invitation.Answer(answer, atUtc, answer == InvitationStatus.Waitlisted ? 1 : null);
        return invitation;
    }
}
