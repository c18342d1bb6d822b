using EventHub.Core.Common;
using EventHub.Core.Events;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Events;

public class EventPlanningServiceTests
{
    private static readonly DateTime Day = new(2027, 3, 27); // the day before clocks go forward in Amsterdam

    [Fact]
    public async Task Create_ValidInput_StoresUtcAndTheZone()
    {
        await using var database = await TestDatabase.CreateAsync();
        var planning = database.Services.GetRequiredService<EventPlanningService>();

        var id = (await planning.CreateAsync(new EventInput("Voorjaarsdialoog", Day.AddHours(13), Day.AddHours(17), ThemeIds: [1, 2]), Staff.Organiser)).Value;

        var @event = (await database.Services.GetRequiredService<EventService>().GetAsync(id))!;
        Assert.Equal(new DateTime(2027, 3, 27, 12, 0, 0, DateTimeKind.Utc), @event.StartUtc);
        Assert.Equal(EventStatus.Draft, @event.Status);
        Assert.Equal([1, 2], @event.Themes.Select(t => t.Id).Order());
        Assert.Contains(@event.Themes, t => t.Name == "SDG 4 Quality education");
    }

    [Fact]
    public async Task Update_RaisesTheCalendarSequenceForANewTimeOrPlaceOnly_AndKeepsWhetherTheOnlineLinkIsPublic()
    {
        await using var database = await TestDatabase.CreateAsync();
        var planning = database.Services.GetRequiredService<EventPlanningService>();
        var input = new EventInput("Dialoog", Day.AddHours(13), Day.AddHours(17), OnlineUrl: "https://meet.example.org/a", ShowOnlineLinkPublicly: true);
        var id = (await planning.CreateAsync(input, Staff.Organiser)).Value;

        await planning.UpdateAsync(id, input with { Title = "Dialoog (nieuwe titel)" }, expectedVersion: 0, Staff.Organiser);
        var retitled = (await database.Services.GetRequiredService<EventService>().GetAsync(id))!;
        await planning.UpdateAsync(id, input with { LocalStart = Day.AddHours(14) }, expectedVersion: 1, Staff.Organiser);
        await planning.UpdateAsync(id, input with { LocalStart = Day.AddHours(14), OnlineUrl = "https://meet.example.org/b", ShowOnlineLinkPublicly = false }, expectedVersion: 2, Staff.Organiser);
        var moved = (await database.Services.GetRequiredService<EventService>().GetAsync(id))!;

        Assert.Equal((0, true), (retitled.CalendarSequence, retitled.ShowOnlineLinkPublicly));
        Assert.Equal((2, false), (moved.CalendarSequence, moved.ShowOnlineLinkPublicly));
    }

    [Theory]
    [InlineData("", 13, 17, null, null, EventErrors.TitleRequired)]
    [InlineData("Dialoog", 17, 13, null, null, EventErrors.EndBeforeStart)]
    [InlineData("Dialoog", 13, 17, 0, null, EventErrors.CapacityTooSmall)]
    [InlineData("Dialoog", 13, 17, null, "http://insecure.example.org", EventErrors.OnlineLinkInvalid)]
    public async Task Create_InvalidInput_SaysWhy(string title, int startHour, int endHour, int? capacity, string? onlineUrl, string expected)
    {
        await using var database = await TestDatabase.CreateAsync();
        var planning = database.Services.GetRequiredService<EventPlanningService>();

        var result = await planning.CreateAsync(new EventInput(title, Day.AddHours(startHour), Day.AddHours(endHour), Capacity: capacity, OnlineUrl: onlineUrl), Staff.Organiser);

        Assert.Equal(expected, result.ErrorCode);
    }

    [Theory]
    [InlineData("secretariaat@alliantie")]
    [InlineData("Secretariaat <secretariaat@alliantie.nl>")]
    public async Task Create_AnOrganiserEmailPartnersCannotWriteTo_IsRefused(string email)
    {
        await using var database = await TestDatabase.CreateAsync();
        var planning = database.Services.GetRequiredService<EventPlanningService>();

        var result = await planning.CreateAsync(new EventInput("Dialoog", Day.AddHours(13), Day.AddHours(17), OrganiserEmail: email), Staff.Organiser);

        Assert.Equal(EventErrors.OrganiserEmailInvalid, result.ErrorCode);
    }

    [Fact]
    public async Task Create_DeadlineAfterStart_IsRefused()
    {
        await using var database = await TestDatabase.CreateAsync();
        var planning = database.Services.GetRequiredService<EventPlanningService>();

        var result = await planning.CreateAsync(new EventInput("Dialoog", Day.AddHours(13), Day.AddHours(17), LocalRsvpDeadline: Day.AddHours(14)), Staff.Organiser);

        Assert.Equal(EventErrors.DeadlineNotBeforeStart, result.ErrorCode);
    }

