using System.Net;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Outcomes;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Integration.Outcomes;

/// <summary>A facilitator records only the sessions they facilitate: the page says so and the server refuses the save.</summary>
public class OutcomeAccessTests(EventHubAppFixture app) : IClassFixture<EventHubAppFixture>
{
    private const string Facilitator = "facilitator@eventhub.example";

    [Fact]
    public async Task Facilitator_OpeningSomeoneElsesSession_GetsNoEditorAndTheServerRefusesTheSave()
    {
        var (own, other, facilitatorId) = await SessionsAsync();
        var client = await SignIn.AsAsync(app.Factory, Facilitator);

        var page = await client.GetStringAsync($"/sessions/{other}/outcome");
        var save = await Outcomes.SaveAsync(other, OutcomeDraft.Empty with { Notes = "Niet mijn sessie" }, 0,
            TeamMember.InRoles(facilitatorId, "Femke Jansen", EventHub.Core.Common.Roles.Facilitator));

        Assert.Contains("This is not your session", page);
        Assert.DoesNotContain("id=\"outcome-notes\"", page);
        Assert.Equal(OutcomeErrors.Forbidden, save.ErrorCode);
        Assert.Contains("id=\"outcome-notes\"", await client.GetStringAsync($"/sessions/{own}/outcome"));
    }

    [Fact]
    public async Task Organiser_OpensAnySessionFromTheProgramme()
    {
        var (_, other, _) = await SessionsAsync();
        var client = await SignIn.AsAsync(app.Factory, "organiser@eventhub.example");
        await using var db = await app.Factory.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        var eventId = await db.Sessions.Where(s => s.Id == other).Select(s => s.EventId).SingleAsync();

        var programme = await client.GetStringAsync($"/events/{eventId}");
        var page = await client.GetStringAsync($"/sessions/{other}/outcome");

        Assert.Contains($"href=\"sessions/{other}/outcome\"", programme);
        Assert.Contains("id=\"outcome-notes\"", page);
    }

    [Fact]
    public async Task DoorStaff_CannotOpenTheCaptureScreen()
    {
        var (own, _, _) = await SessionsAsync();
        var client = await SignIn.AsAsync(app.Factory, "door@eventhub.example");

        var response = await client.GetAsync($"/sessions/{own}/outcome");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery);
    }

    private OutcomeService Outcomes => app.Factory.Services.GetRequiredService<OutcomeService>();

    /// <summary>A session the demo facilitator chairs, one of the same event they do not, and their user id.</summary>
    private async Task<(int Own, int Other, string FacilitatorId)> SessionsAsync()
    {
        await using var db = await app.Factory.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        var facilitatorId = await db.Users.Where(u => u.Email == Facilitator).Select(u => u.Id).SingleAsync();
        var own = await db.Sessions.Where(s => s.Facilitators.Any(f => f.Id == facilitatorId)).OrderBy(s => s.StartUtc).FirstAsync();
        var other = await db.Sessions.Where(s => s.EventId == own.EventId && !s.Facilitators.Any()).Select(s => s.Id).FirstAsync();
        return (own.Id, other, facilitatorId);
    }
}
