using EventHub.Core.Common;
using EventHub.Core.Events;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EventHub.Tests.Support.SampleEvents;
using IcalCalendar = Ical.Net.Calendar;

namespace EventHub.Tests.Core.Events;

public class CalendarFeedServiceTests
{
    private static readonly Uri Site = new("https://eventhub.example.org/");

    [Fact]
    public async Task Feed_UnknownToken_IsNull()
    {
        await using var database = await TestDatabase.CreateAsync();

        var feed = await Feeds(database).FeedAsync("not-a-real-token", Site);

        Assert.Null(feed);
    }

    [Fact]
    public async Task Create_StoresOnlyTheHashOfALongUrlSafeToken()
    {
        await using var database = await TestDatabase.CreateAsync();
        var user = await SaveAsync(database.DbFactory, Facilitator());

        var token = (await Feeds(database).CreateAsync(user.Id)).Value;

        Assert.Matches("^[A-Za-z0-9_-]{43,}$", token); // 32 random bytes, base64url: 256 bits
        await using var db = await database.NewContextAsync();
        var stored = (await db.Users.SingleAsync(u => u.Id == user.Id)).CalendarFeedTokenHash;
        Assert.NotNull(stored);
        Assert.DoesNotContain(token, stored);
        Assert.Equal(64, stored!.Length);
        Assert.NotNull(await Feeds(database).FeedAsync(token, Site));
    }

    [Fact]
    public async Task Create_Again_RevokesTheEarlierLink()
    {
        await using var database = await TestDatabase.CreateAsync();
        var user = await SaveAsync(database.DbFactory, Facilitator());
        var first = (await Feeds(database).CreateAsync(user.Id)).Value;

        var second = (await Feeds(database).CreateAsync(user.Id)).Value;

        Assert.NotEqual(first, second);
        Assert.Null(await Feeds(database).FeedAsync(first, Site));
        Assert.NotNull(await Feeds(database).FeedAsync(second, Site));
    }

    [Fact]
    public async Task Revoke_LinkStopsWorking()
    {
        await using var database = await TestDatabase.CreateAsync();
        var user = await SaveAsync(database.DbFactory, Facilitator());
        var token = (await Feeds(database).CreateAsync(user.Id)).Value;

        var revoked = await Feeds(database).RevokeAsync(user.Id);

        Assert.True(revoked.Succeeded);
        Assert.Null(await Feeds(database).FeedAsync(token, Site));
        Assert.False(await Feeds(database).HasFeedAsync(user.Id));
    }

    [Fact]
    public async Task Feed_OfADeactivatedColleague_IsNull()
    {
        await using var database = await TestDatabase.CreateAsync();
        var user = await SaveAsync(database.DbFactory, Facilitator());
        var token = (await Feeds(database).CreateAsync(user.Id)).Value;
        await using (var db = await database.NewContextAsync())
        {
            (await db.Users.SingleAsync(u => u.Id == user.Id)).DeactivatedAtUtc = database.Time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync();
        }

        var feed = await Feeds(database).FeedAsync(token, Site);

        Assert.Null(feed);
    }

    [Fact]
    public async Task Create_UnknownUser_Fails()
    {
        await using var database = await TestDatabase.CreateAsync();

        var result = await Feeds(database).CreateAsync("nobody");

        Assert.Equal(CalendarFeedService.UserNotFound, result.ErrorCode);
    }

    [Fact]
    public async Task Feed_HasPublicEventsFromAMonthAgoAndTheSessionsThePersonFacilitates()
    {
        await using var database = await TestDatabase.CreateAsync();
        var femke = Facilitator("Femke Jansen"); // saved with the event that names her
        var alliantiedag = await SaveAsync(database.DbFactory, Alliantiedag(femke)); // 29 Dec 2026; now is 29 Nov 2026
        var now = database.Time.GetUtcNow().UtcDateTime;
        await SaveAsync(database.DbFactory, Published("Last week", now.AddDays(-7)));
        await SaveAsync(database.DbFactory, Published("Two months ago", now.AddDays(-60)));
        await SaveAsync(database.DbFactory, new Event("Still a draft", now.AddDays(10), now.AddDays(10).AddHours(2)));
        var cancelled = Published("Called off", now.AddDays(20));
        cancelled.Cancel("Te weinig aanmeldingen");
        await SaveAsync(database.DbFactory, cancelled);
        var token = (await Feeds(database).CreateAsync(femke.Id)).Value;

        var feed = await Feeds(database).FeedAsync(token, Site);

        var events = IcalCalendar.Load(feed!.Content)!.Events;
        Assert.Equal(
            ["Last week", "Cancelled: Called off", Title, "Workshop: taal en ouderbetrokkenheid · " + Title],
            events.OrderBy(e => e.DtStart!.AsUtc).ThenBy(e => e.Uid!.StartsWith("session", StringComparison.Ordinal)).Select(e => e.Summary));
        Assert.Equal(Ical.Net.EventStatus.Cancelled, events.Single(e => e.Summary == "Cancelled: Called off").Status);
        Assert.Contains(events, e => e.Uid == $"event-{alliantiedag.Id}@{Site.Host}");
    }

