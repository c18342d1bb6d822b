using EventHub.Core.Common;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Invitations;

/// <summary>
/// The privacy notice says needs and decline notes are deleted a set number of days (default 30) after the event
/// ends; the event's planning counts must stay as they were.
/// </summary>
public class NeedsRetentionTests
{
    // The scenario's event ends on 10 March 2027 at 17:00 UTC.
    private static readonly DateTime EventEnd = InvitationScenario.EventStart.AddHours(4);

    [Fact]
    public async Task ThirtyDaysAfterTheEvent_NeedsAndDeclineNotesAreDeleted_AndThePlanningCountsStay()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 5, capacity: 2);
        await AnswerWithNeedsAsync(scenario);
        var guests = scenario.Services.GetRequiredService<GuestListService>();
        var before = await guests.PlanningCountsAsync(scenario.EventId);
        var retention = scenario.Services.GetRequiredService<NeedsRetention>();

        scenario.Time.SetUtcNow(EventEnd.AddDays(30).AddMinutes(-1));
        var tooEarly = await retention.ApplyAsync();
        scenario.Time.SetUtcNow(EventEnd.AddDays(30));
        var due = await retention.ApplyAsync();
        var again = await retention.ApplyAsync();

        Assert.Equal(new NeedsRetentionRun(0, 0), tooEarly);
        Assert.Equal(new NeedsRetentionRun(1, 4), due);
        Assert.Equal(new NeedsRetentionRun(0, 0), again);
        await using var db = await scenario.NewContextAsync();
        var invitations = await db.Invitations.ToListAsync();
        Assert.All(invitations, i => Assert.Equal(
            (AccessNeeds.None, (string?)null, (string?)null, (string?)null, (string?)null),
            (i.AccessNeeds, i.InterpretationLanguage, i.OtherNeeds, i.DietaryNeeds, i.DeclineNote)));
        Assert.Equal(DeclineReason.Date, invitations.Single(i => i.Status == InvitationStatus.Declined).DeclineReason);
        AssertSameCounts(before, await guests.PlanningCountsAsync(scenario.EventId));
        Assert.Equal(3, before.Accepted.Count(AccessNeeds.Interpretation) + before.Waitlisted.Count(AccessNeeds.Interpretation));
    }

    [Fact]
    public async Task ASetting_OfSevenDays_DeletesAfterSevenDays()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 5, capacity: 2,
            configure: services => services.Configure<PrivacyOptions>(o => o.NeedsRetentionDays = 7));
        await AnswerWithNeedsAsync(scenario);
        scenario.Time.SetUtcNow(EventEnd.AddDays(7));

        var run = await scenario.Services.GetRequiredService<NeedsRetention>().ApplyAsync();

        Assert.Equal(new NeedsRetentionRun(1, 4), run);
    }

    [Fact]
    public async Task AnEventWithoutNeeds_KeepsItsCountsOnce_SoItsNumbersNoLongerDependOnTheGuests()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true));
        scenario.Time.SetUtcNow(EventEnd.AddDays(31));
        var retention = scenario.Services.GetRequiredService<NeedsRetention>();

        var first = await retention.ApplyAsync();
        var second = await retention.ApplyAsync();

        Assert.Equal((new NeedsRetentionRun(1, 0), new NeedsRetentionRun(0, 0)), (first, second));
        var counts = await scenario.Services.GetRequiredService<GuestListService>().PlanningCountsAsync(scenario.EventId);
        Assert.Equal((1, 0, 0), (counts.Accepted.People, counts.Accepted.Needs.Count, counts.Waitlisted.People));
    }

    [Fact]
    public async Task TheOrganiserKnowsBeforehand_WhenTheNeedsGo_AndAfterwards_WhenTheyWent()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 5, capacity: 2,
            configure: services => services.Configure<PrivacyOptions>(o => o.NeedsRetentionDays = 7));
        await AnswerWithNeedsAsync(scenario);
        var guests = scenario.Services.GetRequiredService<GuestListService>();

        var beforehand = await guests.NeedsDeletionAsync(scenario.EventId);
        scenario.Time.SetUtcNow(EventEnd.AddDays(8)); // the daily run comes a day late
        await scenario.Services.GetRequiredService<NeedsRetention>().ApplyAsync();
        var afterwards = await guests.NeedsDeletionAsync(scenario.EventId);

        Assert.Equal(new NeedsDeletion(EventEnd.AddDays(7), Done: false), beforehand);
        Assert.Equal(new NeedsDeletion(EventEnd.AddDays(8), Done: true), afterwards);
        Assert.Null(await guests.NeedsDeletionAsync(eventId: 999));
    }

    /// <summary>Two seats: 0 and 1 get them, 2 waits; 3 declines with a note; 4 does not answer.</summary>
    private static async Task AnswerWithNeedsAsync(InvitationScenario scenario)
    {
        var interpreter = AccessNeeds.SignLanguageInterpreter | AccessNeeds.Interpretation;
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted, Needs: interpreter | AccessNeeds.StepFreeAccess,
            InterpretationLanguage: "Arabic", DietaryNeeds: "Halal", PrivacyAccepted: true));
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), new RsvpAnswer(InvitationStatus.Accepted, Needs: interpreter | AccessNeeds.Other,
            InterpretationLanguage: "Tigrinya", OtherNeeds: "A chair near the door", PrivacyAccepted: true));
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(2), new RsvpAnswer(InvitationStatus.Accepted, Needs: interpreter,
            InterpretationLanguage: "Arabic", DietaryNeeds: "Vegan", PrivacyAccepted: true));
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(3), new RsvpAnswer(InvitationStatus.Declined,
            DeclineReason: DeclineReason.Date, DeclineNote: "My daughter's hospital appointment"));
    }

    private static void AssertSameCounts(PlanningCounts expected, PlanningCounts actual)
    {
        foreach (var (want, got) in new[] { (expected.Accepted, actual.Accepted), (expected.Waitlisted, actual.Waitlisted) })
        {
            Assert.Equal((want.People, want.Dietary), (got.People, got.Dietary));
            Assert.Equal(want.Needs, got.Needs);
            Assert.Equal(want.InterpretationLanguages, got.InterpretationLanguages);
        }
    }
}
