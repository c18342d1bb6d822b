using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Engagement;
using EventHub.Core.Events;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Engagement;

/// <summary>
/// The survey link is as safe as an RSVP link: it opens one person's survey and nothing else; one answer per link,
/// changeable until the survey closes, read-only after that, and expired some time later.
/// </summary>
public class FeedbackSurveyServiceTests : IAsyncLifetime
{
    private static readonly FeedbackInput Good = new(4, 5, 3, "Meer tijd voor de tafels", "Ik bel de bibliotheek");

    private TestDatabase _db = default!;
    private FeedbackWorld _world = default!;

    private FeedbackSurveyService Survey => _db.Services.GetRequiredService<FeedbackSurveyService>();

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = new FeedbackWorld(_db.Services);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task UnknownLinks_AndTheGuestsRsvpLink_OpenNothing()
    {
        var @event = await _world.EventAsync("Dialoogavond");
        var guest = (await _world.GuestsAsync(@event, Sector.Education, 1)).Single();
        var rsvpToken = PersonalLinkTokens.NewToken();
        await using (var db = await _db.NewContextAsync())
        {
            (await db.Invitations.SingleAsync(i => i.Id == guest)).Issue(PersonalLinkTokens.Hash(rsvpToken), _db.Time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        }

        await _db.Services.GetRequiredService<FeedbackRequestJob>().QueueDueAsync();

        Assert.Null(await Survey.GetAsync("no-such-link"));
        Assert.Null(await Survey.GetAsync(""));
        Assert.Null(await Survey.GetAsync(rsvpToken));
        Assert.Null(await Survey.ExpiredAsync("no-such-link"));
        Assert.Null(await Survey.LanguageAsync(rsvpToken));
        Assert.Equal(FeedbackErrors.NotFound, (await Survey.AnswerAsync(rsvpToken, Good)).ErrorCode);
        Assert.NotNull(await Survey.GetAsync(await _world.SurveyTokenAsync(guest)));
    }

    [Fact]
    public async Task ALink_OpensOnlyItsOwnPersonsSurvey_OfItsOwnEvent()
    {
        var first = await _world.EventAsync("Eerste avond");
        var second = await _world.EventAsync("Tweede avond");
        var a = (await _world.GuestsAsync(first, Sector.Education, 1)).Single();
        var b = (await _world.GuestsAsync(second, Sector.Business, 1)).Single();
        await _db.Services.GetRequiredService<FeedbackRequestJob>().QueueDueAsync();

        await Survey.AnswerAsync(await _world.SurveyTokenAsync(a), Good);

        var viewB = await Survey.GetAsync(await _world.SurveyTokenAsync(b));
        Assert.Equal("Tweede avond", viewB!.EventTitle);
        Assert.Null(viewB.Answer);
        await using var db = await _db.NewContextAsync();
        var answer = await db.FeedbackAnswers.SingleAsync();
        Assert.Equal((first.Id, Sector.Education), (answer.EventId, answer.Sector));
    }

    [Fact]
    public async Task OneAnswerPerLink_ChangeableUntilTheSurveyCloses_ThenReadOnly_ThenExpired()
    {
        var @event = await _world.EventAsync("Dialoogavond");
        var guest = (await _world.GuestsAsync(@event, Sector.Education, 1)).Single();
        await _db.Services.GetRequiredService<FeedbackRequestJob>().QueueDueAsync();
        var token = await _world.SurveyTokenAsync(guest);

        var answered = await Survey.AnswerAsync(token, Good);
        var changed = await Survey.AnswerAsync(token, Good with { Heard = 2, NextStep = "  " });
        var open = await Survey.GetAsync(token);
        // Open through 10 December in Amsterdam: it closes at midnight, 23:00 UTC.
        _db.Time.SetUtcNow(new DateTimeOffset(2026, 12, 10, 23, 0, 0, TimeSpan.Zero));
        var afterClosing = await Survey.AnswerAsync(token, Good with { Heard = 5 });
        var closed = await Survey.GetAsync(token);
        _db.Time.SetUtcNow(new DateTimeOffset(2027, 1, 9, 23, 0, 0, TimeSpan.Zero));
        var expired = await Survey.GetAsync(token);
        var whomToAsk = await Survey.ExpiredAsync(token);

        Assert.True(answered.Succeeded && changed.Succeeded);
        Assert.Equal((true, 2, (string?)null), (open!.IsOpen, open.Answer!.Heard, open.Answer.NextStep));
        Assert.Equal(new DateOnly(2026, 12, 10), open.LastDay);
        Assert.Equal(FeedbackErrors.Closed, afterClosing.ErrorCode);
        Assert.Equal((false, 2), (closed!.IsOpen, closed.Answer!.Heard));
        Assert.Null(expired);
        Assert.NotNull(whomToAsk);
        await using var db = await _db.NewContextAsync();
        Assert.Equal(1, await db.FeedbackAnswers.CountAsync());
    }

    [Fact]
    public async Task AnOrganiserMayKeepTheSurveyOpenLonger_ButNotCloseItBeforeItGoesOut()
    {
        var @event = await _world.EventAsync("Dialoogavond");
        var guest = (await _world.GuestsAsync(@event, Sector.Education, 1)).Single();
        await _db.Services.GetRequiredService<FeedbackRequestJob>().QueueDueAsync();
        var results = _db.Services.GetRequiredService<FeedbackResultsService>();

        var tooEarly = await results.SetLastDayAsync(@event.Id, new DateOnly(2026, 11, 25), Staff.Organiser);
        var sameDay = await results.SetLastDayAsync(@event.Id, new DateOnly(2026, 11, 26), Staff.Organiser);
        var dayItWentOut = await results.SetLastDayAsync(@event.Id, new DateOnly(2026, 11, 27), Staff.Organiser);
        var byFacilitator = await results.SetLastDayAsync(@event.Id, new DateOnly(2026, 12, 31), Staff.Facilitator);
        var longer = await results.SetLastDayAsync(@event.Id, new DateOnly(2026, 12, 31), Staff.Organiser);
        _db.Time.SetUtcNow(new DateTimeOffset(2026, 12, 20, 12, 0, 0, TimeSpan.Zero));
        var late = await Survey.AnswerAsync(await _world.SurveyTokenAsync(guest), Good);

        Assert.Equal(EventErrors.FeedbackCloseBeforeSend, tooEarly.ErrorCode);
        Assert.Equal(EventErrors.FeedbackCloseBeforeSend, sameDay.ErrorCode);
        Assert.True(dayItWentOut.Succeeded);
        Assert.Equal(AccessErrors.NotAllowed, byFacilitator.ErrorCode);
        Assert.True(longer.Succeeded && late.Succeeded);
        Assert.Equal(new DateOnly(2026, 12, 31), (await results.ForEventAsync(@event.Id))!.LastDay);
    }

    [Fact]
    public async Task AnEveningEvent_ItsOwnDayAsLastDay_IsRefused_BecauseTheSurveyGoesOutTheNextMorning()
    {
        // Saturday 28 November 2026, 20:00–22:00 in Amsterdam; the survey goes out on Sunday from 09:00.
        var @event = await _world.EventAsync("Avond", new DateTime(2026, 11, 28, 19, 0, 0, DateTimeKind.Utc));
        await _world.GuestsAsync(@event, Sector.Education, 12);
        var results = _db.Services.GetRequiredService<FeedbackResultsService>();

        var eventDay = await results.SetLastDayAsync(@event.Id, new DateOnly(2026, 11, 28), Staff.Organiser);
        var nextDay = await results.SetLastDayAsync(@event.Id, new DateOnly(2026, 11, 29), Staff.Organiser);
        var asked = await _world.SendSurveysAsync(); // Sunday 10:00 in Amsterdam

        Assert.Equal(EventErrors.FeedbackCloseBeforeSend, eventDay.ErrorCode);
        Assert.True(nextDay.Succeeded);
        Assert.Equal(12, asked);
        Assert.False((await results.ForEventAsync(@event.Id))!.ClosesBeforeSending);
    }

    [Fact]
    public async Task AnOpenAnswerThatFitTheBox_PostedWithItsLineBreaksAsCrLf_IsAccepted_AndKeptWithItsLines()
    {
        var @event = await _world.EventAsync("Dialoogavond");
        var guest = (await _world.GuestsAsync(@event, Sector.Education, 1)).Single();
        await _world.SendSurveysAsync();
        // 20 lines of 99 characters: 1999 in the box (maxlength 2000 counts a line break once); the form posts CRLF, 2018.
        var typed = string.Join("\n", Enumerable.Repeat(new string('a', 99), 20));

        var answered = await Survey.AnswerAsync(await _world.SurveyTokenAsync(guest), Good with { ShouldChange = typed.Replace("\n", "\r\n", StringComparison.Ordinal) });

        Assert.True(answered.Succeeded, answered.ErrorCode);
        var kept = Assert.Single(await _db.Services.GetRequiredService<FeedbackResultsService>().OpenAnswersAsync(@event.Id));
        Assert.Equal(typed, kept.ShouldChange);
    }

    [Fact]
    public async Task MissingRatings_AndTooLongAnswers_AreRefused_EachWithItsField()
    {
        var @event = await _world.EventAsync("Dialoogavond");
        var guest = (await _world.GuestsAsync(@event, Sector.Education, 1)).Single();
        await _db.Services.GetRequiredService<FeedbackRequestJob>().QueueDueAsync();
        var input = new FeedbackInput(null, 6, 3, new string('x', FeedbackAnswer.OpenAnswerMaxLength + 1), null);

        var result = await Survey.AnswerAsync(await _world.SurveyTokenAsync(guest), input);

        Assert.Equal(FeedbackErrors.Invalid, result.ErrorCode);
        Assert.Equal([FeedbackField.Heard, FeedbackField.Worthwhile, FeedbackField.ShouldChange], input.Problems().Select(p => p.Field));
        await using var db = await _db.NewContextAsync();
        Assert.Equal(0, await db.FeedbackAnswers.CountAsync());
    }
}