    [Fact]
    public async Task Feed_SomeoneWhoFacilitatesNothing_GetsOnlyTheEvents()
    {
        await using var database = await TestDatabase.CreateAsync();
        var olga = await SaveAsync(database.DbFactory, Facilitator("Olga Bakker"));
        await SaveAsync(database.DbFactory, Alliantiedag(Facilitator("Femke Jansen")));
        var token = (await Feeds(database).CreateAsync(olga.Id)).Value;

        var feed = await Feeds(database).FeedAsync(token, Site);

        Assert.Equal([Title], IcalCalendar.Load(feed!.Content)!.Events.Select(e => e.Summary));
    }

    [Fact]
    public async Task Feed_CancelledEvent_SaysSoInTheTitleAndGivesTheReasonFirst_InTheSubscribersLanguage()
    {
        // Google's and Outlook's subscriptions ignore STATUS:CANCELLED: without the title the meeting looks as if it happens.
        await using var database = await TestDatabase.CreateAsync();
        var femke = Facilitator();
        femke.PreferredLanguage = Language.Nl;
        await SaveAsync(database.DbFactory, femke);
        var cancelled = Published("Netwerkavond", database.Time.GetUtcNow().UtcDateTime.AddDays(20));
        cancelled.Describe("Een avond om elkaar te leren kennen.");
        cancelled.Cancel("Te weinig aanmeldingen");
        await SaveAsync(database.DbFactory, cancelled);
        var token = (await Feeds(database).CreateAsync(femke.Id)).Value;

        var feed = await Feeds(database).FeedAsync(token, Site);

        var entry = Assert.Single(IcalCalendar.Load(feed!.Content)!.Events);
        Assert.Equal("Geannuleerd: Netwerkavond", entry.Summary);
        Assert.Equal("Deze bijeenkomst is geannuleerd. Reden: Te weinig aanmeldingen\n\nEen avond om elkaar te leren kennen.", entry.Description?.ReplaceLineEndings("\n"));
        Assert.Equal(Ical.Net.EventStatus.Cancelled, entry.Status);
    }

    private static CalendarFeedService Feeds(TestDatabase database) => database.Services.GetRequiredService<CalendarFeedService>();

    [Fact]
    public async Task Feed_KeepsAnEventThatWasArchived_AsItKeepsAClosedOne()
    {
        await using var database = await TestDatabase.CreateAsync();
        var user = Facilitator();
        await SaveAsync(database.DbFactory, Alliantiedag(user));
        var now = database.Time.GetUtcNow().UtcDateTime;
        var closed = Published("Closed last week", now.AddDays(-7));
        Assert.True(closed.Close().Succeeded);
        var archived = Published("Archived yesterday", now.AddDays(-1));
        Assert.True(archived.Close().Succeeded && archived.Archive().Succeeded);
        await SaveAsync(database.DbFactory, closed);
        await SaveAsync(database.DbFactory, archived);
        var token = (await Feeds(database).CreateAsync(user.Id)).Value;

        var feed = await Feeds(database).FeedAsync(token, Site);

        var events = IcalCalendar.Load(feed!.Content)!.Events;
        Assert.Contains(events, e => e.Summary == "Closed last week");
        Assert.Contains(events, e => e.Summary == "Archived yesterday" && e.Url is not null);
    }

    private static Event Published(string title, DateTime startUtc)
    {
        var @event = new Event(title, startUtc, startUtc.AddHours(2));
        @event.HoldAt(null, "https://meet.example.org/" + title.Length);
        @event.AddSession("Gesprek", SessionKind.RoundTable, startUtc, startUtc.AddHours(2));
        @event.Publish(startUtc.AddDays(-90), Slugs.For(@event));
        return @event;
    }
}
