using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Support;

/// <summary>A complete published event (venue with rooms, sessions with facilitators, themes) for calendar and page tests.</summary>
public static class SampleEvents
{
    public const string Title = "Alliantiedag Gelijke Kansen";

    /// <summary>Local time in Amsterdam → UTC.</summary>
    public static DateTime Amsterdam(int year, int month, int day, int hour, int minute = 0) =>
        EventTime.ToUtc(new DateTime(year, month, day, hour, minute, 0), EventTime.DefaultTimeZoneId);

    public static AppUser Facilitator(string name = "Femke Jansen") =>
        new() { UserName = $"{name.Replace(' ', '.').ToLowerInvariant()}@example.org", Email = $"{name.Replace(' ', '.').ToLowerInvariant()}@example.org", DisplayName = name };

    /// <summary>
    /// 29 December 2026, 13:00–17:00 in Amsterdam at Forum Groningen: a plenary and a break in the Rooftop zaal, a
    /// workshop there and a round table in Studio 2 in parallel, and a closing plenary. Published unless told otherwise.
    /// </summary>
    public static Event Alliantiedag(AppUser? facilitator = null, bool publish = true)
    {
        var forum = new Venue("Forum Groningen", "Nieuwe Markt 1, 9712 KN Groningen");
        forum.Describe(forum.Name, forum.Address, AccessibilityFeatures.StepFreeAccess | AccessibilityFeatures.AccessibleToilet);
        var rooftop = forum.AddRoom("Rooftop zaal", 120, AccessibilityFeatures.HearingLoop);
        var studio = forum.AddRoom("Studio 2", 40);
        var @event = new Event(Title, Amsterdam(2026, 12, 29, 13), Amsterdam(2026, 12, 29, 17));
        @event.Describe("Een middag over **gelijke kansen**.\n\n- taal\n- stages");
        @event.HoldAt(forum, "https://meet.example.org/alliantiedag");
        @event.SetOrganiser("Olga Bakker", "olga@example.org");
        @event.Tag([new Theme("Taal in de wijk")]);
        @event.AddSession("Plenaire opening", SessionKind.Plenary, Amsterdam(2026, 12, 29, 13), Amsterdam(2026, 12, 29, 13, 45), rooftop);
        var workshop = @event.AddSession("Workshop: taal en ouderbetrokkenheid", SessionKind.Workshop,
            Amsterdam(2026, 12, 29, 14), Amsterdam(2026, 12, 29, 15, 15), rooftop, 60);
        workshop.Plan(workshop.Title, workshop.Kind, workshop.StartUtc, workshop.EndUtc, rooftop, 60, "Hoe betrekken we ouders?");
        if (facilitator is not null)
        {
            workshop.AssignFacilitators([facilitator]);
        }

        @event.AddSession("Rondetafel: stages zonder discriminatie", SessionKind.RoundTable,
            Amsterdam(2026, 12, 29, 14), Amsterdam(2026, 12, 29, 15, 15), studio, 30);
        @event.AddSession("Pauze", SessionKind.Break, Amsterdam(2026, 12, 29, 15, 15), Amsterdam(2026, 12, 29, 15, 30), rooftop);
        @event.AddSession("Terugkoppeling en vervolgafspraken", SessionKind.Plenary,
            Amsterdam(2026, 12, 29, 15, 30), Amsterdam(2026, 12, 29, 16, 30), rooftop);
        if (publish)
        {
            @event.Publish(new DateTime(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc), Slugs.For(@event));
        }

        return @event;
    }

    /// <summary>
    /// "Tweedaagse conferentie", 29 December 2026 09:00 to 30 December 17:00 in Amsterdam, online, published: a plenary
    /// opening from 09:00 to 10:00 on each day.
    /// </summary>
    public static Event TwoDayConference()
    {
        var @event = new Event("Tweedaagse conferentie", Amsterdam(2026, 12, 29, 9), Amsterdam(2026, 12, 30, 17));
        @event.HoldAt(null, "https://meet.example.org/conf");
        @event.AddSession("Opening dag 1", SessionKind.Plenary, Amsterdam(2026, 12, 29, 9), Amsterdam(2026, 12, 29, 10));
        @event.AddSession("Opening dag 2", SessionKind.Plenary, Amsterdam(2026, 12, 30, 9), Amsterdam(2026, 12, 30, 10));
        @event.Publish(new DateTime(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc), Slugs.For(@event));
        return @event;
    }

    public static async Task<T> SaveAsync<T>(IDbContextFactory<EventHubDbContext> dbFactory, T entity)
        where T : class
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        db.Add(entity);
        await db.SaveChangesAsync();
        return entity;
    }
}
