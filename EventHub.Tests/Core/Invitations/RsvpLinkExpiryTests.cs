using EventHub.Core.Common;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Invitations;

/// <summary>An RSVP link stops working a set number of days after its event ends (EventHub:Links:RsvpDaysAfterEvent).</summary>
public class RsvpLinkExpiryTests
{
    private static readonly DateTime EventEnd = InvitationScenario.EventStart.AddHours(4);

    [Fact]
    public async Task RsvpLink_WorksUntil30DaysAfterTheEventEnds_ThenOpensNothingAndNamesWhomToContact()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        await OrganiseAsync(scenario, "Olga Bakker", "olga@gemeente.example");
        var token = scenario.TokenOf(0);

        scenario.Time.SetUtcNow(EventEnd.AddDays(30).AddMinutes(-1));
        Assert.NotNull(await scenario.Rsvp.GetAsync(token));
        Assert.Null(await scenario.Rsvp.ExpiredAsync(token));

        scenario.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(await scenario.Rsvp.GetAsync(token));
        Assert.Equal(new ExpiredLink("Olga Bakker", "olga@gemeente.example"), await scenario.Rsvp.ExpiredAsync(token));
        // The page still speaks the partner's language.
        Assert.Equal(Language.En, await scenario.Rsvp.LanguageAsync(token));
    }

    [Fact]
    public async Task ExpiredAsync_UnknownReplacedOrWithdrawnLinks_StayIndistinguishable()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        var replaced = scenario.TokenOf(0);
        int first, second;
        await using (var db = await scenario.NewContextAsync())
        {
            first = (await db.Invitations.SingleAsync(i => i.Contact.Email == InvitationScenario.Email(0))).Id;
            second = (await db.Invitations.SingleAsync(i => i.Contact.Email == InvitationScenario.Email(1))).Id;
        }

        Assert.True((await scenario.Invitations.ResendAsync(first, Staff.Organiser)).Succeeded);
        Assert.True((await scenario.Invitations.CancelAsync(second, Staff.Organiser)).Succeeded);
        scenario.Time.SetUtcNow(EventEnd.AddDays(31));

        Assert.Null(await scenario.Rsvp.ExpiredAsync(replaced));
        Assert.Null(await scenario.Rsvp.ExpiredAsync(scenario.TokenOf(1)));
        Assert.Null(await scenario.Rsvp.ExpiredAsync(PersonalLinkTokens.NewToken()));
    }

    [Fact]
    public async Task RsvpDaysAfterEvent_IsASetting()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10,
            configure: services => services.Configure<PersonalLinkOptions>(links => links.RsvpDaysAfterEvent = 2));

        scenario.Time.SetUtcNow(EventEnd.AddDays(2).AddMinutes(-1));
        Assert.NotNull(await scenario.Rsvp.GetAsync(scenario.TokenOf(0)));
        scenario.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(await scenario.Rsvp.GetAsync(scenario.TokenOf(0)));
        Assert.Equal(new ExpiredLink(null, null), await scenario.Rsvp.ExpiredAsync(scenario.TokenOf(0)));
    }

    private static async Task OrganiseAsync(InvitationScenario scenario, string name, string email)
    {
        await using var db = await scenario.NewContextAsync();
        var @event = await db.Events.SingleAsync(e => e.Id == scenario.EventId);
        @event.SetOrganiser(name, email);
        await db.SaveChangesAsync();
    }
}
