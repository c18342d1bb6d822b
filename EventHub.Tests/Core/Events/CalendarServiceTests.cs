using EventHub.Core.Common;
using EventHub.Core.Events;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static EventHub.Tests.Support.SampleEvents;
using IcalCalendar = Ical.Net.Calendar;

namespace EventHub.Tests.Core.Events;

public class CalendarServiceTests
{
    private static readonly Uri Site = new("https://eventhub.example.org/");

    [Fact]
    public async Task ForEvent_PublishedEvent_IsOnePublishedVeventWithPlaceAndPublicLink()
    {
        await using var database = await TestDatabase.CreateAsync();
        var @event = await SaveAsync(database.DbFactory, Alliantiedag());

        var file = await Service(database).ForEventAsync(@event.Id, includeSessions: false, Site, Language.En);

        var calendar = IcalCalendar.Load(file!.Content)!;
        Assert.Equal("PUBLISH", calendar.Method);
        Assert.Contains("EventHub", calendar.ProductId);
        var entry = Assert.Single(calendar.Events);
        Assert.Equal($"event-{@event.Id}@eventhub.example.org", entry.Uid); // the installation's host: unique across installations
        Assert.Equal(Title, entry.Summary);
        Assert.Equal("Een middag over gelijke kansen.\ntaal\nstages", entry.Description?.ReplaceLineEndings("\n"));
        Assert.Contains("Forum Groningen, Nieuwe Markt 1, 9712 KN Groningen", entry.Location);
        Assert.Contains("https://meet.example.org/alliantiedag", entry.Location);
        Assert.Equal(new Uri(Site, $"e/{@event.Slug}"), entry.Url);
        Assert.Equal(Ical.Net.EventStatus.Confirmed, entry.Status);
        Assert.Equal(0, entry.Sequence);
        Assert.Contains("SEQUENCE:0", file.Content);
        Assert.Equal(Amsterdam(2026, 12, 29, 13), entry.DtStart!.AsUtc);
        Assert.Equal(Amsterdam(2026, 12, 29, 17), entry.DtEnd!.AsUtc);
        Assert.Equal("Europe/Amsterdam", entry.DtStart.TzId);
        Assert.Equal($"{@event.Slug}.ics", file.FileName);
    }

    [Fact]
    public async Task ForEvent_WithSessions_AddsEachSessionButNotBreaksWithItsRoom()
    {
        await using var database = await TestDatabase.CreateAsync();
        var @event = await SaveAsync(database.DbFactory, Alliantiedag());

        var file = await Service(database).ForEventAsync(@event.Id, includeSessions: true, Site, Language.En);

        var events = IcalCalendar.Load(file!.Content)!.Events;
        Assert.Equal(5, events.Count); // the event and four sessions; the break is left out
        Assert.DoesNotContain(events, e => e.Summary!.StartsWith("Pauze", StringComparison.Ordinal));
        var roundTable = events.Single(e => e.Summary!.StartsWith("Rondetafel", StringComparison.Ordinal));
        var session = @event.Sessions.Single(s => s.Kind == SessionKind.RoundTable);
        Assert.Equal($"session-{session.Id}@eventhub.example.org", roundTable.Uid);
        Assert.StartsWith("Studio 2, Forum Groningen", roundTable.Location);
        Assert.Equal(Amsterdam(2026, 12, 29, 14), roundTable.DtStart!.AsUtc);
        Assert.Equal(Amsterdam(2026, 12, 29, 15, 15), roundTable.DtEnd!.AsUtc);
    }

