using EventHub.Core.Events;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Events;

public class EventServiceTests
{
    [Fact]
    public async Task ListUpcoming_ShowsEventsNotYetEndedSoonestFirst()
    {
        await using var database = await TestDatabase.CreateAsync();
        var now = database.Time.GetUtcNow().UtcDateTime;
        await AddEvents(database,
            ("Last month", now.AddDays(-30)),
            ("In three months", now.AddDays(90)),
            ("Next week", now.AddDays(7)),
            ("Running now", now.AddHours(-1)));

        var upcoming = await database.Services.GetRequiredService<EventService>().ListUpcomingAsync(10);

        Assert.Equal(["Running now", "Next week", "In three months"], upcoming.Select(e => e.Title));
    }

    [Fact]
    public async Task List_PagesSearchesAndFiltersOnTheServer()
    {
        await using var database = await TestDatabase.CreateAsync();
        var now = database.Time.GetUtcNow().UtcDateTime;
        await AddEvents(database, Enumerable.Range(1, 30).Select(i => ($"Dialoog {i:00}", now.AddDays(i))).ToArray());
        var events = database.Services.GetRequiredService<EventService>();

        var secondPage = await events.ListAsync(new EventListQuery(Page: 1, PageSize: 10, Sort: EventSort.StartAscending));
        var search = await events.ListAsync(new EventListQuery(Search: "dialoog 2"));
        var published = await events.ListAsync(new EventListQuery(Status: EventStatus.Published));

        Assert.Equal(30, secondPage.TotalCount);
        Assert.Equal("Dialoog 11", secondPage.Items[0].Title);
        Assert.Equal(10, secondPage.Items.Count);
        Assert.Equal(10, search.TotalCount); // Dialoog 20 to 29, case-insensitively
        Assert.Equal(0, published.TotalCount);
    }

    [Fact]
    public async Task List_SearchIgnoresCaseAndAccents_AlsoOnSqlite()
    {
        await using var database = await TestDatabase.CreateAsync();
        var now = database.Time.GetUtcNow().UtcDateTime;
        await AddEvents(database, ("Coördinatieoverleg Één Loket", now.AddDays(7)), ("Dialoogavond", now.AddDays(14)));
        var events = database.Services.GetRequiredService<EventService>();

        foreach (var typed in new[] { "coordinatie", "COÖRDINATIE", "één loket", "een loket" })
        {
            Assert.Equal(["Coördinatieoverleg Één Loket"], (await events.ListAsync(new EventListQuery(Search: typed))).Items.Select(e => e.Title));
        }
    }

    private static async Task AddEvents(TestDatabase database, params (string Title, DateTime StartUtc)[] events)
    {
        await using var db = await database.NewContextAsync();
        db.Events.AddRange(events.Select(e => new Event(e.Title, e.StartUtc, e.StartUtc.AddHours(3))));
        await db.SaveChangesAsync();
    }
}