    [Fact]
    public async Task Create_WithReminderDays_StoresThemLargestFirst_AndRefusesNonsense()
    {
        await using var database = await TestDatabase.CreateAsync();
        var planning = database.Services.GetRequiredService<EventPlanningService>();

        var id = (await planning.CreateAsync(new EventInput("Dialoog", Day.AddHours(13), Day.AddHours(17), ReminderDays: "3, 14"), Staff.Organiser)).Value;
        var nonsense = await planning.CreateAsync(new EventInput("Dialoog", Day.AddHours(13), Day.AddHours(17), ReminderDays: "3, 90"), Staff.Organiser);

        Assert.Equal("14,3", (await database.Services.GetRequiredService<EventService>().GetAsync(id))!.ReminderDays);
        Assert.Equal(EventErrors.ReminderDaysInvalid, nonsense.ErrorCode);
    }

    [Fact]
    public async Task Publish_Incomplete_SaysWhatIsMissing_ThenPublishesWithAReadableSlug()
    {
        await using var database = await TestDatabase.CreateAsync();
        var planning = database.Services.GetRequiredService<EventPlanningService>();
        var id = (await planning.CreateAsync(new EventInput("Alliantiedag Gelijke Kansen", Day.AddHours(13), Day.AddHours(17)), Staff.Organiser)).Value;

        Assert.Equal(EventErrors.NoPlace, (await planning.PublishAsync(id, Staff.Organiser)).ErrorCode);
        await planning.UpdateAsync(id, new EventInput("Alliantiedag Gelijke Kansen", Day.AddHours(13), Day.AddHours(17), OnlineUrl: "https://meet.example.org/a"), expectedVersion: 0, Staff.Organiser);
        Assert.Equal(EventErrors.NoSessions, (await planning.PublishAsync(id, Staff.Organiser)).ErrorCode);
        await database.Services.GetRequiredService<ProgrammeService>().AddAsync(id, new SessionInput("Opening", SessionKind.Plenary, Day.AddHours(13), Day.AddHours(14)), Staff.Organiser);

        Assert.True((await planning.PublishAsync(id, Staff.Organiser)).Succeeded);
        var @event = (await database.Services.GetRequiredService<EventService>().GetAsync(id))!;
        Assert.Equal("alliantiedag-gelijke-kansen-2027-03-27", @event.Slug);
    }

    [Fact]
    public async Task Publish_SameTitleSameDay_GetsItsOwnSlug()
    {
        await using var database = await TestDatabase.CreateAsync();
        var first = await PublishedEventAsync(database, "Dialoog");
        var second = await PublishedEventAsync(database, "Dialoog");

        var events = database.Services.GetRequiredService<EventService>();
        Assert.Equal("dialoog-2027-03-27", (await events.GetAsync(first))!.Slug);
        Assert.Equal("dialoog-2027-03-27-2", (await events.GetAsync(second))!.Slug);
    }

    [Fact]
    public async Task Update_PublishedEventMovedToAnotherDay_IsMarkedForInvitees_ButATitleChangeIsNot()
    {
        await using var database = await TestDatabase.CreateAsync();
        var planning = database.Services.GetRequiredService<EventPlanningService>();
        var id = await PublishedEventAsync(database, "Dialoog");

        await planning.UpdateAsync(id, new EventInput("Dialoog (nieuwe titel)", Day.AddHours(13), Day.AddHours(17), OnlineUrl: "https://meet.example.org/a"), expectedVersion: 0, Staff.Organiser);
        var renamed = (await database.Services.GetRequiredService<EventService>().GetAsync(id))!;
        await planning.UpdateAsync(id, new EventInput("Dialoog", Day.AddDays(1).AddHours(13), Day.AddDays(1).AddHours(17), OnlineUrl: "https://meet.example.org/a"), expectedVersion: 1, Staff.Organiser);
        var moved = (await database.Services.GetRequiredService<EventService>().GetAsync(id))!;

        Assert.Null(renamed.ChangedSinceInvitationsAtUtc);
        Assert.Equal(database.Time.GetUtcNow().UtcDateTime, moved.ChangedSinceInvitationsAtUtc);
    }