    [Fact]
    public async Task ForEvent_AcrossTheSpringDaylightSavingChange_KeepsTheRealInstants()
    {
        await using var database = await TestDatabase.CreateAsync();
        // 28 March 2027: clocks in Amsterdam jump from 02:00 to 03:00. 01:30 CET is 00:30 UTC; 04:30 CEST is 02:30 UTC.
        var start = new DateTime(2027, 3, 28, 0, 30, 0, DateTimeKind.Utc);
        var end = new DateTime(2027, 3, 28, 2, 30, 0, DateTimeKind.Utc);
        var @event = await SaveAsync(database.DbFactory, OnlineEvent("Nachtdebat", start, end));

        var file = await Service(database).ForEventAsync(@event.Id, includeSessions: false, Site, Language.En);

        var entry = Assert.Single(IcalCalendar.Load(file!.Content)!.Events);
        Assert.Equal(start, entry.DtStart!.AsUtc);
        Assert.Equal(end, entry.DtEnd!.AsUtc);
        Assert.Equal(1, entry.DtStart.Hour);
        Assert.Equal(4, entry.DtEnd.Hour);
        Assert.Contains("BEGIN:VTIMEZONE", file.Content);
    }

    [Fact]
    public async Task ForEvent_InTheRepeatedAutumnHour_KeepsTheRealInstants()
    {
        await using var database = await TestDatabase.CreateAsync();
        // 31 October 2027: 02:00–03:00 happens twice in Amsterdam. 00:30 UTC is the first 02:30, 01:30 UTC the second.
        var start = new DateTime(2027, 10, 31, 0, 30, 0, DateTimeKind.Utc);
        var end = new DateTime(2027, 10, 31, 1, 30, 0, DateTimeKind.Utc);
        var @event = await SaveAsync(database.DbFactory, OnlineEvent("Een uur dat twee keer duurt", start, end));

        var file = await Service(database).ForEventAsync(@event.Id, includeSessions: false, Site, Language.En);

        var entry = Assert.Single(IcalCalendar.Load(file!.Content)!.Events);
        Assert.Equal(start, entry.DtStart!.AsUtc);
        Assert.Equal(end, entry.DtEnd!.AsUtc);
        Assert.Equal(TimeSpan.FromHours(1), entry.DtEnd.AsUtc - entry.DtStart.AsUtc);
    }

