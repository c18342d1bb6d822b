using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Core.Events;

/// <summary>The rules other features ask an event or a session about: can it still change, can people answer, what can they pick.</summary>
public class EventRulesTests
{
    private static readonly DateTime Start = new(2027, 1, 20, 12, 0, 0, DateTimeKind.Utc);

    private static Event PublishedEvent(DateTime? rsvpDeadlineUtc = null)
    {
        var @event = new Event("Alliantiedag", Start, Start.AddHours(4));
        @event.HoldAt(null, "https://meet.example.org/alliantie");
        @event.Limit(null, rsvpDeadlineUtc);
        @event.AddSession("Opening", SessionKind.Plenary, Start, Start.AddHours(1));
        Assert.True(@event.Publish(Start.AddDays(-30), "alliantiedag").Succeeded);
        return @event;
    }

    [Fact]
    public void IsOpenForChanges_DraftAndPublished_AreOpenClosedCancelledAndArchivedAreNot()
    {
        var draft = new Event("Concept", Start, Start.AddHours(1));
        var published = PublishedEvent();
        var closed = PublishedEvent();
        closed.Close();
        var archived = PublishedEvent();
        archived.Close();
        archived.Archive();
        var cancelled = PublishedEvent();
        cancelled.Cancel("De zaal is niet beschikbaar");

        Assert.True(draft.IsOpenForChanges);
        Assert.True(published.IsOpenForChanges);
        Assert.False(closed.IsOpenForChanges);
        Assert.False(archived.IsOpenForChanges);
        Assert.False(cancelled.IsOpenForChanges);
    }

    [Fact]
    public void AcceptsAnswers_PublishedBeforeTheDeadline_UntilTheDeadlineItself()
    {
        var deadline = Start.AddDays(-7);
        var @event = PublishedEvent(deadline);

        Assert.True(@event.AcceptsAnswers(deadline.AddMinutes(-1)));
        Assert.False(@event.AcceptsAnswers(deadline));
        Assert.False(@event.AcceptsAnswers(deadline.AddDays(1)));
    }

    [Fact]
    public void AcceptsAnswers_WithoutADeadline_ClosesWhenTheEventStarts()
    {
        var @event = PublishedEvent();

        Assert.Equal(Start, @event.AnswersCloseAtUtc);
        Assert.True(@event.AcceptsAnswers(Start.AddSeconds(-1)));
        Assert.False(@event.AcceptsAnswers(Start));
    }

    [Fact]
    public void AcceptsAnswers_DraftOrCancelled_NeverBeforeTheDeadline()
    {
        var draft = new Event("Concept", Start, Start.AddHours(1));
        var cancelled = PublishedEvent();
        cancelled.Cancel("De zaal is niet beschikbaar");

        Assert.False(draft.AcceptsAnswers(Start.AddDays(-30)));
        Assert.False(cancelled.AcceptsAnswers(Start.AddDays(-30)));
    }

    [Fact]
    public void IsChoosable_WorkshopsAndRoundTables_NotABreakOrAPlenaryWhichIsForEveryone()
    {
        var @event = new Event("Alliantiedag", Start, Start.AddHours(4));

        var sessions = Enum.GetValues<SessionKind>().Select(kind => @event.AddSession(kind.ToString(), kind, Start, Start.AddHours(1))).ToList();

        Assert.Equal([SessionKind.Workshop, SessionKind.RoundTable], sessions.Where(s => s.IsChoosable).Select(s => s.Kind));
        Assert.Equal([SessionKind.Plenary], sessions.Where(s => s.IsForEveryone).Select(s => s.Kind));
    }

    [Fact]
    public async Task ChoosableAndForEveryone_AsDatabaseQueries_SortSessionsAsTheEntityDoes()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = await database.NewContextAsync())
        {
            var @event = new Event("Alliantiedag", Start, Start.AddHours(4));
            @event.AddSession("Opening", SessionKind.Plenary, Start, Start.AddHours(1));
            @event.AddSession("Workshop", SessionKind.Workshop, Start.AddHours(1), Start.AddHours(2));
            @event.AddSession("Koffie", SessionKind.Break, Start.AddHours(2), Start.AddHours(3));
            db.Events.Add(@event);
            await db.SaveChangesAsync();
        }

        await using var read = await database.NewContextAsync();
        var choosable = await read.Sessions.Where(Session.Choosable).Select(s => s.Title).ToListAsync();
        var forEveryone = await read.Sessions.Where(Session.ForEveryone).Select(s => s.Title).ToListAsync();

        Assert.Equal(["Workshop"], choosable);
        Assert.Equal(["Opening"], forEveryone);
    }

    [Fact]
    public async Task IsFull_OnceEveryPlaceIsTaken_AndNeverWithoutACapacity()
    {
        await using var database = await TestDatabase.CreateAsync();
        int limitedId, openId;
        await using (var db = await database.NewContextAsync())
        {
            var @event = new Event("Alliantiedag", Start, Start.AddHours(4));
            var limited = @event.AddSession("Rondetafel", SessionKind.RoundTable, Start, Start.AddHours(1), capacity: 1);
            var open = @event.AddSession("Plenair", SessionKind.Plenary, Start, Start.AddHours(1));
            db.Events.Add(@event);
            await db.SaveChangesAsync();
            (limitedId, openId) = (limited.Id, open.Id);
            Assert.False(limited.IsFull);
            Assert.True(await Seats.TakeSessionPlaceAsync(db, limitedId, CancellationToken.None));
            Assert.True(await Seats.TakeSessionPlaceAsync(db, openId, CancellationToken.None));
        }

        await using var read = await database.NewContextAsync();
        Assert.True((await read.Sessions.SingleAsync(s => s.Id == limitedId)).IsFull);
        Assert.False((await read.Sessions.SingleAsync(s => s.Id == openId)).IsFull);
    }
}
