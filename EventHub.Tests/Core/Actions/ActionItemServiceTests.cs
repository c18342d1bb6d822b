using EventHub.Core.Actions;
using EventHub.Core.Door;
using EventHub.Core.Invitations;
using EventHub.Core.Outcomes;
using EventHub.Tests.Core.Door;
using EventHub.Tests.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Actions;

public class ActionItemServiceTests
{
    private static readonly DateOnly Due = new(2027, 6, 1);

    [Fact]
    public async Task Create_WithOwnerOrganisationAndContact_IsListedForTheSession()
    {
        await using var scenario = await OutcomeScenario.CreateAsync();

        var created = await scenario.Actions.CreateAsync(scenario.WorkshopA,
            new ActionItemDraft("Taalcafé opzetten", scenario.School, scenario.SchoolContact, Due), scenario.Femke);
        var list = (await scenario.Actions.ListAsync(scenario.WorkshopA, scenario.Femke)).Value;

        var item = Assert.Single(list);
        Assert.Equal(created.Value, item);
        Assert.Equal(("Taalcafé opzetten", "Noorderpoort College", "Partner 000", Due, ActionItemStatus.Open),
            (item.What, item.OwnerOrganisation, item.OwnerContact, item.DueOn, item.Status));
        Assert.Empty((await scenario.Actions.ListAsync(scenario.WorkshopB, scenario.Bas)).Value);
    }

