using Bunit;
using EventHub.App.Components.Pages.Engagement.Feedback;
using EventHub.App.Hosting;
using EventHub.Core.Common;
using EventHub.Core.Events;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Components.Engagement;

/// <summary>The event's feedback page says when the survey goes out only when it really will.</summary>
public class EventFeedbackPageTests : ComponentTestBase
{
    [Fact]
    public async Task TheEventMovedPastTheSurveysLastDay_PageSaysNobodyWillBeAsked_InsteadOfADayItGoesOut()
    {
        // Thursday 10 December 2026, 20:00–22:00 in Amsterdam; the survey's last day is Friday, the day it goes out.
        var @event = new Event("Dialoogavond", new DateTime(2026, 12, 10, 19, 0, 0, DateTimeKind.Utc), new DateTime(2026, 12, 10, 21, 0, 0, DateTimeKind.Utc));
        Assert.True(@event.CloseFeedbackAt(EventTime.ToUtc(new DateTime(2026, 12, 12), @event.TimeZoneId)).Succeeded);
        await AddEventsAsync(@event);
        SignInAs("Olivia Organiser", Policies.Organise, Policies.Facilitate);
        var before = Render<EventFeedbackPage>(p => p.Add(c => c.Id, @event.Id));
        before.WaitForAssertion(() => Assert.Contains("The survey goes to everyone who attended on Friday 11 December 2026.", before.Find("#feedback-sending").TextContent));

        // Then the event moves to Saturday: the survey would go out on Sunday, after its last day.
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            var tracked = await db.Events.SingleAsync(e => e.Id == @event.Id);
            tracked.Reschedule(tracked.StartUtc.AddDays(2), tracked.EndUtc.AddDays(2), tracked.TimeZoneId);
            await db.SaveChangesAsync();
        }

        var after = Render<EventFeedbackPage>(p => p.Add(c => c.Id, @event.Id));

        after.WaitForAssertion(() => Assert.Equal(
            "Nobody will be asked: the last day comes before Sunday 13 December 2026, when the survey goes out. Choose a later last day.",
            after.Find("#feedback-sending").TextContent.Trim()));
    }

    [Fact]
    public async Task ATwoDayEvent_IsHeadedWithBothItsDays()
    {
        // Thursday 10 December 2026 09:00 to Friday 11 December 17:00 in Amsterdam.
        var @event = new Event("Alliantieconferentie", new DateTime(2026, 12, 10, 8, 0, 0, DateTimeKind.Utc), new DateTime(2026, 12, 11, 16, 0, 0, DateTimeKind.Utc));
        await AddEventsAsync(@event);
        SignInAs("Olivia Organiser", Policies.Organise, Policies.Facilitate);

        var page = Render<EventFeedbackPage>(p => p.Add(c => c.Id, @event.Id));

        page.WaitForAssertion(() => Assert.Contains("Thursday 10 – Friday 11 December 2026", page.Markup));
    }
}
