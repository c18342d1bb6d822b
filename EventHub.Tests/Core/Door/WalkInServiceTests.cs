using EventHub.Core.Engagement;
using EventHub.Core.Directory;
using EventHub.Core.Door;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EventHub.Tests.Core.Door.CheckInServiceTests;

namespace EventHub.Tests.Core.Door;

/// <summary>Walk-ins: registered at the door in one step, counted in the room and the sector balance, kept in the directory.</summary>
public class WalkInServiceTests
{
    [Fact]
    public async Task AWalkInFromANewOrganisation_IsCheckedIn_CountedBySector_AndAddedToTheDirectoryAsMetAtTheDoor()
    {
        await using var scenario = await AtTheDoorAsync(invitees: 1, accepted: [0]);
        var walkIns = scenario.Services.GetRequiredService<WalkInService>();

        var answer = await walkIns.RegisterAsync(scenario.EventId,
            new WalkIn("Fatima", "El Amrani", "fatima@buurtwerk.example", null, "Buurtwerk Oost", Sector.CivilSociety, SubSector.CommunityOrganisation), Staff.Door);

        Assert.Equal((DoorAnswerKind.CheckedIn, ArrivalKind.WalkIn, "Buurtwerk Oost"), (answer.Value.Kind, answer.Value.Guest!.Arrival, answer.Value.Guest.Organisation));
        var counts = await CheckIns(scenario).CountsAsync(scenario.EventId);
        Assert.Equal((0, 1, 0, 1), (counts.Arrived, counts.Expected, counts.Admitted, counts.WalkIns));
        Assert.Equal(Sector.CivilSociety, Assert.Single(counts.BySector).Sector);
        await using var db = await scenario.NewContextAsync();
        var contact = await db.Contacts.Include(c => c.Organisation).SingleAsync(c => c.Email == "fatima@buurtwerk.example");
        Assert.Equal((ContactSource.Door, Sector.CivilSociety, SubSector.CommunityOrganisation), (contact.Source, contact.Organisation!.Sector, contact.Organisation.SubSector));
        var timeline = await scenario.Services.GetRequiredService<EngagementTimeline>().ForOrganisationAsync(contact.OrganisationId!.Value, new TimelineQuery());
        Assert.Contains(timeline.Items, e => e.Kind == TimelineKind.WalkedIn && e.ContactName == "Fatima El Amrani" && e.EventId == scenario.EventId);
        // In the room, but never on the list: the invitations page counts them as the dashboard does.
        Assert.Equal(new SectorCount(Sector.CivilSociety, Invited: 0, Accepted: 0, Declined: 0, Attended: 1),
            (await scenario.Invitations.SectorBalanceAsync(scenario.EventId)).Single(s => s.Sector == Sector.CivilSociety));
    }

    [Fact]
    public async Task ADoubleTapOrAnOfflineReplay_RegistersOnce_AndAKnownOrganisationNameIsNotAddedTwice()
    {
        await using var scenario = await AtTheDoorAsync(invitees: 1, accepted: []);
        var organisationId = await scenario.PlaceAtOrganisationAsync("Stichting Kansrijk", null, 0);
        var walkIns = scenario.Services.GetRequiredService<WalkInService>();
        var operation = new DoorOperation(Guid.NewGuid(), scenario.Time.GetUtcNow().UtcDateTime);
        var walkIn = new WalkIn("Jeroen", "de Boer", null, null, "stichting  KANSRIJK", Sector.Business);

        var first = await walkIns.RegisterAsync(scenario.EventId, walkIn, Staff.Door, operation);
        var replay = await walkIns.RegisterAsync(scenario.EventId, walkIn, Staff.Door, operation);

        Assert.Equal(first.Value.Guest!.InvitationId, replay.Value.Guest!.InvitationId);
        Assert.Equal(DoorAnswerKind.CheckedIn, replay.Value.Kind);
        await using var db = await scenario.NewContextAsync();
        var contact = await db.Contacts.SingleAsync(c => c.LastName == "de Boer");
        Assert.Equal(organisationId, contact.OrganisationId);
        Assert.False(contact.HasEmail); // a stand-in address that is never sent to
        Assert.Equal(1, await db.Organisations.CountAsync(o => o.Name == "Stichting Kansrijk"));
    }

