using EventHub.Core.Common;
using EventHub.Core.Events;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Events;

/// <summary>
/// An event's programme, the venues and the themes are set up by organisers and admins: Core refuses a facilitator or
/// door staff every change (defence in depth behind the pages' policies), and nothing changes.
/// </summary>
public class EventSetupAccessTests
{
    private static readonly DateTime Day = new(2027, 5, 12);

    public static TheoryData<string> NotOrganisers => [Roles.Facilitator, Roles.DoorStaff];

    [Theory]
    [MemberData(nameof(NotOrganisers))]
    public async Task EveryChangeToProgrammeVenuesAndThemes_ByACallerWhoIsNoOrganiser_IsRefused_AndChangesNothing(string role)
    {
        await using var database = await TestDatabase.CreateAsync();
        var caller = role == Roles.Facilitator ? Staff.Facilitator : Staff.Door;
        var venues = database.Services.GetRequiredService<VenueService>();
        var themes = database.Services.GetRequiredService<ThemeService>();
        var programme = database.Services.GetRequiredService<ProgrammeService>();
        var venue = (await venues.CreateAsync(new VenueInput("Forum Groningen", null, AccessibilityFeatures.None, []), Staff.Organiser)).Value;
        var theme = (await themes.AddAsync("Digital inclusion", "Digitale inclusie", Staff.Organiser)).Value;
        var eventId = (await database.Services.GetRequiredService<EventPlanningService>().CreateAsync(
            new EventInput("Alliantiedag", Day.AddHours(13), Day.AddHours(17), VenueId: venue), Staff.Organiser)).Value;
        var opening = new SessionInput("Opening", SessionKind.Plenary, Day.AddHours(13), Day.AddHours(14));
        var session = (await programme.AddAsync(eventId, opening, Staff.Organiser)).SessionId!.Value;

        var refusals = new[]
        {
            (await programme.AddAsync(eventId, opening with { Title = "Workshop" }, caller)).ErrorCode,
            (await programme.UpdateAsync(eventId, session, opening with { Title = "Andere titel" }, caller)).ErrorCode,
            (await programme.DuplicateAsync(eventId, session, caller)).ErrorCode,
            (await programme.MoveAsync(eventId, session, 1, caller)).ErrorCode,
            (await programme.DeleteAsync(eventId, session, caller)).ErrorCode,
            (await venues.CreateAsync(new VenueInput("Stadsschouwburg", null, AccessibilityFeatures.None, []), caller)).ErrorCode,
            (await venues.UpdateAsync(venue, new VenueInput("Andere naam", null, AccessibilityFeatures.None, []), caller)).ErrorCode,
            (await themes.AddAsync("Sport and play", null, caller)).ErrorCode,
            (await themes.RenameAsync(theme, "Digital skills", null, caller)).ErrorCode,
            (await themes.ArchiveAsync(theme, caller)).ErrorCode,
            (await themes.RestoreAsync(theme, caller)).ErrorCode,
        };

        Assert.All(refusals, code => Assert.Equal(AccessErrors.NotAllowed, code));
        await using var db = await database.NewContextAsync();
        Assert.Equal(["Opening"], await db.Sessions.Where(s => s.EventId == eventId).Select(s => s.Title).ToListAsync());
        Assert.Equal(["Forum Groningen"], await db.Venues.Select(v => v.Name).ToListAsync());
        Assert.False((await db.Themes.SingleAsync(t => t.Id == theme)).IsArchived);
        Assert.Equal("Digital inclusion", (await db.Themes.SingleAsync(t => t.Id == theme)).Name);
        Assert.False(await db.Themes.AnyAsync(t => t.Name == "Sport and play"));
    }
}
