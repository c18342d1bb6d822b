using System.Globalization;
using System.Net;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Tests.Support;

namespace EventHub.Tests.Integration.Engagement;

/// <summary>The survey page a guest opens from the feedback email, over plain HTTP.</summary>
public class FeedbackSurveyPageTests(EventHubAppFixture app) : IClassFixture<EventHubAppFixture>
{
    [Fact]
    public async Task TheSurveyOfATwoDayConference_NamesBothItsDays()
    {
        var world = new FeedbackWorld(app.Factory.Services);
        var start = DateTime.UtcNow.Date.AddDays(-5).AddHours(8);
        var end = start.AddHours(33); // 09:00 on the first day to 17:00 on the second, in Amsterdam
        var @event = await world.EventAsync($"Conferentie {Guid.NewGuid():N}"[..16], start, hours: 33);
        var guest = (await world.GuestsAsync(@event, Sector.Education, 1)).Single();
        await world.SendSurveysAsync();
        var client = SignIn.NewClient(app.Factory);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/feedback/{await world.SurveyTokenAsync(guest)}"));

        var when = html[html.IndexOf("class=\"eh-event-when\"", StringComparison.Ordinal)..];
        when = when[..when.IndexOf("</p>", StringComparison.Ordinal)];
        var english = CultureInfo.GetCultureInfo("en-GB");
        Assert.Contains(EventTime.ToLocal(start, EventTime.DefaultTimeZoneId).ToString("dddd d", english), when);
        Assert.Contains(EventTime.ToLocal(end, EventTime.DefaultTimeZoneId).ToString("dddd d", english), when);
    }
}
