using EventHub.Core.Common;
using System.Text;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EventHub.Tests.Support.SampleEvents;
using IcalCalendar = Ical.Net.Calendar;

namespace EventHub.Tests.Core.Events;

/// <summary>
/// A venue is kept once and shared by events: what an organiser corrects on it (name, address, a room's name) reaches
/// the calendars and the guests of the events held there, as a new place chosen on the event itself would.
/// </summary>
public class VenueServiceTests
{
    private static readonly Uri Site = new("https://eventhub.example.org/");

    [Fact]
    public async Task NewAddressOfAVenueInUse_GuestsAreToldWithAnUpdatedCalendar_AndDownloadsCarryANewRevision()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var venueId = await HoldAtForumAsync(scenario);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted, [], PrivacyAccepted: true));
        var calendars = scenario.Services.GetRequiredService<CalendarService>();
        var before = await PublicEntryAsync(calendars);

        var saved = await scenario.Services.GetRequiredService<VenueService>().UpdateAsync(venueId,
            new VenueInput("Forum Groningen", "Grote Markt 1, 9711 LV Groningen", AccessibilityFeatures.None, []), Staff.Organiser);

        Assert.True(saved.Succeeded, saved.ErrorCode);
        var after = await PublicEntryAsync(calendars);
        Assert.Contains("Grote Markt 1", after.Location);
        Assert.True(after.Sequence > before.Sequence, $"SEQUENCE {after.Sequence} after {before.Sequence}");
        await using var db = await scenario.NewContextAsync();
        var told = await db.OutboxMessages.Include(m => m.Attachments)
            .SingleAsync(m => m.ToAddress == InvitationScenario.Email(0) && m.Kind == InvitationEmails.ChangeKind);
        var meeting = IcalCalendar.Load(Encoding.UTF8.GetString(told.Attachments.Single(a => a.ContentType.StartsWith("text/calendar")).Content))!.Events.Single();
        Assert.Contains("Grote Markt 1", meeting.Location);
        Assert.NotNull((await db.Events.SingleAsync()).ChangedSinceInvitationsAtUtc);
    }

    [Fact]
    public async Task RenamedRoom_TheSessionsInItGetANewCalendarRevision_WithoutEmailingAnyone()
    {
        await using var db = await TestDatabase.CreateAsync();
        var @event = await SaveAsync(db.DbFactory, Alliantiedag());
        var venue = @event.Venue!;
        var studio = venue.Rooms.Single(r => r.Name == "Studio 2");
        var roundTable = @event.Sessions.Single(s => s.RoomId == studio.Id);
        var calendars = db.Services.GetRequiredService<CalendarService>();
        var before = await SessionEntryAsync(calendars, @event.Slug!, roundTable.Id);

        var saved = await db.Services.GetRequiredService<VenueService>().UpdateAsync(venue.Id,
            new VenueInput(venue.Name, venue.Address, venue.Accessibility,
                venue.Rooms.Select(r => new RoomInput(r.Id, r.Id == studio.Id ? "Studio 3" : r.Name, r.Capacity, r.Accessibility)).ToList()),
            Staff.Organiser);

        Assert.True(saved.Succeeded, saved.ErrorCode);
        var after = await SessionEntryAsync(calendars, @event.Slug!, roundTable.Id);
        Assert.Contains("Studio 3", after.Location);
        Assert.True(after.Sequence > before.Sequence, $"SEQUENCE {after.Sequence} after {before.Sequence}");
        await using var ctx = await db.NewContextAsync();
        Assert.Empty(await ctx.OutboxMessages.ToListAsync());
    }

    [Fact]
    public async Task TwoRoomsSwapNames_IsSaved_AndEachSessionKeepsItsRoomUnderTheNewName()
    {
        await using var db = await TestDatabase.CreateAsync();
        var @event = await SaveAsync(db.DbFactory, Alliantiedag());
        var venue = @event.Venue!;
        var rooftop = venue.Rooms.Single(r => r.Name == "Rooftop zaal");
        var studio = venue.Rooms.Single(r => r.Name == "Studio 2");

        var saved = await db.Services.GetRequiredService<VenueService>().UpdateAsync(venue.Id,
            new VenueInput(venue.Name, venue.Address, venue.Accessibility,
            [
                new RoomInput(rooftop.Id, "Studio 2", rooftop.Capacity, rooftop.Accessibility),
                new RoomInput(studio.Id, "Rooftop zaal", studio.Capacity, studio.Accessibility),
                new RoomInput(null, "Kelder", 20, AccessibilityFeatures.None),
            ]), Staff.Organiser);

        Assert.True(saved.Succeeded, saved.ErrorCode);
        await using var ctx = await db.NewContextAsync();
        var rooms = await ctx.Rooms.Where(r => r.VenueId == venue.Id).ToDictionaryAsync(r => r.Id, r => r.Name);
        Assert.Equal("Studio 2", rooms[rooftop.Id]);
        Assert.Equal("Rooftop zaal", rooms[studio.Id]);
        Assert.Contains("Kelder", rooms.Values);
        var roundTable = await ctx.Sessions.Include(s => s.Room).SingleAsync(s => s.Kind == SessionKind.RoundTable);
        Assert.Equal("Rooftop zaal", roundTable.Room!.Name); // the same room (the studio), under its new name
    }

    /// <summary>Puts the scenario's event at Forum Groningen (Nieuwe Markt 1); the venue's id.</summary>
    private static async Task<int> HoldAtForumAsync(InvitationScenario scenario)
    {
        await using var db = await scenario.NewContextAsync();
        var venue = new Venue("Forum Groningen", "Nieuwe Markt 1, 9712 KN Groningen");
        var @event = await db.Events.SingleAsync();
        @event.HoldAt(venue, @event.OnlineUrl);
        await db.SaveChangesAsync();
        return venue.Id;
    }

    private static async Task<Ical.Net.CalendarComponents.CalendarEvent> PublicEntryAsync(CalendarService calendars) =>
        IcalCalendar.Load((await calendars.ForPublicEventAsync("alliantiedag-2027-03-10", false, Site, Language.En))!.Content)!.Events.Single();

    private static async Task<Ical.Net.CalendarComponents.CalendarEvent> SessionEntryAsync(CalendarService calendars, string slug, int sessionId) =>
        IcalCalendar.Load((await calendars.ForPublicEventAsync(slug, true, Site, Language.En))!.Content)!.Events
            .Single(e => e.Uid!.StartsWith($"session-{sessionId}@", StringComparison.Ordinal));
}