    [Fact]
    public async Task People_WhoTookPartInTheSession_AreOfferedFirst_AsTheyAreTheOnesInTheRoom()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 3, capacity: 10, sessionCapacity: 10);
        await scenario.PlaceAtOrganisationAsync("Stichting Samen", null, 0, 1, 2);
        var workshop = scenario.SessionIds[0];
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(2), new RsvpAnswer(InvitationStatus.Accepted, [workshop], PrivacyAccepted: true));
        var actions = scenario.Services.GetRequiredService<ActionItemService>();

        var inTheRoom = await actions.PeopleAsync("partner", workshop);
        var anywhere = await actions.PeopleAsync("partner");

        Assert.Equal(["Partner 002", "Partner 000", "Partner 001"], inTheRoom.Select(p => p.Contact));
        Assert.Equal(["Partner 000", "Partner 001", "Partner 002"], anywhere.Select(p => p.Contact));
    }

    [Fact]
    public async Task People_InTheRoomOfASession_ReadThatSessionOnce_AsTheOwnerFieldAsksAgainAtEveryKeystroke()
    {
        var commands = new SqlCommandLog();
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 3, capacity: 10, sessionCapacity: 10,
            configure: services => services.AddSingleton<IInterceptor>(commands));
        await scenario.PlaceAtOrganisationAsync("Stichting Samen", null, 0, 1, 2);
        var workshop = scenario.SessionIds[0];
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), new RsvpAnswer(InvitationStatus.Accepted, [workshop], PrivacyAccepted: true));
        var actions = scenario.Services.GetRequiredService<ActionItemService>();

        commands.Clear();
        var inTheRoom = await actions.PeopleAsync("partner", workshop);

        Assert.Equal(["Partner 001", "Partner 000", "Partner 002"], inTheRoom.Select(p => p.Contact));
        Assert.Equal(1, commands.ReadsFrom("Sessions"));
    }

    [Fact]
    public async Task People_AtAPlenary_OfferWhoeverTheEventsDoorLetIn_AmongThoseWhoCame_AsTheirListOfParticipantsHoldsThem()
    {
        // Partner 000 comes; 003 declined and comes after all as a walk-in; 004 declined and is admitted by name; a new
        // walk-in registers at the desk; 001 and 002 never answered and stay away.
        await using var scenario = await CheckInServiceTests.AtTheDoorAsync(invitees: 5, accepted: [0],
            otherAnswers: new() { [3] = InvitationStatus.Declined, [4] = InvitationStatus.Declined });
        var organisation = await scenario.PlaceAtOrganisationAsync("Stichting Samen", null, 0, 1, 2, 3, 4);
        var plenary = await PlenaryForEveryoneTests.AddPlenaryAsync(scenario, capacity: null);
        var walkIns = scenario.Services.GetRequiredService<WalkInService>();
        var walkedIn = await walkIns.RegisterAsync(scenario.EventId, new WalkIn("Partner", "003", InvitationScenario.Email(3), null), Staff.Door);
        var newcomer = await walkIns.RegisterAsync(scenario.EventId, new WalkIn("Partner", "010", null, organisation), Staff.Door);
        var admitted = await CheckInServiceTests.CheckIns(scenario)
            .AdmitAsync(scenario.EventId, await CheckInServiceTests.InvitationIdOfAsync(scenario, 4), Staff.Door);
        Assert.All([walkedIn, newcomer, admitted], answer => Assert.Equal(DoorAnswerKind.CheckedIn, answer.Value.Kind));
        await CheckInServiceTests.CheckIns(scenario).CheckInAsync(scenario.EventId, await CheckInServiceTests.InvitationIdOfAsync(scenario, 0), Staff.Door);

        var people = await scenario.Services.GetRequiredService<ActionItemService>().PeopleAsync("partner", plenary);
        var participants = (await scenario.Services.GetRequiredService<OutcomeService>().ParticipantsAsync(plenary, Staff.Organiser)).Value;

        Assert.Equal(["Partner 000", "Partner 003", "Partner 004", "Partner 010", "Partner 001", "Partner 002"], people.Select(p => p.Contact));
        Assert.Equal(people.Take(4).Select(p => p.Contact), participants.Select(p => p.Name));
    }

    [Fact]
    public async Task Create_ContactOfAnotherOrganisation_IsRefused()
    {
        await using var scenario = await OutcomeScenario.CreateAsync();

        var created = await scenario.Actions.CreateAsync(scenario.WorkshopA,
            new ActionItemDraft("Stageplekken tellen", scenario.School, scenario.MunicipalityContact, Due), scenario.Femke);

        Assert.Equal(ActionErrors.ContactNotOfOwner, created.ErrorCode);
    }

    [Fact]
    public async Task NamingAnErasedPersonAsOwner_IsRefused_ButAnItemTheyAlreadyOwnCanStillBeEdited()
    {
        await using var scenario = await OutcomeScenario.CreateAsync();
        var owned = (await scenario.Actions.CreateAsync(scenario.WorkshopA, new ActionItemDraft("Taalcafé opzetten", scenario.School, scenario.SchoolContact, Due), scenario.Femke)).Value;
        var unowned = (await scenario.Actions.CreateAsync(scenario.WorkshopA, new ActionItemDraft("Stageplekken tellen", scenario.School, null, Due), scenario.Femke)).Value;
        await using (var db = await scenario.NewContextAsync())
        {
            (await db.Contacts.SingleAsync(c => c.Id == scenario.SchoolContact)).Anonymise(DateTime.UtcNow);
            await db.SaveChangesAsync();
        }

        // A form opened before the erasure still lists the person.
        var named = await scenario.Actions.EditAsync(unowned.Id, unowned.ToDraft() with { OwnerContactId = scenario.SchoolContact }, unowned.Version, scenario.Femke);
        var created = await scenario.Actions.CreateAsync(scenario.WorkshopA, new ActionItemDraft("Ouders uitnodigen", scenario.School, scenario.SchoolContact, Due), scenario.Femke);
        var edited = await scenario.Actions.EditAsync(owned.Id, owned.ToDraft() with { What = "Taalcafé in de bibliotheek" }, owned.Version, scenario.Femke);

        Assert.Equal((ActionErrors.ContactGone, ActionErrors.ContactGone), (named.ErrorCode, created.ErrorCode));
        Assert.Equal("Taalcafé in de bibliotheek", edited.Saved!.What);
    }

    [Theory]
    [InlineData("  ", ActionErrors.WhatRequired)]
    [InlineData(null, ActionErrors.WhatTooLong)]
    public async Task Create_WithoutAClearWhat_IsRefused(string? what, string code)
    {
        await using var scenario = await OutcomeScenario.CreateAsync();

        var created = await scenario.Actions.CreateAsync(scenario.WorkshopA,
            new ActionItemDraft(what ?? new string('x', 501), scenario.School, null, Due), scenario.Femke);

        Assert.Equal(code, created.ErrorCode);
    }

    [Fact]
    public async Task Edit_StatusChanged_IsRecordedInTheHistoryWithTheEditor()
    {
        await using var scenario = await OutcomeScenario.CreateAsync();
        var created = (await scenario.Actions.CreateAsync(scenario.WorkshopA, new ActionItemDraft("Taalcafé opzetten", scenario.School, null, Due), scenario.Femke)).Value;

        var edited = await scenario.Actions.EditAsync(created.Id,
            created.ToDraft() with { Status = ActionItemStatus.InProgress, OwnerContactId = scenario.SchoolContact }, created.Version, scenario.Femke);

        Assert.Equal((ActionItemStatus.InProgress, created.Version + 1, "Partner 000"), (edited.Saved!.Status, edited.Saved.Version, edited.Saved.OwnerContact));
        await using var db = await scenario.NewContextAsync();
        var update = await db.ActionItemUpdates.SingleAsync();
        Assert.Equal((ActionItemStatus.InProgress, ActionUpdateSource.Team, "Femke Jansen"), (update.Status, update.Source, update.By));
    }

    [Fact]
    public async Task Edit_FromAStaleVersion_IsAConflictWithTheStoredItemAndChangesNothing()
    {
        await using var scenario = await OutcomeScenario.CreateAsync();
        var created = (await scenario.Actions.CreateAsync(scenario.WorkshopA, new ActionItemDraft("Taalcafé opzetten", scenario.School, null, Due), scenario.Femke)).Value;
        await scenario.Actions.EditAsync(created.Id, created.ToDraft() with { Status = ActionItemStatus.Done }, created.Version, scenario.Olga);

        var stale = await scenario.Actions.EditAsync(created.Id, created.ToDraft() with { What = "Iets anders" }, created.Version, scenario.Femke);

        Assert.True(stale.IsConflict);
        Assert.Equal(("Taalcafé opzetten", ActionItemStatus.Done), (stale.Theirs!.What, stale.Theirs.Status));
        var stored = Assert.Single((await scenario.Actions.ListAsync(scenario.WorkshopA, scenario.Femke)).Value);
        Assert.Equal(("Taalcafé opzetten", ActionItemStatus.Done), (stored.What, stored.Status));
    }

    [Fact]
    public async Task CreateAndEdit_FacilitatorOfAnotherSession_IsForbidden_OrganiserIsAllowed()
    {
        await using var scenario = await OutcomeScenario.CreateAsync();
        var draft = new ActionItemDraft("Taalcafé opzetten", scenario.School, null, Due);

        var byBas = await scenario.Actions.CreateAsync(scenario.WorkshopA, draft, scenario.Bas);
        var byOlga = await scenario.Actions.CreateAsync(scenario.WorkshopA, draft, scenario.Olga);
        var editByBas = await scenario.Actions.EditAsync(byOlga.Value.Id, draft with { What = "Gekaapt" }, byOlga.Value.Version, scenario.Bas);

        Assert.Equal(ActionErrors.NotYourSession, byBas.ErrorCode);
        Assert.True(byOlga.Succeeded);
        Assert.Equal(ActionErrors.NotYourSession, editByBas.ErrorCode);
    }

    [Fact]
    public async Task ContactsOf_Organisation_AreItsPeopleOnly()
    {
        await using var scenario = await OutcomeScenario.CreateAsync();

        var contacts = await scenario.Actions.ContactsOfAsync(scenario.School);

        Assert.Equal(["Partner 000", "Partner 001"], contacts.Select(c => c.Name));
    }

    [Fact]
    public async Task ContactsOf_Organisation_AreFiledAsTheDirectoryFilesThem()
    {
        await using var scenario = await OutcomeScenario.CreateAsync();
        await using (var db = await scenario.Invitations.NewContextAsync())
        {
            var school = await db.Organisations.SingleAsync(o => o.Id == scenario.School);
            var now = scenario.Invitations.Time.GetUtcNow().UtcDateTime;
            foreach (var (first, last) in new[] { ("Tom", "Zijlstra"), ("Els", "de Vries"), ("Ömer", "Özdemir") })
            {
                var contact = new EventHub.Core.Directory.Contact(first, last, $"{first.ToLowerInvariant()}@noorderpoort.example", EventHub.Core.Common.Language.Nl, now);
                db.Contacts.Add(contact);
                await db.SaveChangesAsync();
                contact.MoveTo(school, now);
            }

            await db.SaveChangesAsync();
        }

        var contacts = await scenario.Actions.ContactsOfAsync(scenario.School);

        Assert.Equal(["Partner 000", "Partner 001", "Ömer Özdemir", "Els de Vries", "Tom Zijlstra"], contacts.Select(c => c.Name));
    }
}
