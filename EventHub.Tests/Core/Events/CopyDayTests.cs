using EventHub.Core.Events;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Events;

/// <summary>The day a copied meeting is proposed for (the same weekday a quarter on), and no copy on a day already past.</summary>
public class CopyDayTests
{
    [Fact]
    public void Proposed_ARecentMeeting_IsTheSameWeekdayThirteenWeeksLater()
    {
        var proposed = CopyDay.Proposed(original: new DateOnly(2026, 12, 10), today: new DateOnly(2026, 12, 7));

        Assert.Equal(new DateOnly(2027, 3, 11), proposed);
        Assert.Equal(DayOfWeek.Thursday, proposed.DayOfWeek);
    }

    [Fact]
    public void Proposed_AnOldMeeting_IsTheFirstQuarterOnThatLeavesFourWeeksToInvite()
    {
        var today = new DateOnly(2026, 12, 7);

        var proposed = CopyDay.Proposed(original: new DateOnly(2025, 1, 9), today);

        Assert.Equal(DayOfWeek.Thursday, proposed.DayOfWeek);
        Assert.InRange(proposed, today.AddDays(CopyDay.DaysToInvite), today.AddDays(CopyDay.DaysToInvite + 7 * CopyDay.WeeksBetweenMeetings));
        Assert.Equal(0, (proposed.DayNumber - new DateOnly(2025, 1, 9).DayNumber) % (7 * CopyDay.WeeksBetweenMeetings));
    }

    [Fact]
    public async Task Copy_ToADayAlreadyPast_IsRefusedAndMakesNoEvent()
    {
        await using var database = await TestDatabase.CreateAsync();
        var source = SampleEvents.Alliantiedag();
        await SampleEvents.SaveAsync(database.DbFactory, source);
        var yesterday = DateOnly.FromDateTime(database.Time.GetUtcNow().UtcDateTime).AddDays(-1);
        var planning = database.Services.GetRequiredService<EventPlanningService>();

        var refused = await planning.CopyAsync(source.Id, yesterday, Staff.Organiser);
        var today = await planning.CopyAsync(source.Id, yesterday.AddDays(1), Staff.Organiser);

        Assert.Equal(EventErrors.CopyDayPassed, refused.ErrorCode);
        Assert.True(today.Succeeded, today.ErrorCode);
        await using var db = await database.NewContextAsync();
        Assert.Equal(2, db.Events.Count()); // the source and today's copy
    }
}
