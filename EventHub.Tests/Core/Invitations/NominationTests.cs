using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Invitations;

/// <summary>
/// Partner forms that cannot be abused (issue 13): a personal link names colleagues and delegates at the organisation's
/// own email domains at once, any other address only after an organiser approves; names are plain names; a link names
/// a handful of people a day; and nothing the directory knows about a typed address is ever shown back.
/// </summary>
public class NominationTests
{
    private const string OwnDomain = "kansrijk.example";

    [Fact]
    public async Task AColleagueAtAnOutsideAddress_WaitsForAnOrganiser_NothingIsSent_AndTheLinkKeepsWorking_UntilApproved()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        await scenario.PlaceAtOrganisationAsync("Stichting Kansrijk", OwnDomain, 0);
        var colleagues = scenario.Services.GetRequiredService<ColleagueService>();
        var nominations = scenario.Services.GetRequiredService<NominationService>();

        var named = await colleagues.SendInsteadAsync(scenario.TokenOf(0), new ContactInput("Sanne", "Bos", "sanne@elders.example"));
        var pending = Assert.Single(await nominations.PendingAsync(scenario.EventId, Staff.Organiser));
        var sentBefore = await SentToAsync(scenario, "sanne@elders.example");
        var linkBefore = await scenario.Rsvp.GetAsync(scenario.TokenOf(0));
        var approved = await nominations.ApproveAsync(pending.Id, Staff.Organiser);

