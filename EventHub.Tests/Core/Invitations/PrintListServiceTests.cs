using EventHub.Core.Directory;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;
using EventHub.Core.Privacy;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Invitations;

public class PrintListServiceTests
{
    [Fact]
    public async Task BadgeSheets_HoldTheGuestsWhoAccepted_ByLastName_EightToASheet()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 12, capacity: 20);
        string[] lastNames = ["Zwart", "de Vries", "Bakker", "van der Berg", "Jansen", "Mulder", "Smit", "Visser", "Dekker", "Peters", "Bos", "Meijer"];
        await RenameAsync(scenario, lastNames);
        for (var i = 0; i < 9; i++)
        {
            await AnswerAsync(scenario, i, InvitationStatus.Accepted);
        }

        await AnswerAsync(scenario, 9, InvitationStatus.Tentative);
        await AnswerAsync(scenario, 10, InvitationStatus.Declined);
        var print = scenario.Services.GetRequiredService<PrintListService>();

        var sheets = (await print.BadgeSheetsAsync(scenario.EventId, includeTentative: false))!;
        var withMaybe = (await print.BadgeSheetsAsync(scenario.EventId, includeTentative: true))!;

        Assert.Equal([8, 1], sheets.Sheets.Select(s => s.Count));
        // Dutch last names are filed under the name, not the prefix: "van der Berg" under B, "de Vries" under V.
        Assert.Equal(["Bakker", "van der Berg", "Dekker", "Jansen", "Mulder", "Smit", "Visser", "de Vries", "Zwart"],
            sheets.Sheets.SelectMany(s => s).Select(g => g.LastName));
        Assert.All(sheets.Sheets.SelectMany(s => s), g => Assert.Equal(InvitationStatus.Accepted, g.Status));
        Assert.Equal(10, withMaybe.GuestCount);
        Assert.Contains(withMaybe.Sheets.SelectMany(s => s), g => g is { LastName: "Peters", Status: InvitationStatus.Tentative });
        Assert.Equal("Alliantiedag", sheets.Event.Title);
    }

    [Fact]
    public async Task AGuestWithoutACheckInCode_GetsOne_Once_AndOthersKeepTheirs()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        await AnswerAsync(scenario, 0, InvitationStatus.Accepted);
        await AnswerAsync(scenario, 1, InvitationStatus.Accepted);
        Dictionary<int, string?> before;
        await using (var db = await scenario.NewContextAsync())
        {
            var first = await db.Invitations.Where(i => i.Contact.Email == InvitationScenario.Email(0)).Select(i => i.Id).SingleAsync();
            await db.Invitations.Where(i => i.Id == first).ExecuteUpdateAsync(s => s.SetProperty(i => i.CheckInCode, (string?)null));
            before = await db.Invitations.ToDictionaryAsync(i => i.Id, i => i.CheckInCode);
        }

        var print = scenario.Services.GetRequiredService<PrintListService>();
        var badges = (await print.BadgeSheetsAsync(scenario.EventId, includeTentative: false))!.Sheets.Single();
        var lists = (await print.SignInListsAsync(scenario.EventId, includeTentative: false))!.Lists.Single().Guests;

        await using var read = await scenario.NewContextAsync();
        var stored = await read.Invitations.ToDictionaryAsync(i => i.Id, i => i.CheckInCode);
        var assigned = before.Single(b => b.Value is null).Key;
        Assert.Matches("^[2-9A-Z]{10}$", stored[assigned]);
        Assert.Equal(stored[assigned], badges.Single(g => g.InvitationId == assigned).CheckInCode);
        Assert.Equal(stored[assigned], lists.Single(g => g.InvitationId == assigned).CheckInCode);
        var kept = before.Single(b => b.Value is not null);
        Assert.Equal(kept.Value, stored[kept.Key]);
        Assert.Equal(kept.Value, badges.Single(g => g.InvitationId == kept.Key).CheckInCode);
    }

    [Fact]
    public async Task SignInLists_AreOnePerOrganisation_ByName_WithPeopleWithoutOneLast()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 5, capacity: 10);
        await RenameAsync(scenario, ["Smit", "Bakker", "Visser", "Dekker", "Aalders"]);
        for (var i = 0; i < 5; i++)
        {
            await AnswerAsync(scenario, i, InvitationStatus.Accepted);
        }

        await scenario.PlaceAtOrganisationAsync("Zonnebloem", null, 0, 1);
        await scenario.PlaceAtOrganisationAsync("Bibliotheek Noord", null, 2);
        var print = scenario.Services.GetRequiredService<PrintListService>();

        var lists = (await print.SignInListsAsync(scenario.EventId, includeTentative: false))!.Lists;

        Assert.Equal(["Bibliotheek Noord", "Zonnebloem", null], lists.Select(l => l.Organisation));
        Assert.Equal(["Bakker", "Smit"], lists[1].Guests.Select(g => g.LastName));
        Assert.Equal(["Aalders", "Dekker"], lists[2].Guests.Select(g => g.LastName));
        Assert.Equal(Sector.CivilSociety, lists[0].Guests.Single().Sector);
        Assert.Null(lists[2].Guests[0].Sector);
    }

    [Fact]
    public async Task AnAnonymisedContact_IsNeverPrinted()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        await AnswerAsync(scenario, 0, InvitationStatus.Accepted);
        await AnswerAsync(scenario, 1, InvitationStatus.Accepted);
        await using (var db = await scenario.NewContextAsync())
        {
            var erased = await db.Contacts.Where(c => c.Email == InvitationScenario.Email(1)).Select(c => c.Id).SingleAsync();
            // Already in the room, so erasing keeps their invitation (one not used yet would be withdrawn).
            (await db.Invitations.SingleAsync(i => i.ContactId == erased)).CheckIn(scenario.Time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
            await ContactAnonymiser.AnonymiseAsync(db, scenario.Services.GetRequiredService<SiteLinks>(), [erased], scenario.Time.GetUtcNow().UtcDateTime, default);
            await db.SaveChangesAsync();
        }

        var print = scenario.Services.GetRequiredService<PrintListService>();
        var badges = (await print.BadgeSheetsAsync(scenario.EventId, includeTentative: true))!;
        var lists = (await print.SignInListsAsync(scenario.EventId, includeTentative: true))!;

        Assert.Equal("000", Assert.Single(badges.Sheets.SelectMany(s => s)).LastName);
        Assert.Equal("000", Assert.Single(lists.Lists.SelectMany(l => l.Guests)).LastName);
    }

    [Fact]
    public async Task AnUnknownEvent_HasNothingToPrint()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var print = scenario.Services.GetRequiredService<PrintListService>();

        Assert.Null(await print.BadgeSheetsAsync(scenario.EventId + 1, includeTentative: false));
        Assert.Null(await print.SignInListsAsync(scenario.EventId + 1, includeTentative: false));
    }

    private static async Task AnswerAsync(InvitationScenario scenario, int index, InvitationStatus answer) =>
        Assert.True((await scenario.Rsvp.RespondAsync(scenario.TokenOf(index), new RsvpAnswer(answer, PrivacyAccepted: true))).Succeeded);

    private static async Task RenameAsync(InvitationScenario scenario, string[] lastNames)
    {
        await using var db = await scenario.NewContextAsync();
        for (var i = 0; i < lastNames.Length; i++)
        {
            var contact = await db.Contacts.SingleAsync(c => c.Email == InvitationScenario.Email(i));
            contact.Rename($"Partner{i}", lastNames[i]);
        }

        await db.SaveChangesAsync();
    }
}
