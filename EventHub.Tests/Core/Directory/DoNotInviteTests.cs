using EventHub.Core.Common;
using System.Text.RegularExpressions;
using EventHub.Core.Directory;
using EventHub.Core.Directory.Import;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EventHub.Tests.Support.ImportFiles;

namespace EventHub.Tests.Core.Directory;

/// <summary>
/// The right to object: a "stop inviting me" link in every email to a partner sets a do-not-invite mark that every
/// way of adding people respects and an import never clears.
/// </summary>
public partial class DoNotInviteTests
{
    [Fact]
    public async Task TheStopLinkInAnInvitation_AfterConfirming_MarksTheContact_AndOpensNothingForAnUnknownToken()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var service = scenario.Services.GetRequiredService<DoNotInviteService>();
        string text;
        await using (var db = await scenario.NewContextAsync())
        {
            text = OutboxLinks.TextAsSent(scenario.Services, await db.OutboxMessages.SingleAsync());
        }

        var token = StopToken(text);
        var before = await service.GetAsync(token);
        var stopped = await service.StopAsync(token);
        var after = await service.GetAsync(token);

        Assert.Equal(new StopInvitingView("Partner", AlreadyStopped: false), before);
        Assert.True(stopped.Succeeded);
        Assert.Equal(new StopInvitingView("Partner", AlreadyStopped: true), after);
        Assert.Null(await service.GetAsync(token[..^1] + (token[^1] == 'A' ? 'B' : 'A')));
        await using var check = await scenario.NewContextAsync();
        Assert.Equal(scenario.Time.GetUtcNow().UtcDateTime, (await check.Contacts.SingleAsync()).DoNotInviteSinceUtc);
    }

    [Fact]
    public async Task AnObjectionByPhone_RecordedByAnOrganiser_MarksTheContactAsTheLinkWould_AndOnlyOrganisersMayRecordIt()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var service = scenario.Services.GetRequiredService<DoNotInviteService>();
        int contactId;
        await using (var db = await scenario.NewContextAsync())
        {
            contactId = (await db.Contacts.SingleAsync()).Id;
        }

        var byFacilitator = await service.RecordAsync(contactId, Staff.Facilitator);
        var byOrganiser = await service.RecordAsync(contactId, Staff.Organiser);
        scenario.Time.Advance(TimeSpan.FromDays(1));
        var again = await service.RecordAsync(contactId, Staff.Organiser);

        Assert.Equal(AccessErrors.NotAllowed, byFacilitator.ErrorCode);
        Assert.True(byOrganiser.Succeeded && again.Succeeded);
        await using var check = await scenario.NewContextAsync();
        Assert.Equal(scenario.Time.GetUtcNow().UtcDateTime.AddDays(-1), (await check.Contacts.SingleAsync()).DoNotInviteSinceUtc); // since the first time
    }

    [Fact]
    public async Task EveryWayOfAddingPeople_LeavesOutAContactWhoAskedNotToBeInvited()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 3, capacity: 10);
        var (school, marked, later) = await SeedAsync(scenario);
        var invitations = scenario.Invitations;
        var delegates = scenario.Services.GetRequiredService<DelegateService>();
        var colleagues = scenario.Services.GetRequiredService<ColleagueService>();
        var markedPerson = new ContactInput("Mira", "Marked", InvitationScenario.Email(0), OrganisationId: school);

        var byOrganisation = await invitations.AddMatchingAsync(later[0], new ContactQuery(OrganisationId: school), Staff.Organiser);
        var bySector = await invitations.AddMatchingAsync(later[1], new ContactQuery(Sector: Sector.Education), Staff.Organiser);
        var bySearch = await invitations.AddMatchingAsync(later[2], new ContactQuery(Search: "partner"), Staff.Organiser);
        var byTag = await invitations.AddMatchingAsync(later[3], new ContactQuery(OrganisationTag: "VVE"), Staff.Organiser);
        var attended = await invitations.AddAsync(later[4], await invitations.AttendeesOfAsync(scenario.EventId), Staff.Organiser);
        var everyoneChosen = await invitations.AddAsync(later[5], [marked], Staff.Organiser);
        var asPrimaryContact = await delegates.InviteOrganisationAsync(later[5], marked, seats: 2);
        var asDelegate = await delegates.NominateAsync(scenario.TokenOf(2), markedPerson);
        var asColleague = await colleagues.SendInsteadAsync(scenario.TokenOf(1), markedPerson);

        Assert.Equal([2, 2, 2, 2, 1, 0], new[] { byOrganisation, bySector, bySearch, byTag, attended, everyoneChosen }.Select(r => r.Value));
        Assert.Equal(InvitationErrors.DoNotInvite, asPrimaryContact.ErrorCode);
        Assert.Equal(InvitationErrors.ColleagueNotInvitable, asDelegate.ErrorCode);
        Assert.Equal(InvitationErrors.ColleagueNotInvitable, asColleague.ErrorCode);
        await using var db = await scenario.NewContextAsync();
        Assert.Equal([scenario.EventId], await db.Invitations.Where(i => i.ContactId == marked).Select(i => i.EventId).ToListAsync());
        // The add-people dialog shows them, not tickable, as having asked not to be invited.
        var byOrganisationShown = await invitations.CandidatesAsync(later[0], new ContactQuery(OrganisationId: school));
        var attendeesShown = await invitations.CandidatesAsync(later[4], await invitations.AttendeesOfAsync(scenario.EventId));
        Assert.Equal(CandidateState.DoNotInvite, byOrganisationShown.Single(c => c.ContactId == marked).State);
        Assert.Equal(CandidateState.DoNotInvite, attendeesShown.Single(c => c.ContactId == marked).State);
    }

    [Fact]
    public async Task SomeoneWhoAskedNotToBeInvited_IsNotRemindedToAnswer()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        await using (var db = await scenario.NewContextAsync())
        {
            (await db.Contacts.SingleAsync(c => c.Email == InvitationScenario.Email(0))).ObjectToInvitations(scenario.Time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        }

        scenario.Time.SetUtcNow(InvitationScenario.EventStart.AddDays(-14).AddHours(1)); // a week before the deadline
        var queued = await scenario.Services.GetRequiredService<ReminderService>().QueueDueAsync();

        Assert.Equal(1, queued);
        await using var check = await scenario.NewContextAsync();
        Assert.Equal(InvitationScenario.Email(1), (await check.OutboxMessages.SingleAsync(m => m.Kind == InvitationEmails.ReminderKind)).ToAddress);
    }

    [Fact]
    public async Task AnImport_NeverClearsTheMark_AndMarksNewPeopleAsImported()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        await using (var db = await scenario.NewContextAsync())
        {
            (await db.Contacts.SingleAsync()).ObjectToInvitations(scenario.Time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        }

        var import = scenario.Services.GetRequiredService<DirectoryImportService>();
        var file = Csv($"""
            {EnglishHeader}
            Partner,Renamed,{InvitationScenario.Email(0)},050-1234567,,en,,,,,,,
            Nina,Nieuw,nina@example.org,,,nl,,,,,,,
            """);

        var summary = await import.ImportAsync(file, import.SuggestedMapping(file), new ImportOptions(), Staff.Organiser);

        Assert.Equal((1, 1), (summary.CreatedContacts, summary.UpdatedContacts));
        await using var check = await scenario.NewContextAsync();
        var contacts = await check.Contacts.OrderBy(c => c.Id).ToListAsync();
        Assert.Equal(("Renamed", true, ContactSource.Entered), (contacts[0].LastName, contacts[0].DoNotInvite, contacts[0].Source));
        Assert.Equal((false, ContactSource.Import), (contacts[1].DoNotInvite, contacts[1].Source));
    }

    [Fact]
    public async Task LiftingTheMark_NeedsTheOrganisersConfirmationThatThePersonAsked()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        int id;
        await using (var db = await scenario.NewContextAsync())
        {
            var contact = await db.Contacts.SingleAsync();
            contact.ObjectToInvitations(scenario.Time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
            id = contact.Id;
        }

        var service = scenario.Services.GetRequiredService<DoNotInviteService>();
        var unconfirmed = await service.LiftAsync(id, personAsked: false, Staff.Organiser);
        await using (var db = await scenario.NewContextAsync())
        {
            Assert.True((await db.Contacts.SingleAsync()).DoNotInvite);
        }

        var confirmed = await service.LiftAsync(id, personAsked: true, Staff.Organiser);

        Assert.Equal((DoNotInviteService.PersonDidNotAsk, true), (unconfirmed.ErrorCode, confirmed.Succeeded));
        await using var check = await scenario.NewContextAsync();
        Assert.False((await check.Contacts.SingleAsync()).DoNotInvite);
    }

    [Fact]
    public async Task APersonNamedByAColleague_IsToldWithTheirFirstEmailOnly_WhereTheirDataCameFrom()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var colleague = new ContactInput("Cas", "Collega", "cas@example.org", EventHub.Core.Common.Language.En);
        await scenario.PlaceAtOrganisationAsync("Stichting Voorbeeld", "example.org", 0); // a colleague at the own domain is invited at once

        var sent = await scenario.Services.GetRequiredService<ColleagueService>().SendInsteadAsync(scenario.TokenOf(0), colleague);
        Assert.True(sent.Succeeded, sent.ErrorCode);
        await using (var db = await scenario.NewContextAsync())
        {
            var invitation = await db.Invitations.SingleAsync(i => i.Contact.Email == "cas@example.org");
            Assert.Equal(ContactSource.Nominated, (await db.Contacts.SingleAsync(c => c.Email == "cas@example.org")).Source);
            await scenario.Invitations.ResendAsync(invitation.Id, Staff.Organiser);
        }

        Assert.True(sent.Succeeded);
        await using var check = await scenario.NewContextAsync();
        var emails = await check.OutboxMessages.Where(m => m.ToAddress == "cas@example.org").OrderBy(m => m.Id).ToListAsync();
        Assert.Equal(2, emails.Count);
        Assert.Contains("a colleague gave us your name and email address", emails[0].TextBody);
        Assert.DoesNotContain("a colleague gave us", emails[1].TextBody);
        Assert.All(emails, e => Assert.Contains("Stop inviting me: ", e.TextBody));
        // Each email its own link; stored only as a placeholder (a copy of the database opens nothing).
        Assert.All(emails, e => Assert.Contains("/stop/personal-link-", e.TextBody));
        Assert.NotEqual(StopToken(OutboxLinks.TextAsSent(scenario.Services, emails[0])), StopToken(OutboxLinks.TextAsSent(scenario.Services, emails[1])));
    }

    [Fact]
    public async Task AStopLinkFromARecordMergedTwice_MarksTheRecordThatCarriesOn_SoNoOneAddsThePersonAgain()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var now = scenario.Time.GetUtcNow().UtcDateTime;
        int first, second, third;
        string token;
        await using (var db = await scenario.NewContextAsync())
        {
            var school = new Organisation("Basisschool De Regenboog", Sector.Education, null, now);
            var records = new[] { "piet@regenboog.nl", "p.bakker@regenboog.nl", "pietbakker@gmail.com" }
                .Select(email => new Contact("Piet", "Bakker", email, EventHub.Core.Common.Language.Nl, now)).ToList();
            foreach (var record in records)
            {
                record.MoveTo(school, now);
                db.Contacts.Add(record);
            }

            token = records[0].IssueStopLink(now); // the link in an email Piet received before the merges
            await db.SaveChangesAsync();
            (first, second, third) = (records[0].Id, records[1].Id, records[2].Id);
        }

        var merges = scenario.Services.GetRequiredService<MergeService>();
        Assert.True((await merges.MergeContactsAsync(second, first, Staff.Organiser)).Succeeded);
        Assert.True((await merges.MergeContactsAsync(third, second, Staff.Organiser)).Succeeded);

        var stopped = await scenario.Services.GetRequiredService<DoNotInviteService>().StopAsync(token);

        Assert.True(stopped.Succeeded);
        await using var check = await scenario.NewContextAsync();
        Assert.All(await check.Contacts.Where(c => c.LastName == "Bakker").ToListAsync(), c => Assert.True(c.DoNotInvite, c.Email));
        Assert.Equal(0, (await scenario.Invitations.AddAsync(scenario.EventId, [third], Staff.Organiser)).Value);
    }

    /// <summary>
    /// Partners 000 (who asked not to be invited), 001 and 002 work at a school with the tag VVE; 000 and 001 came to
    /// the scenario's event; 002 may nominate delegates there. Six more events to add people to.
    /// </summary>
    private static async Task<(int School, int Marked, IReadOnlyList<int> Later)> SeedAsync(InvitationScenario scenario)
    {
        var now = scenario.Time.GetUtcNow().UtcDateTime;
        await using var db = await scenario.NewContextAsync();
        var school = new Organisation("Noorderpoort College", Sector.Education, null, now);
        school.Retag(["VVE"]);
        db.Organisations.Add(school);
        var contacts = await db.Contacts.Include(c => c.Affiliations).OrderBy(c => c.Email).ToListAsync();
        foreach (var contact in contacts)
        {
            contact.MoveTo(school, now);
        }

        contacts[0].ObjectToInvitations(now);
        var invitations = await db.Invitations.OrderBy(i => i.Contact.Email).ToListAsync();
        invitations[0].CheckIn(now);
        invitations[1].CheckIn(now);
        invitations[2].OfferDelegateSeats(2);
        var later = Enumerable.Range(1, 6).Select(i => new Event($"Follow-up {i}", InvitationScenario.EventStart.AddDays(7 * i), InvitationScenario.EventStart.AddDays(7 * i).AddHours(2))).ToList();
        db.Events.AddRange(later);
        await db.SaveChangesAsync();
        return (school.Id, contacts[0].Id, later.Select(e => e.Id).ToList());
    }

    private static string StopToken(string text) => InvitationScenario.StopTokenIn(text);
}