    [Fact]
    public async Task SomeoneInvitedWhoDeclined_RegisteredAsAWalkIn_IsAdmittedOnTheirOwnInvitation()
    {
        await using var scenario = await AtTheDoorAsync(invitees: 2, accepted: [0], otherAnswers: new() { [1] = InvitationStatus.Declined });
        var walkIns = scenario.Services.GetRequiredService<WalkInService>();

        var answer = await walkIns.RegisterAsync(scenario.EventId, new WalkIn("Partner", "001", InvitationScenario.Email(1).ToUpperInvariant(), null), Staff.Door);

        Assert.Equal((ArrivalKind.Admitted, await InvitationIdOfAsync(scenario, 1)), (answer.Value.Guest!.Arrival, answer.Value.Guest.InvitationId));
        await using var db = await scenario.NewContextAsync();
        Assert.Equal(2, await db.Contacts.CountAsync(c => c.Email.StartsWith("partner")));
    }

    [Fact]
    public async Task APartnerWhoSentAColleague_ComesAnywayAsAWalkIn_AndIsCheckedInOnTheirOwnInvitation_BesideTheColleague()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true));
        await scenario.PlaceAtOrganisationAsync("Stichting Kansrijk", "example.org", 0); // a colleague at its own domain needs no approval
        var sent = await scenario.Services.GetRequiredService<ColleagueService>()
            .SendInsteadAsync(scenario.TokenOf(0), new ContactInput("Sanne", "Bos", "sanne.bos@example.org"));
        Assert.Equal(new NominationOutcome("Sanne Bos", AwaitsApproval: false), sent.Value);
        scenario.Time.SetUtcNow(InvitationScenario.EventStart.AddMinutes(-10));
        var walkIns = scenario.Services.GetRequiredService<WalkInService>();

        var answer = await walkIns.RegisterAsync(scenario.EventId, new WalkIn("Partner", "000", InvitationScenario.Email(0), null), Staff.Door,
            new DoorOperation(Guid.NewGuid(), scenario.Time.GetUtcNow().UtcDateTime));

        Assert.True(answer.Succeeded, answer.ErrorCode);
        Assert.Equal((DoorAnswerKind.CheckedIn, ArrivalKind.WalkIn, await InvitationIdOfAsync(scenario, 0)),
            (answer.Value.Kind, answer.Value.Guest!.Arrival, answer.Value.Guest.InvitationId));
        await using var db = await scenario.NewContextAsync();
        Assert.Equal(2, await db.Invitations.CountAsync(i => i.EventId == scenario.EventId));
        Assert.NotNull(await db.Invitations.SingleOrDefaultAsync(i => i.Contact.Email == "sanne.bos@example.org" && i.Status == InvitationStatus.Invited));
    }

    [Fact]
    public async Task AWalkInUndoneByMistake_RegisteredAgainWithTheSameEmail_IsCheckedInAgain_OnTheSameInvitation()
    {
        await using var scenario = await AtTheDoorAsync(invitees: 1, accepted: []);
        var walkIns = scenario.Services.GetRequiredService<WalkInService>();
        var walkIn = new WalkIn("Fatima", "El Amrani", "fatima@buurtwerk.example", null);
        var first = await walkIns.RegisterAsync(scenario.EventId, walkIn, Staff.Door, new DoorOperation(Guid.NewGuid(), scenario.Time.GetUtcNow().UtcDateTime));
        Assert.True((await CheckIns(scenario).UndoAsync(scenario.EventId, first.Value.Guest!.InvitationId, Staff.Door)).Succeeded);

        var again = await walkIns.RegisterAsync(scenario.EventId, walkIn, Staff.Door, new DoorOperation(Guid.NewGuid(), scenario.Time.GetUtcNow().UtcDateTime));

        Assert.True(again.Succeeded, again.ErrorCode);
        Assert.Equal((DoorAnswerKind.CheckedIn, first.Value.Guest.InvitationId), (again.Value.Kind, again.Value.Guest!.InvitationId));
        Assert.Equal(1, (await CheckIns(scenario).CountsAsync(scenario.EventId)).WalkIns);
    }

    [Fact]
    public async Task OneRegistrationSentTwiceAtTheSameMoment_WithoutAnEmail_RegistersOnePerson()
    {
        await using var scenario = await AtTheDoorAsync(invitees: 1, accepted: []);
        var walkIns = scenario.Services.GetRequiredService<WalkInService>();
        var operation = new DoorOperation(Guid.NewGuid(), scenario.Time.GetUtcNow().UtcDateTime);
        var walkIn = new WalkIn("Sem", "Kok", null, null);

        var answers = await Task.WhenAll(
            walkIns.RegisterAsync(scenario.EventId, walkIn, Staff.Door, operation),
            walkIns.RegisterAsync(scenario.EventId, walkIn, Staff.Door, operation));

        Assert.All(answers, answer => Assert.Equal(DoorAnswerKind.CheckedIn, answer.Value.Kind));
        Assert.Equal(answers[0].Value.Guest!.InvitationId, answers[1].Value.Guest!.InvitationId);
        await using var db = await scenario.NewContextAsync();
        Assert.Equal(1, await db.Contacts.CountAsync(c => c.LastName == "Kok"));
        Assert.Equal(1, (await CheckIns(scenario).CountsAsync(scenario.EventId)).WalkIns);
    }

    [Fact]
    public Task TwoDesksRegisterOnePersonAtTheSameMoment_BothAreAnswered_AndThePersonIsRegisteredOnce() =>
        TwoDesksRegisterOnePersonAsync(onPostgres: false);

    [Fact]
    public Task TwoDesksRegisterOnePersonAtTheSameMoment_BothAreAnswered_AndThePersonIsRegisteredOnce_OnPostgres() =>
        TwoDesksRegisterOnePersonAsync(onPostgres: true);

    private static async Task TwoDesksRegisterOnePersonAsync(bool onPostgres)
    {
        await using var scenario = await AtTheDoorAsync(invitees: 1, accepted: [], onPostgres: onPostgres);
        var walkIns = scenario.Services.GetRequiredService<WalkInService>();
        var walkIn = new WalkIn("Fatima", "El Amrani", "fatima@buurtwerk.example", null, "Buurtwerk Oost", Sector.CivilSociety);

        // Each desk its own registration (its own operation id); an exception here is a desk that thinks it is offline.
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => walkIns.RegisterAsync(scenario.EventId, walkIn, Staff.Door,
            new DoorOperation(Guid.NewGuid(), scenario.Time.GetUtcNow().UtcDateTime)))));

        Assert.All(answers, answer => Assert.True(answer.Succeeded, answer.ErrorCode));
        Assert.Single(answers, answer => answer.Value.Kind == DoorAnswerKind.CheckedIn);
        Assert.All(answers.Where(a => a.Value.Kind != DoorAnswerKind.CheckedIn), answer => Assert.Equal(DoorAnswerKind.AlreadyIn, answer.Value.Kind));
        await using var db = await scenario.NewContextAsync();
        Assert.Equal(1, await db.Contacts.CountAsync(c => c.Email == "fatima@buurtwerk.example"));
        Assert.Equal(1, await db.Organisations.CountAsync(o => o.Name == "Buurtwerk Oost"));
        Assert.Equal(1, (await CheckIns(scenario).CountsAsync(scenario.EventId)).WalkIns);
    }

    [Fact]
    public async Task AWalkInWithoutAnEmailAddress_NeverGetsAMessageSent()
    {
        await using var scenario = await AtTheDoorAsync(invitees: 1, accepted: []);
        var answer = await scenario.Services.GetRequiredService<WalkInService>()
            .RegisterAsync(scenario.EventId, new WalkIn("Sem", "Kok", " ", null), Staff.Door);
        await using var db = await scenario.NewContextAsync();
        var contact = await db.Contacts.SingleAsync(c => c.LastName == "Kok");

        var message = new EmailDraft(EventHub.Core.Common.Language.Nl).Paragraph("Hallo").ToMessage(contact.Email, contact.FullName, "Uitnodiging", "invitation", DateTime.UtcNow);

        Assert.Null(answer.Value.Guest!.Organisation); // a resident without an organisation
        Assert.Equal(OutboxStatus.Failed, message.Status);
    }

    [Fact]
    public async Task UndoingAWalkIn_CancelsTheRegistration_AndTheCountsGoBack()
    {
        await using var scenario = await AtTheDoorAsync(invitees: 1, accepted: []);
        var answer = await scenario.Services.GetRequiredService<WalkInService>()
            .RegisterAsync(scenario.EventId, new WalkIn("Sem", "Kok", null, null), Staff.Door);

        var undone = await CheckIns(scenario).UndoAsync(scenario.EventId, answer.Value.Guest!.InvitationId, Staff.Door);

        Assert.True(undone.Succeeded);
        Assert.Equal(0, (await CheckIns(scenario).CountsAsync(scenario.EventId)).WalkIns);
        await using var db = await scenario.NewContextAsync();
        Assert.Equal(InvitationStatus.Cancelled, (await db.Invitations.SingleAsync(i => i.Id == answer.Value.Guest.InvitationId)).Status);
    }

    [Theory]
    [InlineData("", "Kok", null, null, DoorErrors.NameRequired)]
    [InlineData("Sem", "Kok", "sem@", null, DoorErrors.EmailInvalid)]
    [InlineData("Sem", "Kok", null, "Nieuw Initiatief", DoorErrors.OrganisationRequired)]
    public async Task AnIncompleteWalkIn_IsRefusedWithAReason_AndNothingIsSaved(string first, string last, string? email, string? newOrganisation, string error)
    {
        await using var scenario = await AtTheDoorAsync(invitees: 1, accepted: []);

        var answer = await scenario.Services.GetRequiredService<WalkInService>()
            .RegisterAsync(scenario.EventId, new WalkIn(first, last, email, null, newOrganisation), Staff.Door);

        Assert.Equal(error, answer.ErrorCode);
        await using var db = await scenario.NewContextAsync();
        Assert.False(await db.Contacts.AnyAsync(c => c.LastName == "Kok"));
    }

    [Fact]
    public async Task OnlyThoseWhoMayWorkTheDoor_RegisterWalkIns_AndFindOrganisations()
    {
        await using var scenario = await AtTheDoorAsync(invitees: 1, accepted: []);
        await scenario.PlaceAtOrganisationAsync("Stichting Kansrijk", null, 0);
        var walkIns = scenario.Services.GetRequiredService<WalkInService>();

        var facilitator = await walkIns.RegisterAsync(scenario.EventId, new WalkIn("Sem", "Kok", null, null), Staff.Facilitator);
        var found = await walkIns.FindOrganisationsAsync(scenario.EventId, "kansrijk", Staff.Door);
        var notForFacilitators = await walkIns.FindOrganisationsAsync(scenario.EventId, "kansrijk", Staff.Facilitator);

        Assert.Equal(EventHub.Core.Common.AccessErrors.NotAllowed, facilitator.ErrorCode);
        Assert.Equal("Stichting Kansrijk", Assert.Single(found).Name);
        Assert.Empty(notForFacilitators);
    }
}
