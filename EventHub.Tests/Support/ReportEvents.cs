using EventHub.Core.Data;
using EventHub.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Support;

/// <summary>Events for report tests: online (no venue or theme to clash with other data), with a break and three sessions.</summary>
public static class ReportEvents
{
    public const string Opening = "Opening";
    public const string RoundTable = "Round table: internships without discrimination";
    public const string Workshop = "Workshop: language at home";

    /// <summary>An event on <paramref name="startUtc"/> (four hours), published unless told otherwise, saved.</summary>
    public static async Task<Event> CreateAsync(
        IDbContextFactory<EventHubDbContext> dbFactory, string title, DateTime startUtc, bool publish = true,
        string? organiserName = "Olga Bakker", string? organiserEmail = "olga@example.org")
    {
        var @event = new Event(title, startUtc, startUtc.AddHours(4));
        @event.HoldAt(null, "https://meet.example.org/alliance");
        @event.SetOrganiser(organiserName, organiserEmail);
        @event.AddSession(Opening, SessionKind.Plenary, startUtc, startUtc.AddHours(1));
        @event.AddSession(RoundTable, SessionKind.RoundTable, startUtc.AddHours(1), startUtc.AddHours(2));
        @event.AddSession("Break", SessionKind.Break, startUtc.AddHours(2), startUtc.AddHours(2.25));
        @event.AddSession(Workshop, SessionKind.Workshop, startUtc.AddHours(2.25), startUtc.AddHours(3.5));
        if (publish)
        {
            @event.Publish(startUtc.AddDays(-30), Slugs.For(@event));
        }

        return await SampleEvents.SaveAsync(dbFactory, @event);
    }

    public static int SessionId(Event @event, string title) => @event.Sessions.Single(s => s.Title == title).Id;
}