        Assert.Equal(new NominationOutcome("Sanne Bos", AwaitsApproval: true), named.Value);
        Assert.Equal(("Sanne Bos", "sanne@elders.example", NominationKind.Colleague, "Partner 000", "Stichting Kansrijk"),
            (pending.Name, pending.Email, pending.Kind, pending.NominatedBy, pending.Organisation));
        Assert.Equal(0, sentBefore);
        Assert.NotNull(linkBefore);
        Assert.True(approved.Succeeded);
        Assert.Equal(1, await SentToAsync(scenario, "sanne@elders.example"));
        Assert.Null(await scenario.Rsvp.GetAsync(scenario.TokenOf(0))); // substituted now, as if named at once
        Assert.Empty(await nominations.PendingAsync(scenario.EventId, Staff.Organiser));
    }

    [Fact]
    public async Task AColleagueFormSentTwice_WhileTheOrganiserHasNotLooked_GetsTheSameWaitingAnswer_AndOneNomination()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        await scenario.PlaceAtOrganisationAsync("Stichting Kansrijk", OwnDomain, 0);
        var colleagues = scenario.Services.GetRequiredService<ColleagueService>();
        var nominations = scenario.Services.GetRequiredService<NominationService>();
        var sanne = new ContactInput("Sanne", "Bos", "sanne@elders.example");

        var first = await colleagues.SendInsteadAsync(scenario.TokenOf(0), sanne);
        var second = await colleagues.SendInsteadAsync(scenario.TokenOf(0), sanne with { Email = " Sanne@Elders.example " });

        Assert.Equal(first.Value, second.Value);
        Assert.True(second.Value.AwaitsApproval);
        Assert.Single(await nominations.PendingAsync(scenario.EventId, Staff.Organiser));
    }

    [Theory]
    [InlineData(NominationKind.Colleague)]
    [InlineData(NominationKind.Delegate)]
    public async Task SomeoneAnOrganiserApproves_GetsTheInvitationWithTheProgramme_AsIfNamedAtOnce(NominationKind kind)
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var sanne = new ContactInput("Sanne", "Bos", "sanne@elders.example");
        if (kind == NominationKind.Colleague)
        {
            await scenario.PlaceAtOrganisationAsync("Stichting Kansrijk", OwnDomain, 0);
        }

        var named = kind == NominationKind.Colleague
            ? await scenario.Services.GetRequiredService<ColleagueService>().SendInsteadAsync(scenario.TokenOf(0), sanne)
            : await (await OfferSeatsAsync(scenario, seats: 2)).Delegates.NominateAsync(scenario.TokenOf(0), sanne);
        var nominations = scenario.Services.GetRequiredService<NominationService>();

        var approved = await nominations.ApproveAsync(Assert.Single(await nominations.PendingAsync(scenario.EventId, Staff.Organiser)).Id, Staff.Organiser);

        Assert.True(named.Value.AwaitsApproval);
        Assert.True(approved.Succeeded);
        await using var db = await scenario.NewContextAsync();
        var invitation = await db.OutboxMessages.SingleAsync(m => m.ToAddress == "sanne@elders.example" && m.Kind == InvitationEmails.InvitationKind);
        var text = OutboxLinks.TextAsSent(scenario.Services, invitation);
        Assert.Contains("Workshop A", text);
        Assert.Contains("Workshop C", text);
    }

    [Fact]
    public async Task ARefusedDelegate_GetsNothing_TheSeatIsFreeAgain_AndThePartnerWhoNamedThemIsTold()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var (delegates, primaryId) = await OfferSeatsAsync(scenario, seats: 1);
        var nominations = scenario.Services.GetRequiredService<NominationService>();

        var named = await delegates.NominateAsync(scenario.TokenOf(0), new ContactInput("Kees", "Smit", "kees@elders.example"));
        var whileWaiting = (await delegates.SeatsAsync(primaryId))!;
        var refused = await nominations.RefuseAsync(Assert.Single(await nominations.PendingAsync(scenario.EventId, Staff.Organiser)).Id, Staff.Organiser);
        var afterwards = (await delegates.SeatsAsync(primaryId))!;

        Assert.True(named.Value.AwaitsApproval);
        Assert.Equal(0, whileWaiting.Left);
        Assert.Null(Assert.Single(whileWaiting.Delegates).Status); // shown as awaiting approval
        Assert.True(refused.Succeeded);
        Assert.Equal((1, 0), (afterwards.Left, afterwards.Delegates.Count));
        Assert.Equal(0, await SentToAsync(scenario, "kees@elders.example"));
        await using var db = await scenario.NewContextAsync();
        Assert.False(await db.Contacts.AnyAsync(c => c.Email == "kees@elders.example"));
        var told = await db.OutboxMessages.SingleAsync(m => m.Kind == InvitationEmails.NominationKind);
        Assert.Equal(InvitationScenario.Email(0), told.ToAddress);
        Assert.StartsWith("Not invited: the person you named for ", told.Subject); // the news first: a phone cuts a subject short
        Assert.Contains("Kees Smit", told.TextBody);
    }

    [Fact]
    public async Task ApprovingOrRefusing_ByACallerWhoIsNoOrganiser_IsNotAllowed()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        await scenario.PlaceAtOrganisationAsync("Stichting Kansrijk", OwnDomain, 0);
        await scenario.Services.GetRequiredService<ColleagueService>()
            .SendInsteadAsync(scenario.TokenOf(0), new ContactInput("Sanne", "Bos", "sanne@elders.example"));
        var nominations = scenario.Services.GetRequiredService<NominationService>();
        var id = Assert.Single(await nominations.PendingAsync(scenario.EventId, Staff.Organiser)).Id;

        var approved = await nominations.ApproveAsync(id, Staff.Facilitator);
        var refused = await nominations.RefuseAsync(id, Staff.Door);

        Assert.Equal((AccessErrors.NotAllowed, AccessErrors.NotAllowed), (approved.ErrorCode, refused.ErrorCode));
        Assert.Empty(await nominations.PendingAsync(scenario.EventId, Staff.Facilitator));
        Assert.Single(await nominations.PendingAsync(scenario.EventId, Staff.Organiser));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", NominationErrors.NameNotAllowed)]
    [InlineData("Bezoek https://phish.example", NominationErrors.NameNotAllowed)]
    [InlineData("Sanne\r\nBcc: iedereen", NominationErrors.NameNotAllowed)]
    [InlineData("Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", NominationErrors.NameTooLong)]
    public async Task ANameThatIsNoPlainName_IsRefusedWithItsReason_AndNothingIsStored(string firstName, string expected)
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        await scenario.PlaceAtOrganisationAsync("Stichting Kansrijk", OwnDomain, 0);

        var result = await scenario.Services.GetRequiredService<ColleagueService>()
            .SendInsteadAsync(scenario.TokenOf(0), new ContactInput(firstName, "Bos", $"sanne@{OwnDomain}"));

        Assert.Equal(expected, result.ErrorCode);
        await using var db = await scenario.NewContextAsync();
        Assert.False(await db.Nominations.AnyAsync());
        Assert.Equal(0, await SentToAsync(scenario, $"sanne@{OwnDomain}"));
    }

    [Theory]
    [InlineData("Anne-Marie")]
    [InlineData("O’Neill")]
    [InlineData("Zoë")]
    [InlineData("J. de Vries")]
    [InlineData("Şükrü")]
    public void PlainNames_AreNames(string name) => Assert.True(NominationRules.IsName(name));

    [Fact]
    public async Task ALink_NamesAtMostAHandfulOfPeopleADay_AndMoreTheNextDay()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 50);
        var (delegates, _) = await OfferSeatsAsync(scenario, seats: 20);
        Task<EventHub.Core.Common.Result<NominationOutcome>> NameAsync(int i) =>
            delegates.NominateAsync(scenario.TokenOf(0), new ContactInput("Delegate", $"Nummer {(char)('A' + i)}", $"delegate{i}@elders.example"));

        var firstFive = new List<bool>();
        for (var i = 0; i < 5; i++)
        {
            firstFive.Add((await NameAsync(i)).Succeeded);
        }

        var sixth = await NameAsync(5);
        scenario.Time.Advance(TimeSpan.FromHours(25));
        var nextDay = await NameAsync(6);

        Assert.All(firstFive, Assert.True);
        Assert.Equal(NominationErrors.TooManyToday, sixth.ErrorCode);
        Assert.True(nextDay.Succeeded);
    }

    [Fact]
    public async Task TheDirectorysNameForATypedAddress_IsNeverShownBack_OnlyTheNameAsTyped()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var (delegates, primaryId) = await OfferSeatsAsync(scenario, seats: 2);
        // marieke@example.org is in the directory as "Marieke Dekker"; the link holder types another name for that address.
        await using (var db = await scenario.NewContextAsync())
        {
            db.Contacts.Add(new Contact("Marieke", "Dekker", "marieke@example.org", EventHub.Core.Common.Language.Nl, scenario.Time.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
        }

        var named = await delegates.NominateAsync(scenario.TokenOf(0), new ContactInput("Xander", "Getypt", "marieke@example.org"));
        var seats = (await delegates.SeatsAsync(primaryId))!;

        Assert.Equal("Xander Getypt", named.Value.Name);
        Assert.Equal(["Xander Getypt"], seats.Delegates.Select(d => d.Name));
        Assert.DoesNotContain(seats.Delegates, d => d.Name.Contains("Marieke", StringComparison.Ordinal));
    }

    private static async Task<(DelegateService Delegates, int PrimaryId)> OfferSeatsAsync(InvitationScenario scenario, int seats)
    {
        // example.org is the organisation's own domain here: the scenario's invitees are at it.
        await scenario.PlaceAtOrganisationAsync("Stichting Kansrijk", "example.org", 0);
        int contactId, primaryId;
        await using (var db = await scenario.NewContextAsync())
        {
            contactId = await db.Contacts.Where(c => c.Email == InvitationScenario.Email(0)).Select(c => c.Id).SingleAsync();
            primaryId = await db.Invitations.Where(i => i.ContactId == contactId).Select(i => i.Id).SingleAsync();
        }

        var delegates = scenario.Services.GetRequiredService<DelegateService>();
        Assert.True((await delegates.InviteOrganisationAsync(scenario.EventId, contactId, seats)).Succeeded);
        return (delegates, primaryId);
    }

    private static async Task<int> SentToAsync(InvitationScenario scenario, string email)
    {
        await using var db = await scenario.NewContextAsync();
        return await db.OutboxMessages.CountAsync(m => m.ToAddress == email && m.Kind == InvitationEmails.InvitationKind);
    }
}