    [Fact]
    public async Task ForEvent_OnlineOnly_LocationIsTheLink()
    {
        await using var database = await TestDatabase.CreateAsync();
        var start = Amsterdam(2027, 2, 2, 10);
        var @event = await SaveAsync(database.DbFactory, OnlineEvent("Peer learning call", start, start.AddHours(1)));

        var file = await Service(database).ForEventAsync(@event.Id, includeSessions: false, Site, Language.En);

        var entry = Assert.Single(IcalCalendar.Load(file!.Content)!.Events);
        Assert.Equal("https://meet.example.org/call", entry.Location);
        Assert.Null(entry.Url); // a draft has no public page yet
        Assert.Equal(Ical.Net.EventStatus.Tentative, entry.Status); // a draft may still change: not CONFIRMED
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ForPublicEvent_HybridEvent_HasTheOnlineLinkOnlyWhenShownPublicly(bool shownPublicly)
    {
        await using var database = await TestDatabase.CreateAsync();
        var hybrid = Alliantiedag();
        hybrid.ShowOnlineLinkToPublic(shownPublicly);
        await SaveAsync(database.DbFactory, hybrid);

        var file = await Service(database).ForPublicEventAsync(hybrid.Slug!, includeSessions: true, Site, Language.En);
        var staff = await Service(database).ForEventAsync(hybrid.Id, includeSessions: false, Site, Language.En);

        // Lines of a calendar file are folded at 75 characters: read them parsed.
        var entries = IcalCalendar.Load(file!.Content)!.Events;
        Assert.StartsWith("Forum Groningen", entries.Single(e => e.Summary == Title).Location);
        Assert.Equal(shownPublicly, entries.Any(e => e.Location!.Contains("https://meet.example.org/alliantiedag", StringComparison.Ordinal)));
        Assert.Contains("https://meet.example.org/alliantiedag", Assert.Single(IcalCalendar.Load(staff!.Content)!.Events).Location); // staff calendars always have it
    }

    [Fact]
    public async Task ForEvent_AfterANewTimeAndACancellation_CarriesARaisedSequence()
    {
        await using var database = await TestDatabase.CreateAsync();
        var @event = Alliantiedag();
        @event.NoteCalendarChange();
        @event.Cancel("De zaal is niet beschikbaar.");
        await SaveAsync(database.DbFactory, @event);

        var file = await Service(database).ForEventAsync(@event.Id, includeSessions: true, Site, Language.En);

        Assert.All(IcalCalendar.Load(file!.Content)!.Events, e => Assert.Equal(2, e.Sequence));
    }

    [Fact]
    public async Task ForEvent_Cancelled_SaysCancelled()
    {
        await using var database = await TestDatabase.CreateAsync();
        var @event = Alliantiedag();
        @event.Cancel("De zaal is niet beschikbaar.");
        await SaveAsync(database.DbFactory, @event);

        var file = await Service(database).ForEventAsync(@event.Id, includeSessions: true, Site, Language.En);

        var events = IcalCalendar.Load(file!.Content)!.Events;
        Assert.All(events, e => Assert.Equal(Ical.Net.EventStatus.Cancelled, e.Status));
    }

    [Fact]
    public async Task ForPublicEvent_Cancelled_SaysSoInEveryTitle_AndTheReasonFirst_InTheReadersLanguage()
    {
        // Calendar apps that ignore STATUS still show the title and the top of the description.
        await using var database = await TestDatabase.CreateAsync();
        var @event = Alliantiedag();
        @event.Cancel("De zaal is niet beschikbaar.");
        await SaveAsync(database.DbFactory, @event);

        var dutch = IcalCalendar.Load((await Service(database).ForPublicEventAsync(@event.Slug!, includeSessions: true, Site, Language.Nl))!.Content)!.Events;
        var english = IcalCalendar.Load((await Service(database).ForPublicEventAsync(@event.Slug!, includeSessions: false, Site, Language.En))!.Content)!.Events;

        Assert.All(dutch, e => Assert.StartsWith("Geannuleerd: ", e.Summary));
        var entry = dutch.Single(e => e.Uid!.StartsWith("event-", StringComparison.Ordinal));
        Assert.Equal($"Geannuleerd: {Title}", entry.Summary);
        Assert.StartsWith("Deze bijeenkomst is geannuleerd. Reden: De zaal is niet beschikbaar.\n\nEen middag over gelijke kansen.", entry.Description?.ReplaceLineEndings("\n"));
        Assert.Equal($"Cancelled: {Title}", Assert.Single(english).Summary);
        Assert.StartsWith("This event has been cancelled. Reason: De zaal is niet beschikbaar.", Assert.Single(english).Description);
    }

    [Fact]
    public async Task ForPublicEvent_Draft_IsNotFound()
    {
        await using var database = await TestDatabase.CreateAsync();
        var draft = await SaveAsync(database.DbFactory, Alliantiedag(publish: false));

        var bySlug = await Service(database).ForPublicEventAsync(Slugs.For(draft), includeSessions: false, Site, Language.En);
        var unknown = await Service(database).ForPublicEventAsync("no-such-event", includeSessions: false, Site, Language.En);

        Assert.Null(bySlug);
        Assert.Null(unknown);
    }

    [Fact]
    public async Task ForPublicEvent_Published_IsFoundBySlug()
    {
        await using var database = await TestDatabase.CreateAsync();
        var @event = await SaveAsync(database.DbFactory, Alliantiedag());

        var file = await Service(database).ForPublicEventAsync(@event.Slug!, includeSessions: true, Site, Language.En);

        Assert.Contains(IcalCalendar.Load(file!.Content)!.Events, e => e.Summary == Title);
    }

    private static CalendarService Service(TestDatabase database) => database.Services.GetRequiredService<CalendarService>();

    private static Event OnlineEvent(string title, DateTime startUtc, DateTime endUtc)
    {
        var @event = new Event(title, startUtc, endUtc);
        @event.HoldAt(null, title == "Peer learning call" ? "https://meet.example.org/call" : "https://meet.example.org/night");
        return @event;
    }
}