    [Fact]
    public async Task Copy_ToANewDayAcrossDaylightSaving_KeepsWallClockTimesProgrammeAndFacilitatorsAsADraft()
    {
        await using var database = await TestDatabase.CreateAsync();
        var id = await PublishedEventAsync(database, "Dialoog");

        var copyId = (await database.Services.GetRequiredService<EventPlanningService>().CopyAsync(id, new DateOnly(2027, 4, 3), Staff.Organiser)).Value;

        var copy = (await database.Services.GetRequiredService<EventService>().GetAsync(copyId))!;
        Assert.Equal(EventStatus.Draft, copy.Status);
        Assert.Null(copy.Slug);
        Assert.Equal(new DateTime(2027, 4, 3, 13, 0, 0), copy.LocalStart); // 13:00 summer time, though the UTC hour moved
        Assert.Equal(new DateTime(2027, 4, 3, 11, 0, 0, DateTimeKind.Utc), copy.StartUtc);
        var session = Assert.Single(copy.Sessions);
        Assert.Equal("Opening", session.Title);
        Assert.Equal(new DateTime(2027, 4, 3, 11, 0, 0, DateTimeKind.Utc), session.StartUtc);
    }

    [Fact]
    public async Task Copy_LastYearsEvent_KeepsTheOrganisersRemindersSectorWarningInvitationMessagesAndFeedbackDate()
    {
        await using var database = await TestDatabase.CreateAsync();
        var source = SampleEvents.Alliantiedag(); // 29 December 2026
        source.RemindOn([14, 3]);
        source.WarnAboveSectorShare(35);
        source.WriteInvitationMessage("Please come.", "Wij rekenen op u.");
        Assert.True(source.CloseFeedbackAt(SampleEvents.Amsterdam(2027, 1, 8, 0)).Succeeded);
        await SampleEvents.SaveAsync(database.DbFactory, source);

        var copyId = (await database.Services.GetRequiredService<EventPlanningService>().CopyAsync(source.Id, new DateOnly(2027, 12, 28), Staff.Organiser)).Value;

        var copy = (await database.Services.GetRequiredService<EventService>().GetAsync(copyId))!;
        Assert.Equal(("14,3", 35), (copy.ReminderDays, copy.SectorBalanceThreshold));
        Assert.Equal(("Please come.", "Wij rekenen op u."), (copy.InvitationMessageEn, copy.InvitationMessageNl));
        Assert.Equal(SampleEvents.Amsterdam(2028, 1, 7, 0), copy.FeedbackClosesAtUtc); // as long after the meeting as before
    }

    [Fact]
    public async Task EveryPlanningStep_ByAFacilitatorOrDoorStaff_IsRefused_AndChangesNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var planning = database.Services.GetRequiredService<EventPlanningService>();
        var id = await PublishedEventAsync(database, "Dialoog");
        var input = new EventInput("Overgenomen", Day.AddHours(9), Day.AddHours(10), OnlineUrl: "https://meet.example.org/b");

        var refusals = new List<string?>();
        foreach (var caller in new[] { Staff.Facilitator, Staff.Door })
        {
            refusals.Add((await planning.CreateAsync(input, caller)).ErrorCode);
            refusals.Add((await planning.UpdateAsync(id, input, expectedVersion: 0, caller)).ErrorCode);
            refusals.Add((await planning.PublishAsync(id, caller)).ErrorCode);
            refusals.Add((await planning.CloseAsync(id, caller)).ErrorCode);
            refusals.Add((await planning.ArchiveAsync(id, caller)).ErrorCode);
            refusals.Add((await planning.CancelAsync(id, "Niet meer nodig", caller)).ErrorCode);
            refusals.Add((await planning.CopyAsync(id, new DateOnly(2027, 4, 3), caller)).ErrorCode);
        }

        Assert.All(refusals, code => Assert.Equal(EventHub.Core.Common.AccessErrors.NotAllowed, code));
        await using var db = await database.NewContextAsync();
        var stored = await db.Events.SingleAsync(e => e.Id == id);
        Assert.Equal(("Dialoog", EventStatus.Published), (stored.Title, stored.Status));
        Assert.Equal(1, await db.Events.CountAsync(e => e.Title == "Dialoog" || e.Title == "Overgenomen"));
    }

    private static async Task<int> PublishedEventAsync(TestDatabase database, string title)
    {
        var planning = database.Services.GetRequiredService<EventPlanningService>();
        var id = (await planning.CreateAsync(new EventInput(title, Day.AddHours(13), Day.AddHours(17), OnlineUrl: "https://meet.example.org/a"), Staff.Organiser)).Value;
        await database.Services.GetRequiredService<ProgrammeService>().AddAsync(id, new SessionInput("Opening", SessionKind.Plenary, Day.AddHours(13), Day.AddHours(14)), Staff.Organiser);
        Assert.True((await planning.PublishAsync(id, Staff.Organiser)).Succeeded);
        return id;
    }
}
