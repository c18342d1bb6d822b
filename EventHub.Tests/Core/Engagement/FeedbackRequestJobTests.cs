using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Engagement;
using EventHub.Core.Events;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Engagement;

/// <summary>
/// Who is asked for feedback and when: everyone who was in the room (checked in, admitted or walked in), the morning
/// after the event, once ever, in their own language, while the survey is open.
/// </summary>
public class FeedbackRequestJobTests : IAsyncLifetime
{
    private TestDatabase _db = default!;
    private FeedbackWorld _world = default!;

    private FeedbackRequestJob Job => _db.Services.GetRequiredService<FeedbackRequestJob>();

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = new FeedbackWorld(_db.Services);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task EveryoneInTheRoom_IsAskedOnce_AndNobodyWhoStayedAway()
    {
        var @event = await _world.EventAsync("Dialoogavond");
        var checkedIn = await _world.GuestsAsync(@event, Sector.Education, 2);
        var admitted = await _world.GuestsAsync(@event, Sector.Business, 1, GuestFate.Admitted);
        var walkIn = await _world.GuestsAsync(@event, null, 1, GuestFate.WalkIn);
        await _world.GuestsAsync(@event, Sector.Government, 2, GuestFate.NoShow);
        await _world.GuestsAsync(@event, Sector.Government, 1, GuestFate.Declined);

        var first = await Job.QueueDueAsync();
        var again = await Job.QueueDueAsync();
        _db.Time.Advance(TimeSpan.FromDays(3));
        var later = await Job.QueueDueAsync();

        Assert.Equal((4, 0, 0), (first, again, later));
        await using var db = await _db.NewContextAsync();
        var asked = await db.FeedbackRequests.Select(r => r.InvitationId).OrderBy(id => id).ToListAsync();
        Assert.Equal(checkedIn.Concat(admitted).Concat(walkIn).Order(), asked);
        var emails = await db.OutboxMessages.Where(m => m.Kind == FeedbackEmails.Kind).ToListAsync();
        Assert.Equal(4, emails.Count);
        Assert.All(emails, m => Assert.StartsWith("How was Dialoogavond?", m.Subject));
        // Only the link's hash is stored: the text holds a placeholder, the sent email the real link that opens the survey.
        var token = await _world.SurveyTokenAsync(checkedIn[0]);
        Assert.All(emails, m => Assert.DoesNotContain(token, m.TextBody + m.HtmlBody));
        var view = await _db.Services.GetRequiredService<FeedbackSurveyService>().GetAsync(token);
        Assert.Equal("Dialoogavond", view!.EventTitle);
    }

    [Fact]
    public async Task TheSurvey_GoesTheMorningAfter_NotOnTheEveningItself()
    {
        // This event ends at 22:00 in Amsterdam on 30 November (21:00 UTC); the survey goes at 09:00 there on 1 December.
        var @event = await _world.EventAsync("Maandagavond", new DateTime(2026, 11, 30, 19, 0, 0, DateTimeKind.Utc));
        await _world.GuestsAsync(@event, Sector.Education, 1);
        _db.Time.SetUtcNow(new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.Zero));

        var atNight = await Job.QueueDueAsync();
        _db.Time.SetUtcNow(new DateTimeOffset(2026, 12, 1, 7, 59, 0, TimeSpan.Zero));
        var beforeNine = await Job.QueueDueAsync();
        _db.Time.SetUtcNow(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
        var atNine = await Job.QueueDueAsync();

        Assert.Equal((0, 0, 1), (atNight, beforeNine, atNine));
    }

    [Fact]
    public async Task AClosedSurvey_ACancelledEvent_AndPeopleWhoAskedNotToBeInvited_GetNothing()
    {
        var closed = await _world.EventAsync("Lang geleden", FeedbackWorld.EventStart.AddDays(-20));
        await _world.GuestsAsync(closed, Sector.Education, 2);
        var cancelled = await _world.EventAsync("Afgelast", status: EventStatus.Cancelled);
        await _world.GuestsAsync(cancelled, Sector.Education, 1);
        var open = await _world.EventAsync("Open");
        var ids = await _world.GuestsAsync(open, Sector.Business, 2);
        var (stopped, asked) = (ids[0], ids[1]);
        await using (var db = await _db.NewContextAsync())
        {
            var contact = await db.Invitations.Where(i => i.Id == stopped).Select(i => i.Contact).SingleAsync();
            contact.ObjectToInvitations(_db.Time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        }

        var queued = await Job.QueueDueAsync();

        Assert.Equal(1, queued);
        await using var check = await _db.NewContextAsync();
        Assert.Equal(asked, await check.FeedbackRequests.Select(r => r.InvitationId).SingleAsync());
    }

    [Fact]
    public async Task ADutchGuest_IsAskedInDutch_WithTheLastDayToAnswer()
    {
        var @event = await _world.EventAsync("Dialoogavond Kansengelijkheid");
        var guest = (await _world.GuestsAsync(@event, Sector.CivilSociety, 1, language: Language.Nl)).Single();

        await Job.QueueDueAsync();

        await using var db = await _db.NewContextAsync();
        var email = await db.OutboxMessages.SingleAsync(m => m.Kind == FeedbackEmails.Kind);
        Assert.Equal("Hoe was Dialoogavond Kansengelijkheid? Uw mening telt", email.Subject);
        Assert.Contains("Beste Person", email.TextBody);
        // 26 November + 14 days: open through Thursday 10 December.
        Assert.Contains("tot en met donderdag 10 december 2026", email.TextBody);
        Assert.Equal($"feedback:{guest}", email.DeduplicationKey);
    }

    [Fact]
    public async Task AnEnglishGuest_ReadsThatTheLastDayItselfStillCounts()
    {
        var @event = await _world.EventAsync("Dialoogavond Kansengelijkheid");
        await _world.GuestsAsync(@event, Sector.CivilSociety, 1, language: Language.En);

        await Job.QueueDueAsync();

        await using var db = await _db.NewContextAsync();
        var email = await db.OutboxMessages.SingleAsync(m => m.Kind == FeedbackEmails.Kind);
        // "Until Thursday" alone leaves it open whether Thursday itself counts; the survey closes at its end.
        Assert.Contains("open until the end of Thursday 10 December 2026", email.TextBody);
    }

    [Fact]
    public async Task TheJob_RunsWithTheOtherReminderJobs()
    {
        var jobs = _db.Services.CreateScope().ServiceProvider.GetServices<IReminderJob>();

        Assert.Contains(jobs, j => j is FeedbackRequestJob);
    }
}
