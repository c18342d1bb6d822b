using EventHub.Core.Events;
using EventHub.Core.Outcomes;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EventHub.Tests.Support.SampleEvents;

namespace EventHub.Tests.Core.Events;

public class PublicEventServiceTests
{
    [Fact]
    public async Task GetBySlug_Published_HasEverythingThePageShows()
    {
        await using var database = await TestDatabase.CreateAsync();
        var @event = await SaveAsync(database.DbFactory, Alliantiedag(Facilitator("Femke Jansen")));

        var page = await Service(database).GetBySlugAsync(@event.Slug!);

        Assert.NotNull(page);
        Assert.Equal(Title, page.Title);
        Assert.StartsWith("Een middag over **gelijke kansen**", page.DescriptionMarkdown);
        Assert.Equal(("Forum Groningen", "Nieuwe Markt 1, 9712 KN Groningen"), (page.Venue!.Name, page.Venue.Address));
        Assert.Equal(AccessibilityFeatures.StepFreeAccess | AccessibilityFeatures.AccessibleToilet, page.Venue.Accessibility);
        Assert.Equal(["Rooftop zaal", "Studio 2"], page.Rooms.Select(r => r.Name));
        Assert.Equal(AccessibilityFeatures.HearingLoop, page.Rooms[0].Accessibility);
        Assert.Null(page.OnlineUrl); // a hybrid event's link goes to those coming, not to the public page
        Assert.True(page.IsOnline);
        Assert.Equal(("Olga Bakker", "olga@example.org"), (page.OrganiserName, page.OrganiserEmail));
        Assert.Equal(["Taal in de wijk"], page.Themes);
        Assert.Equal("Europe/Amsterdam", page.TimeZoneId);
        Assert.False(page.IsCancelled);
    }

    [Fact]
    public async Task GetBySlug_OnlineLinkShownPublicly_HasTheLink()
    {
        await using var database = await TestDatabase.CreateAsync();
        var hybrid = Alliantiedag();
        hybrid.ShowOnlineLinkToPublic(true);
        await SaveAsync(database.DbFactory, hybrid);

        var page = await Service(database).GetBySlugAsync(hybrid.Slug!);

        Assert.Equal("https://meet.example.org/alliantiedag", page!.OnlineUrl);
    }

    [Fact]
    public async Task GetBySlug_Programme_IsByStartThenProgrammeOrderWithRoomsAndFacilitators()
    {
        await using var database = await TestDatabase.CreateAsync();
        var @event = await SaveAsync(database.DbFactory, Alliantiedag(Facilitator("Femke Jansen")));

        var page = await Service(database).GetBySlugAsync(@event.Slug!);

        Assert.Equal(
            ["Plenaire opening", "Workshop: taal en ouderbetrokkenheid", "Rondetafel: stages zonder discriminatie", "Pauze", "Terugkoppeling en vervolgafspraken"],
            page!.Sessions.Select(s => s.Title));
        var workshop = page.Sessions[1];
        Assert.Equal((SessionKind.Workshop, "Rooftop zaal", "Hoe betrekken we ouders?"), (workshop.Kind, workshop.RoomName, workshop.Description));
        Assert.Equal(["Femke Jansen"], workshop.Facilitators);
    }

    [Fact]
    public async Task GetBySlug_Cancelled_IsShownWithTheReason()
    {
        await using var database = await TestDatabase.CreateAsync();
        var @event = Alliantiedag();
        @event.Cancel("De zaal is niet beschikbaar.");
        await SaveAsync(database.DbFactory, @event);

        var page = await Service(database).GetBySlugAsync(@event.Slug!);

        Assert.True(page!.IsCancelled);
        Assert.Equal("De zaal is niet beschikbaar.", page.CancellationReason);
    }

    [Fact]
    public async Task GetBySlug_ArchivedEvent_IsStillShown_ForItsPublicReportAndTheNewslettersThatLinkToIt()
    {
        await using var database = await TestDatabase.CreateAsync();
        var @event = Alliantiedag();
        Assert.True(@event.Close().Succeeded && @event.Archive().Succeeded);
        await SaveAsync(database.DbFactory, @event);
        await using (var db = await database.NewContextAsync())
        {
            var report = new EventReport(await db.Events.SingleAsync(e => e.Id == @event.Id), new DateTime(2027, 1, 4, 0, 0, 0, DateTimeKind.Utc));
            report.Publish(new DateTime(2027, 1, 5, 0, 0, 0, DateTimeKind.Utc));
            db.EventReports.Add(report);
            await db.SaveChangesAsync();
        }

        var page = await Service(database).GetBySlugAsync(@event.Slug!);
        var reportPage = await database.Services.GetRequiredService<EventReportService>().PublicReportAsync(@event.Slug!);

        Assert.NotNull(reportPage);
        Assert.Equal(Title, page?.Title);
        Assert.False(page!.IsCancelled);
    }

    [Fact]
    public async Task GetBySlug_DraftOrUnknown_IsNull()
    {
        await using var database = await TestDatabase.CreateAsync();
        var draft = await SaveAsync(database.DbFactory, Alliantiedag(publish: false));

        Assert.Null(await Service(database).GetBySlugAsync(Slugs.For(draft)));
        Assert.Null(await Service(database).GetBySlugAsync("no-such-event"));
    }

    private static PublicEventService Service(TestDatabase database) => database.Services.GetRequiredService<PublicEventService>();
}
