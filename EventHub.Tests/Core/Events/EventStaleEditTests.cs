using EventHub.Core.Common;
using EventHub.Core.Events;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Events;

/// <summary>
/// Two organisers open the edit form of a published event. One moves it to another day and adds places (its guests are
/// told); the other, on the form opened before that, fixes a typo. That save is refused: it would put back the old date
/// and capacity and email every guest a second change.
/// </summary>
public class EventStaleEditTests
{
    private static readonly DateTime LocalStart = EventTime.ToLocal(AcceptedGuests.Start, EventTime.DefaultTimeZoneId); // 14 January 2027

    [Fact]
    public async Task Update_FromAFormOpenedBeforeAnotherOrganisersSave_IsRefused_AndKeepsTheirDateCapacityAndEmails()
    {
        await using var database = await TestDatabase.CreateAsync();
        var guest = await AcceptedGuests.AddAsync(database.Services);
        var opened = (await Events(database).GetAsync(guest.EventId))!; // both organisers open the form
        var formOfA = InputOf(opened);
        var formOfB = InputOf(opened);
        var movedByA = await Planning(database).UpdateAsync(guest.EventId,
            formOfA with { LocalStart = LocalStart.AddDays(7), LocalEnd = LocalStart.AddDays(7).AddHours(2), Capacity = 150 }, opened.Version, Staff.Organiser);
        Assert.True(movedByA.Succeeded, movedByA.ErrorCode);
        var emailsAfterA = await EmailsAsync(database);

        var savedByB = await Planning(database).UpdateAsync(guest.EventId, formOfB with { Description = "Typfout hersteld." }, opened.Version, Staff.Organiser);

        var now = (await Events(database).GetAsync(guest.EventId))!;
        Assert.Equal(EventErrors.ChangedMeanwhile, savedByB.ErrorCode);
        Assert.Equal((new DateOnly(2027, 1, 21), 150, (string?)null), (DateOnly.FromDateTime(now.LocalStart), now.Capacity, now.Description));
        Assert.Equal(LocalStart.AddDays(7), EventTime.ToLocal(Assert.Single(now.Sessions).StartUtc, now.TimeZoneId)); // the programme stays moved
        Assert.Equal(emailsAfterA, await EmailsAsync(database));
    }

    [Fact]
    public async Task Update_AfterSeeingTheNewerEvent_SavesOnTopOfIt()
    {
        await using var database = await TestDatabase.CreateAsync();
        var guest = await AcceptedGuests.AddAsync(database.Services);
        var opened = (await Events(database).GetAsync(guest.EventId))!;
        Assert.True((await Planning(database).UpdateAsync(guest.EventId, InputOf(opened) with { Capacity = 150 }, opened.Version, Staff.Organiser)).Succeeded);
        var refused = await Planning(database).UpdateAsync(guest.EventId, InputOf(opened) with { Description = "Typfout hersteld." }, opened.Version, Staff.Organiser);
        Assert.Equal(EventErrors.ChangedMeanwhile, refused.ErrorCode);
        var shown = (await Events(database).GetAsync(guest.EventId))!;

        var saved = await Planning(database).UpdateAsync(guest.EventId, InputOf(shown) with { Description = "Typfout hersteld." }, shown.Version, Staff.Organiser);

        Assert.True(saved.Succeeded, saved.ErrorCode);
        var now = (await Events(database).GetAsync(guest.EventId))!;
        Assert.Equal(("Typfout hersteld.", 150), (now.Description, now.Capacity));
        Assert.Equal(shown.Version + 1, now.Version);
    }

    [Fact]
    public Task Update_SixOrganisersSavingTheSameFormAtOnce_SavesOne_AndRefusesTheOthers() => SavingAtOnceAsync(onPostgres: false);

    /// <summary>PostgreSQL lets the writers in together: the version, a concurrency token, refuses all but the first.</summary>
    [Fact]
    public Task Update_SixOrganisersSavingTheSameFormAtOnce_SavesOne_AndRefusesTheOthers_OnPostgres() => SavingAtOnceAsync(onPostgres: true);

    private static async Task SavingAtOnceAsync(bool onPostgres)
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10, onPostgres: onPostgres);
        var opened = (await scenario.Services.GetRequiredService<EventService>().GetAsync(scenario.EventId))!;
        var planning = scenario.Services.GetRequiredService<EventPlanningService>();

        var saves = await Task.WhenAll(Enumerable.Range(1, 6).Select(n => Task.Run(() =>
            planning.UpdateAsync(scenario.EventId, InputOf(opened) with { Capacity = 10 + n }, opened.Version, Staff.Organiser))));

        var saved = Assert.Single(saves, s => s.Succeeded);
        Assert.All(saves.Where(s => s != saved), s => Assert.Equal(EventErrors.ChangedMeanwhile, s.ErrorCode));
        var now = (await scenario.Services.GetRequiredService<EventService>().GetAsync(scenario.EventId))!;
        Assert.Equal(opened.Version + 1, now.Version);
    }

    /// <summary>What the edit form holds for <paramref name="event"/>, unchanged.</summary>
    private static EventInput InputOf(Event @event) => new(@event.Title, @event.LocalStart, @event.LocalEnd, @event.TimeZoneId, @event.Description,
        @event.VenueId, @event.OnlineUrl, @event.Capacity, @event.RsvpDeadlineUtc is { } deadline ? EventTime.ToLocal(deadline, @event.TimeZoneId) : null,
        @event.OrganiserName, @event.OrganiserEmail, @event.Themes.Select(t => t.Id).ToList(), @event.SectorBalanceThreshold, @event.ReminderDays, @event.Language,
        @event.ShowOnlineLinkPublicly);

    private static EventService Events(TestDatabase database) => database.Services.GetRequiredService<EventService>();

    private static EventPlanningService Planning(TestDatabase database) => database.Services.GetRequiredService<EventPlanningService>();

    private static async Task<int> EmailsAsync(TestDatabase database)
    {
        await using var db = await database.NewContextAsync();
        return await db.OutboxMessages.CountAsync();
    }
}
