using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Outbox;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Invitations;

public class ColleagueServiceTests
{
    [Fact]
    public async Task SendInstead_InvitesTheColleagueMarksTheOriginalAndFreesItsSeat()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 1);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true));
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true));
        await scenario.PlaceAtOrganisationAsync("Stichting Kansrijk", "example.org", 0);
        var colleagues = scenario.Services.GetRequiredService<ColleagueService>();

        var result = await colleagues.SendInsteadAsync(scenario.TokenOf(0), new ContactInput("Sanne", "Bos", "sanne.bos@example.org"));

        Assert.Equal(new NominationOutcome("Sanne Bos", AwaitsApproval: false), result.Value);
        await using var db = await scenario.NewContextAsync();
        var invitations = await db.Invitations.Include(i => i.Contact).ToDictionaryAsync(i => i.Contact.Email);
        Assert.Equal(InvitationStatus.Substituted, invitations[InvitationScenario.Email(0)].Status);
        Assert.Equal(InvitationStatus.Accepted, invitations[InvitationScenario.Email(1)].Status); // promoted from the waitlist
        Assert.Equal(InvitationStatus.Invited, invitations["sanne.bos@example.org"].Status);
        Assert.Equal(invitations[InvitationScenario.Email(0)].Id, invitations["sanne.bos@example.org"].SubstituteForId);
        Assert.Null(await scenario.Rsvp.GetAsync(scenario.TokenOf(0)));
        var email = await db.OutboxMessages.SingleAsync(m => m.ToAddress == "sanne.bos@example.org" && m.Kind == InvitationEmails.InvitationKind);
        Assert.NotNull(await scenario.Rsvp.GetAsync(InvitationScenario.TokenIn(OutboxLinks.TextAsSent(scenario.Services, email))));
    }

    [Theory]
    [InlineData(Language.En, "Dear Sanne,\n\nPartner 000 asked us to invite you in their place. You are invited to")]
    [InlineData(Language.Nl, "Beste Sanne,\n\nPartner 000 heeft ons gevraagd u als vervanger uit te nodigen. U bent uitgenodigd voor")]
    public async Task SendInstead_TheColleaguesInvitation_SaysWhoAskedForThemToGoInTheirPlace(Language language, string opening)
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10, language: language);
        await scenario.PlaceAtOrganisationAsync("Stichting Kansrijk", "example.org", 0);
        var colleagues = scenario.Services.GetRequiredService<ColleagueService>();

        await colleagues.SendInsteadAsync(scenario.TokenOf(0), new ContactInput("Sanne", "Bos", "sanne.bos@example.org", language));

        // Sanne never heard of this event: her email says at once who sent her, not only "you are invited".
        await using var db = await scenario.NewContextAsync();
        var email = await db.OutboxMessages.SingleAsync(m => m.ToAddress == "sanne.bos@example.org");
        Assert.StartsWith(opening, email.TextBody);
    }

    [Theory]
    [InlineData("partner000@example.org", InvitationErrors.ColleagueIsYou)]
    [InlineData("partner001@example.org", InvitationErrors.ColleagueAlreadyInvited)]
    [InlineData("not-an-email", "Directory.EmailInvalid")]
    [InlineData(" ", "Directory.Required")]
    public async Task SendInstead_SomeoneWhoCannotBeTheColleague_IsRefusedAndNothingChanges(string email, string expected)
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        var colleagues = scenario.Services.GetRequiredService<ColleagueService>();

        var result = await colleagues.SendInsteadAsync(scenario.TokenOf(0), new ContactInput("Sanne", "Bos", email));

        Assert.Equal(expected, result.ErrorCode);
        Assert.NotNull(await scenario.Rsvp.GetAsync(scenario.TokenOf(0)));
    }

    [Fact]
    public Task SendInstead_ClickedTenTimesAtOnce_InvitesTheColleagueOnce_AndEveryOtherClickGetsAnAnswer() =>
        SendInsteadTenTimesAtOnceAsync(onPostgres: false);

    [Fact]
    public Task SendInstead_ClickedTenTimesAtOnce_InvitesTheColleagueOnce_AndEveryOtherClickGetsAnAnswer_OnPostgres() =>
        SendInsteadTenTimesAtOnceAsync(onPostgres: true);

    private static async Task SendInsteadTenTimesAtOnceAsync(bool onPostgres)
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10, onPostgres: onPostgres);
        await scenario.PlaceAtOrganisationAsync("Stichting Kansrijk", "example.org", 0);
        var colleagues = scenario.Services.GetRequiredService<ColleagueService>();

        // An exception here is what the partner's browser would show as an error page.
        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() =>
            colleagues.SendInsteadAsync(scenario.TokenOf(0), new ContactInput("Sanne", "Bos", "sanne.bos@example.org")))));

        // Every click after the first finds the link passed on to this same colleague: the same answer, not "no longer works".
        Assert.All(results, r => Assert.Equal(new NominationOutcome("Sanne Bos", AwaitsApproval: false), r.Value));
        // Someone else named through the passed-on link is refused, as for any later use of it.
        var another = await colleagues.SendInsteadAsync(scenario.TokenOf(0), new ContactInput("Piet", "Bos", "piet.bos@example.org"));
        Assert.Equal(InvitationErrors.NotFound, another.ErrorCode);
        await using var db = await scenario.NewContextAsync();
        Assert.Equal(1, await db.Invitations.CountAsync(i => i.Contact.Email == "sanne.bos@example.org"));
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.ToAddress == "sanne.bos@example.org"));
    }
}
