using System.Xml.Linq;
using Bunit;
using EventHub.App.Components.Pages.Events.Public;
using EventHub.Core.Events;
using EventHub.Tests.Support;
using static EventHub.Tests.Support.SampleEvents;

namespace EventHub.Tests.Components.Events;

public class PublicEventPageTests : ComponentTestBase
{
    [Fact]
    public async Task PublicPage_Venue_ListsAccessibilityOfVenueAndRooms()
    {
        var @event = await SaveAsync(DbFactory, Alliantiedag());

        var page = Render<PublicEventPage>(p => p.Add(c => c.Slug, @event.Slug!));

        page.WaitForAssertion(() => page.Find("#venue-accessibility"));
        Assert.Equal(["Step-free access", "Accessible toilet"], page.FindAll("#venue-accessibility li").Select(li => li.Text()));
        Assert.Contains("Rooftop zaal Hearing loop", page.Find(".eh-room-features").Text());
        Assert.Contains("Nieuwe Markt 1, 9712 KN Groningen", page.Find("#event-where").Text());
        // A hybrid event's online link goes to those coming, unless the organisers show it publicly.
        Assert.Empty(page.FindAll("#event-where a"));
        Assert.Contains("Everyone coming gets the online link by email.", page.Find("#event-where").Text());
    }

    [Fact]
    public async Task PublicPage_OnlineLinkShownPublicly_LinksIt()
    {
        var hybrid = Alliantiedag();
        hybrid.ShowOnlineLinkToPublic(true);
        await SaveAsync(DbFactory, hybrid);

        var page = Render<PublicEventPage>(p => p.Add(c => c.Slug, hybrid.Slug!));

        page.WaitForAssertion(() => page.Find("#event-where a"));
        Assert.Equal("https://meet.example.org/alliantiedag", page.Find("#event-where a").GetAttribute("href"));
    }

    [Fact]
    public async Task PublicPage_InDutch_UsesDutchNamesAndDates()
    {
        UseCulture("nl");
        var @event = await SaveAsync(DbFactory, Alliantiedag(Facilitator("Femke Jansen")));

        var page = Render<PublicEventPage>(p => p.Add(c => c.Slug, @event.Slug!));

        page.WaitForAssertion(() => page.Find("#venue-accessibility"));
        Assert.Contains("Rolstoeltoegankelijk", page.Find("#venue-accessibility").Text());
        Assert.Equal("dinsdag 29 december 2026, 13:00–17:00", page.Find("#event-when").Text());
        Assert.Contains("Onder leiding van Femke Jansen", page.Find("#event-programme").Text());
        Assert.Equal("Rondetafel · Studio 2", page.FindAll("#event-programme .eh-programme-meta")[2].Text());
    }

    [Theory]
    [InlineData("en", "Tuesday 29 December", "Wednesday 30 December")]
    [InlineData("nl", "dinsdag 29 december", "woensdag 30 december")]
    public async Task PublicPage_TwoDayEvent_ListsEachDaysSessionsUnderItsDate(string culture, string firstDay, string secondDay)
    {
        UseCulture(culture);
        var @event = await SaveAsync(DbFactory, TwoDayConference());

        var page = Render<PublicEventPage>(p => p.Add(c => c.Slug, @event.Slug!));

        page.WaitForAssertion(() => page.Find("#event-programme"));
        Assert.Equal([firstDay, secondDay], page.FindAll("#event-programme h3.eh-programme-day").Select(h => h.Text()));
        // Each day's list follows its heading, its sessions one heading level lower.
        var lists = page.FindAll("#event-programme ol.eh-programme");
        Assert.Equal(["Opening dag 1"], lists[0].QuerySelectorAll("h4").Select(h => h.TextContent));
        Assert.Equal(["Opening dag 2"], lists[1].QuerySelectorAll("h4").Select(h => h.TextContent));
    }

    [Fact]
    public async Task PublicPage_Published_ShowsWhenDescriptionThemesProgrammeAndContact()
    {
        var @event = await SaveAsync(DbFactory, Alliantiedag(Facilitator("Femke Jansen")));

        var page = Render<PublicEventPage>(p => p.Add(c => c.Slug, @event.Slug!));

        page.WaitForAssertion(() => page.Find("h1"));
        Assert.Equal("Tuesday 29 December 2026, 13:00–17:00", page.Find("#event-when").Text());
        Assert.Equal("gelijke kansen", page.Find(".eh-prose strong").Text());
        Assert.Equal(["Taal in de wijk"], page.FindAll(".eh-tags li").Select(li => li.Text()));
        var workshop = page.FindAll("#event-programme li")[1];
        Assert.Equal("14:00–15:15", workshop.QuerySelector(".eh-programme-time")!.Text());
        Assert.Equal("Workshop: taal en ouderbetrokkenheid", workshop.QuerySelector("h3")!.Text());
        Assert.Equal("Workshop · Rooftop zaal · Led by Femke Jansen", workshop.QuerySelector(".eh-programme-meta")!.Text());
        Assert.Equal("Hoe betrekken we ouders?", workshop.QuerySelector(".eh-programme-description")!.Text());
        Assert.Contains("olga@example.org", page.Find("#event-contact").Text());
        Assert.Equal($"e/{@event.Slug}/calendar.ics?sessions=true", page.Find("#add-with-sessions").GetAttribute("href"));
        Assert.Empty(page.FindAll("#event-cancelled"));
    }

    [Fact]
    public async Task PublicPage_Cancelled_SaysSoWithTheReasonAndOffersNoCalendar()
    {
        var @event = Alliantiedag();
        @event.Cancel("De zaal is niet beschikbaar.");
        await SaveAsync(DbFactory, @event);

        var page = Render<PublicEventPage>(p => p.Add(c => c.Slug, @event.Slug!));

        page.WaitForAssertion(() => page.Find("#event-cancelled"));
        Assert.Equal(["This event is cancelled", "Reason: De zaal is niet beschikbaar."], page.FindAll("#event-cancelled p").Select(p => p.Text()));
        Assert.Empty(page.FindAll("#add-to-calendar"));
    }

    [Fact]
    public void Resources_KeysBuiltFromAccessibilityFeatures_ExistInBothLanguages()
    {
        foreach (var culture in new[] { "", "nl" })
        {
            var keys = ResourceFiles.Read(ResourceFiles.App, culture).Keys.ToHashSet();

            Assert.All(AccessibilityFeatureList.All, feature => Assert.Contains($"Accessibility_{feature}", keys));
        }
    }
}
