using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Outbox;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Invitations;

public class DelegateServiceTests
{
    [Fact]
    public async Task AnOrganisationWithTwoSeats_NominatesTwoDelegates_WhoEachGetTheirOwnLink_AThirdIsRefused()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 50);
        var delegates = await OfferSeatsAsync(scenario, seats: 2);

        var first = await delegates.NominateAsync(scenario.TokenOf(0), new ContactInput("Sanne", "Bos", "sanne.bos@example.org"));
        var second = await delegates.NominateAsync(scenario.TokenOf(0), new ContactInput("Ahmed", "Yilmaz", "ahmed@example.org"));
        var third = await delegates.NominateAsync(scenario.TokenOf(0), new ContactInput("Kees", "Smit", "kees@example.org"));

        Assert.Equal(("Sanne Bos", "Ahmed Yilmaz"), (first.Value.Name, second.Value.Name));
        Assert.False(first.Value.AwaitsApproval || second.Value.AwaitsApproval);
        Assert.Equal(InvitationErrors.DelegateSeatsFull, third.ErrorCode);
        await using var db = await scenario.NewContextAsync();
        var primary = await db.Invitations.Include(i => i.Contact).SingleAsync(i => i.Contact.Email == InvitationScenario.Email(0));
        var sanne = await db.Invitations.Include(i => i.Contact).SingleAsync(i => i.Contact.Email == "sanne.bos@example.org");
        Assert.Equal(primary.Id, sanne.NominatedThroughId);
        Assert.Equal(primary.Contact.OrganisationId, sanne.Contact.OrganisationId);
        Assert.False(await db.Contacts.AnyAsync(c => c.Email == "kees@example.org"));
        var email = await db.OutboxMessages.SingleAsync(m => m.ToAddress == "sanne.bos@example.org" && m.Kind == InvitationEmails.InvitationKind);
        Assert.NotNull(await scenario.Rsvp.GetAsync(InvitationScenario.TokenIn(OutboxLinks.TextAsSent(scenario.Services, email))));
        var seats = (await delegates.SeatsAsync(primary.Id))!;
        Assert.Equal((2, 0), (seats.Seats, seats.Left));
        Assert.Equal(["Sanne Bos", "Ahmed Yilmaz"], seats.Delegates.Select(d => d.Name));
    }

    [Fact]
    public async Task APrimaryContactWhoMovedToAnotherOrganisation_NamesDelegatesForTheOrganisationInvited()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 50);
        var kansrijk = await scenario.PlaceAtOrganisationAsync("Stichting Kansrijk", "kansrijk.example", 0);
        int contactId;
        await using (var db = await scenario.NewContextAsync())
        {
            contactId = await db.Contacts.Where(c => c.Email == InvitationScenario.Email(0)).Select(c => c.Id).SingleAsync();
        }

        var delegates = scenario.Services.GetRequiredService<DelegateService>();
        Assert.True((await delegates.InviteOrganisationAsync(scenario.EventId, contactId, 2)).Succeeded);
        // A week later she starts at the municipality; the organiser moves her in the directory (her history is kept).
        scenario.Time.Advance(TimeSpan.FromDays(7));
        var gemeente = await scenario.PlaceAtOrganisationAsync("Gemeente Groningen", "groningen.example");
        Assert.True((await scenario.Services.GetRequiredService<ContactService>()
            .UpdateAsync(contactId, new ContactInput("Partner", "000", InvitationScenario.Email(0), OrganisationId: gemeente), Staff.Organiser)).Succeeded);

        var atKansrijk = await delegates.NominateAsync(scenario.TokenOf(0), new ContactInput("Sanne", "Bos", "sanne.bos@kansrijk.example"));
        var atGemeente = await delegates.NominateAsync(scenario.TokenOf(0), new ContactInput("Piet", "Smit", "piet.smit@groningen.example"));

        // The seats were offered to Stichting Kansrijk: its own domain invites at once, the municipality's waits for an organiser.
        Assert.Equal((false, true), (atKansrijk.Value.AwaitsApproval, atGemeente.Value.AwaitsApproval));
        await using var read = await scenario.NewContextAsync();
        Assert.Equal(kansrijk, (await read.Contacts.SingleAsync(c => c.Email == "sanne.bos@kansrijk.example")).OrganisationId);
    }

    [Fact]
    public Task TenNominationsAtOnce_ForThreeSeats_InviteExactlyThree() => TenNominationsAtOnceForThreeSeatsAsync(onPostgres: false);

    [Fact]
    public Task TenNominationsAtOnce_ForThreeSeats_InviteExactlyThree_OnPostgres() => TenNominationsAtOnceForThreeSeatsAsync(onPostgres: true);

    private static async Task TenNominationsAtOnceForThreeSeatsAsync(bool onPostgres)
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 50, onPostgres: onPostgres);
        var delegates = await OfferSeatsAsync(scenario, seats: 3);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() =>
            delegates.NominateAsync(scenario.TokenOf(0), new ContactInput("Delegate", $"Nummer {(char)('A' + i)}", $"delegate{i}@example.org")))));

        Assert.Equal(3, results.Count(r => r.Succeeded));
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(InvitationErrors.DelegateSeatsFull, r.ErrorCode));
        await using var db = await scenario.NewContextAsync();
        Assert.Equal(3, await db.Invitations.CountAsync(i => i.NominatedThroughId != null));
    }

    /// <summary>The directory still has her at the municipality, but she is named for the foundation: she comes for it.</summary>
    [Fact]
    public async Task ADelegateTheDirectoryHasElsewhere_ComesForTheOrganisationInvited()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 50);
        var kansrijk = await scenario.PlaceAtOrganisationAsync("Stichting Kansrijk", "kansrijk.example", 0);
        var gemeente = await scenario.PlaceAtOrganisationAsync("Gemeente Groningen", "groningen.example");
        var sanne = await scenario.Services.GetRequiredService<ContactService>()
            .CreateAsync(new ContactInput("Sanne", "Bos", "sanne.bos@kansrijk.example", OrganisationId: gemeente), Staff.Organiser);
        int primaryId;
        await using (var db = await scenario.NewContextAsync())
        {
            primaryId = await db.Contacts.Where(c => c.Email == InvitationScenario.Email(0)).Select(c => c.Id).SingleAsync();
        }

        var delegates = scenario.Services.GetRequiredService<DelegateService>();
        Assert.True((await delegates.InviteOrganisationAsync(scenario.EventId, primaryId, 2)).Succeeded);
        Assert.False((await delegates.NominateAsync(scenario.TokenOf(0), new ContactInput("Sanne", "Bos", "sanne.bos@kansrijk.example"))).Value.AwaitsApproval);

        await using var read = await scenario.NewContextAsync();
        var invitation = await read.Invitations.Include(i => i.Contact).SingleAsync(i => i.ContactId == sanne.Value);
        Assert.Equal((kansrijk, (int?)gemeente), (invitation.OrganisationId!.Value, invitation.Contact.OrganisationId));
    }

    [Fact]
    public async Task ADelegateWhoSendsAColleague_PassesOnTheirSeat_NoExtraSeatAppears()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 50);
        var delegates = await OfferSeatsAsync(scenario, seats: 1);
        await delegates.NominateAsync(scenario.TokenOf(0), new ContactInput("Sanne", "Bos", "sanne.bos@example.org"));
        string sanneToken;
        await using (var db = await scenario.NewContextAsync())
        {
            sanneToken = InvitationScenario.TokenIn(OutboxLinks.TextAsSent(scenario.Services, await db.OutboxMessages.SingleAsync(m => m.ToAddress == "sanne.bos@example.org")));
        }

        await scenario.Services.GetRequiredService<ColleagueService>().SendInsteadAsync(sanneToken, new ContactInput("Lotte", "Mulder", "lotte@example.org"));
        var another = await delegates.NominateAsync(scenario.TokenOf(0), new ContactInput("Kees", "Smit", "kees@example.org"));

        Assert.Equal(InvitationErrors.DelegateSeatsFull, another.ErrorCode);
        await using var read = await scenario.NewContextAsync();
        var primaryId = await read.Invitations.Where(i => i.DelegateSeats > 0).Select(i => i.Id).SingleAsync();
        Assert.Equal(["Lotte Mulder"], (await delegates.SeatsAsync(primaryId))!.Delegates.Select(d => d.Name));
    }

    [Fact]
    public async Task ADelegateWhoDeclines_FreesTheirSeat_AndThePrimaryContactNamesSomeoneElse()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 50);
        var delegates = await OfferSeatsAsync(scenario, seats: 1);
        await delegates.NominateAsync(scenario.TokenOf(0), new ContactInput("Sanne", "Bos", "sanne.bos@example.org"));
        var sanneToken = await LinkSentToAsync(scenario, "sanne.bos@example.org");
        Assert.True((await scenario.Rsvp.RespondAsync(sanneToken, new RsvpAnswer(InvitationStatus.Declined, DeclineReason: DeclineReason.Date))).Succeeded);

        var another = await delegates.NominateAsync(scenario.TokenOf(0), new ContactInput("Kees", "Smit", "kees@example.org"));

        Assert.True(another.Succeeded, another.ErrorCode);
        var seats = (await delegates.SeatsAsync(await PrimaryIdAsync(scenario)))!;
        Assert.Equal([("Sanne Bos", (InvitationStatus?)InvitationStatus.Declined), ("Kees Smit", InvitationStatus.Invited)],
            seats.Delegates.Select(d => (d.Name, d.Status)));
        Assert.Equal(0, seats.Left);
    }

    [Fact]
    public async Task APrimaryContactWhoSendsAColleague_HandsOverTheSeats_WithTheDelegatesNamedSoFar()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 50);
        var delegates = await OfferSeatsAsync(scenario, seats: 3);
        var nominations = scenario.Services.GetRequiredService<NominationService>();
        await delegates.NominateAsync(scenario.TokenOf(0), new ContactInput("Sanne", "Bos", "sanne.bos@example.org"));
        await delegates.NominateAsync(scenario.TokenOf(0), new ContactInput("Kees", "Smit", "kees@elders.example")); // waits for an organiser
        await scenario.Services.GetRequiredService<ColleagueService>()
            .SendInsteadAsync(scenario.TokenOf(0), new ContactInput("Anna", "Vos", "anna.vos@example.org", EventHub.Core.Common.Language.En));
        var annaToken = await LinkSentToAsync(scenario, "anna.vos@example.org");
        var annasInvitation = await InvitationTextToAsync(scenario, "anna.vos@example.org");

        var piet = await delegates.NominateAsync(annaToken, new ContactInput("Piet", "Jansen", "piet@example.org"));
        var kees = await nominations.ApproveAsync(Assert.Single(await nominations.PendingAsync(scenario.EventId, Staff.Organiser)).Id, Staff.Organiser);

        Assert.Contains("Stichting Kansrijk may send 3 delegates", annasInvitation);
        Assert.True(piet.Succeeded, piet.ErrorCode);
        Assert.True(kees.Succeeded, kees.ErrorCode);
        var anna = (await scenario.Rsvp.GetAsync(annaToken))!.Invitation;
        var seats = (await delegates.SeatsAsync(anna.Id))!;
        Assert.Equal((3, 0), (seats.Seats, seats.Left));
        Assert.Equal(["Sanne Bos", "Piet Jansen", "Kees Smit"], seats.Delegates.Select(d => d.Name));
        // The organiser's guest list shows the organisation's seats with Anna, who now names its delegates.
        var rows = (await scenario.Services.GetRequiredService<GuestListService>().ListAsync(scenario.EventId, new GuestQuery())).Items;
        Assert.Equal(3, rows.Single(r => r.Email == "anna.vos@example.org").DelegateSeats);
        Assert.Equal(0, rows.Single(r => r.Email == InvitationScenario.Email(0)).DelegateSeats);
    }

    [Fact]
    public async Task APersonalInvitation_CannotNominateDelegates()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 50);

        var result = await scenario.Services.GetRequiredService<DelegateService>()
            .NominateAsync(scenario.TokenOf(0), new ContactInput("Sanne", "Bos", "sanne.bos@example.org"));

        Assert.Equal(InvitationErrors.NotAnOrganisationInvitation, result.ErrorCode);
    }

    [Theory]
    [InlineData(0, true, InvitationErrors.DelegateSeatsOutOfRange)]
    [InlineData(51, true, InvitationErrors.DelegateSeatsOutOfRange)]
    [InlineData(2, false, InvitationErrors.ContactWithoutOrganisation)]
    public async Task InvitingAnOrganisation_NeedsSensibleSeatsAndAContactAtAnOrganisation(int seats, bool atOrganisation, string expected)
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 50);
        var contactId = atOrganisation ? await PlaceAtOrganisationAsync(scenario) : await ContactIdAsync(scenario);

        var result = await scenario.Services.GetRequiredService<DelegateService>().InviteOrganisationAsync(scenario.EventId, contactId, seats);

        Assert.Equal(expected, result.ErrorCode);
    }

    [Fact]
    public async Task ADelegatesInvitation_SaysWhoNamedThemAndForWhichOrganisation()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 50);
        var delegates = await OfferSeatsAsync(scenario, seats: 2);

        await delegates.NominateAsync(scenario.TokenOf(0), new ContactInput("Sanne", "Bos", "sanne.bos@example.org", Language.En));

        Assert.StartsWith("Dear Sanne,\n\nPartner 000 named you as a delegate of Stichting Kansrijk. You are invited to",
            await InvitationTextToAsync(scenario, "sanne.bos@example.org"));
    }

    [Fact]
    public async Task TheInvitationEmail_TellsThePrimaryContactHowManyDelegatesTheyMayName()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 50);
        await OfferSeatsAsync(scenario, seats: 4);

        await using (var db = await scenario.NewContextAsync())
        {
            var invitation = await db.Invitations.SingleAsync();
            await scenario.Invitations.ResendAsync(invitation.Id, Staff.Organiser);
        }

        await using var read = await scenario.NewContextAsync();
        var resent = await read.OutboxMessages.OrderBy(m => m.Id).LastAsync(m => m.Kind == InvitationEmails.InvitationKind);
        Assert.Contains("Stichting Kansrijk may send 4 delegates", resent.TextBody);
    }

    internal static async Task<string> LinkSentToAsync(InvitationScenario scenario, string email) =>
        InvitationScenario.TokenIn(await InvitationTextToAsync(scenario, email));

    private static async Task<string> InvitationTextToAsync(InvitationScenario scenario, string email)
    {
        await using var db = await scenario.NewContextAsync();
        var invitation = await db.OutboxMessages.OrderBy(m => m.Id).LastAsync(m => m.ToAddress == email && m.Kind == InvitationEmails.InvitationKind);
        return OutboxLinks.TextAsSent(scenario.Services, invitation);
    }

    internal static async Task<int> PrimaryIdAsync(InvitationScenario scenario)
    {
        await using var db = await scenario.NewContextAsync();
        return await db.Invitations.Where(i => i.Contact.Email == InvitationScenario.Email(0)).Select(i => i.Id).SingleAsync();
    }

    internal static async Task<DelegateService> OfferSeatsAsync(InvitationScenario scenario, int seats)
    {
        var contactId = await PlaceAtOrganisationAsync(scenario);
        var delegates = scenario.Services.GetRequiredService<DelegateService>();
        Assert.True((await delegates.InviteOrganisationAsync(scenario.EventId, contactId, seats)).Succeeded);
        return delegates;
    }

    private static async Task<int> PlaceAtOrganisationAsync(InvitationScenario scenario)
    {
        await using var db = await scenario.NewContextAsync();
        var now = scenario.Time.GetUtcNow().UtcDateTime;
        var organisation = new Organisation("Stichting Kansrijk", Sector.CivilSociety, null, now);
        organisation.UseEmailDomains("example.org"); // its own domain: delegates there are invited at once
        db.Organisations.Add(organisation);
        var contact = await db.Contacts.Include(c => c.Affiliations).SingleAsync(c => c.Email == InvitationScenario.Email(0));
        contact.MoveTo(organisation, now);
        await db.SaveChangesAsync();
        return contact.Id;
    }

    private static async Task<int> ContactIdAsync(InvitationScenario scenario)
    {
        await using var db = await scenario.NewContextAsync();
        return await db.Contacts.Where(c => c.Email == InvitationScenario.Email(0)).Select(c => c.Id).SingleAsync();
    }
}
