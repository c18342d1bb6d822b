using System.ComponentModel.DataAnnotations;
using EventHub.App.Components.Pages.Events;

namespace EventHub.Tests.Components.Events;

public class EventFormTests
{
    [Fact]
    public void Form_DateAndTimesFromTheBrowser_BecomeLocalTimes()
    {
        var form = new EventForm { Title = "Dialoog", StartDate = "2027-02-10", StartTime = "13:00", EndTime = "17:00" };

        Assert.Equal(new DateTime(2027, 2, 10, 13, 0, 0), form.LocalStart);
        Assert.Equal(new DateTime(2027, 2, 10, 17, 0, 0), form.LocalEnd);
        Assert.Empty(Problems(form));
    }

    [Fact]
    public void Form_TimesWithSeconds_AsChromiumSendsThem_AreUnderstood()
    {
        var form = new EventForm { Title = "Dialoog", StartDate = "2027-02-10", StartTime = "13:00:00", EndTime = "17:30:00" };

        Assert.Equal(new DateTime(2027, 2, 10, 17, 30, 0), form.LocalEnd);
    }

    [Fact]
    public void Form_EndBeforeStartOrDeadlineAfterStart_IsReportedAtTheField()
    {
        var endsEarly = new EventForm { Title = "Dialoog", StartDate = "2027-02-10", StartTime = "13:00", EndTime = "12:00" };
        var lateDeadline = new EventForm { Title = "Dialoog", StartDate = "2027-02-10", StartTime = "13:00", EndTime = "17:00", DeadlineDate = "2027-02-11" };

        Assert.Equal(nameof(EventForm.EndTime), Assert.Single(Problems(endsEarly)).MemberNames.Single());
        Assert.Equal(nameof(EventForm.DeadlineDate), Assert.Single(Problems(lateDeadline)).MemberNames.Single());
    }

    [Fact]
    public void Form_ReminderDaysThatAreNotDayCounts_AreReportedAtTheField()
    {
        var form = new EventForm { Title = "Dialoog", StartDate = "2027-02-10", StartTime = "13:00", EndTime = "17:00", ReminderDays = "7, next week" };

        Assert.Equal(nameof(EventForm.ReminderDays), Assert.Single(Problems(form)).MemberNames.Single());
    }

    [Fact]
    public void Form_ShowOnlineLinkPublicly_GoesIntoTheInputAndComesBackFromTheEvent()
    {
        var form = new EventForm { Title = "Dialoog", StartDate = "2027-02-10", StartTime = "13:00", EndTime = "17:00", OnlineUrl = "https://meet.example.org/a", ShowOnlineLinkPublicly = true };
        var @event = new EventHub.Core.Events.Event("Dialoog", new DateTime(2027, 2, 10, 12, 0, 0, DateTimeKind.Utc), new DateTime(2027, 2, 10, 16, 0, 0, DateTimeKind.Utc));
        @event.ShowOnlineLinkToPublic(true);

        Assert.True(form.ToInput().ShowOnlineLinkPublicly);
        Assert.True(EventForm.From(@event).ShowOnlineLinkPublicly);
        Assert.False(new EventForm().ShowOnlineLinkPublicly); // off unless the organisers choose it
    }

    private static List<ValidationResult> Problems(EventForm form)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(form, new ValidationContext(form), results, validateAllProperties: true);
        return results;
    }
}
