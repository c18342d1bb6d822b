using EventHub.Core.Accounts;
using EventHub.Core.Actions;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;
using EventHub.Core.Privacy;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Privacy;

/// <summary>An erasure request: one contact anonymised in one transaction, confirmed by typing their name; admins only.</summary>
public class ContactErasureTests
{
    private static readonly TeamMember Admin = TeamMember.InRoles("admin", "Anna", Roles.Admin);

    [Fact]
    public async Task Erase_RemovesTheirDataLinksAndEmails_AndKeepsTheCounts()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        var history = await ContactHistory.SeedAsync(scenario);
        await using (var db = await scenario.NewContextAsync())
        {
            // An email whose subject names the person, and one already sent.
            var now = scenario.Time.GetUtcNow().UtcDateTime;
            db.OutboxMessages.Add(StoredEmails.Message(InvitationScenario.Email(0), "Partner 000", "Partner 000, your place at Alliantiedag", "<p>Dear Partner 000</p>", "Dear Partner 000", "update", now));
            (await db.OutboxMessages.FirstAsync(m => m.ToAddress == InvitationScenario.Email(0))).MarkSent(now);
            await db.SaveChangesAsync();
        }

        var stopToken = await StopTokenAsync(scenario);
        var countsBefore = await scenario.Invitations.CountsAsync(scenario.EventId);
        var erasure = scenario.Services.GetRequiredService<ContactErasure>();

        var result = await erasure.EraseAsync(Admin, history.ContactId, "  partner   000 ");

        Assert.True(result.Succeeded, result.ErrorCode);
        await using var check = await scenario.NewContextAsync();
        var contact = await check.Contacts.SingleAsync(c => c.Id == history.ContactId);
        Assert.Equal(($"{Contact.AnonymousName} #{contact.Id}", Contact.AnonymisedEmail(contact.Id), (string?)null, (string?)null),
            (contact.FullName, contact.Email, contact.Phone, contact.JobTitle));
        var invitation = await check.Invitations.SingleAsync(i => i.Id == history.InvitationId);
        Assert.Equal((InvitationStatus.Accepted, AccessNeeds.None, (string?)null, true),
            (invitation.Status, invitation.AccessNeeds, invitation.DietaryNeeds, invitation.Attended));
        Assert.Null(await scenario.Rsvp.GetAsync(scenario.TokenOf(0)));
        Assert.Null(await scenario.Services.GetRequiredService<ActionOwnerService>().GetAsync(history.OwnerToken));
        Assert.Null(await scenario.Services.GetRequiredService<DoNotInviteService>().GetAsync(stopToken));
        Assert.Equal(countsBefore, await scenario.Invitations.CountsAsync(scenario.EventId));

        var messages = await check.OutboxMessages.Include(m => m.Attachments)
            .Where(m => m.InvitationId == history.InvitationId || m.ToAddress == Contact.AnonymisedEmail(contact.Id)).ToListAsync();
        Assert.Equal(3, messages.Count);
        Assert.All(messages, m =>
        {
            Assert.Equal((Contact.AnonymisedEmail(contact.Id), (string?)null, "", "", true), (m.ToAddress, m.ToName, m.HtmlBody, m.TextBody, m.Erased));
            Assert.DoesNotContain("Partner 000", m.Subject);
            Assert.Empty(m.Attachments);
            Assert.NotEqual(OutboxStatus.Queued, m.Status);
        });
        Assert.Contains(messages, m => m.Subject == $"{Contact.AnonymousName} #{contact.Id}, your place at Alliantiedag");
        Assert.DoesNotContain(await check.OutboxMessages.Select(m => m.ToAddress).ToListAsync(), a => a == InvitationScenario.Email(0));
        var waitingBefore = messages.Single(m => m.Kind == "update");
        Assert.Equal((OutboxStatus.Failed, OutboxErrors.RecipientErased),
            (waitingBefore.Status, (await scenario.Services.GetRequiredService<OutboxQueries>().RetryAsync(waitingBefore.Id)).ErrorCode));

        // The export of the erased record names them nowhere.
        var export = await scenario.Services.GetRequiredService<ContactExportService>().ExportAsync(Admin, history.ContactId, Language.En);
        var (json, html) = ContactExportServiceTests.Unzip(export.Value.Content);
        Assert.DoesNotContain("Partner 000", json + html);
        Assert.DoesNotContain(InvitationScenario.Email(0), json + html);
    }

    [Fact]
    public async Task Erase_AfterTwoMerges_ForgetsEveryEarlierRecordOfThePerson()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (oldest, older, current) = await ThreeRecordsOfAnnaAsync(database);
        var merges = database.Services.GetRequiredService<MergeService>();
        Assert.True((await merges.MergeContactsAsync(older, oldest, Staff.Organiser)).Succeeded);
        Assert.True((await merges.MergeContactsAsync(current, older, Staff.Organiser)).Succeeded);

        var result = await database.Services.GetRequiredService<ContactErasure>().EraseAsync(Admin, current, "Anna de Vries");

        Assert.True(result.Succeeded, result.ErrorCode);
        await using var db = await database.NewContextAsync();
        var records = await db.Contacts.Where(c => new[] { oldest, older, current }.Contains(c.Id)).ToListAsync();
        Assert.All(records, c => Assert.NotNull(c.AnonymisedAtUtc));
        Assert.DoesNotContain(records, c => c.FullName.Contains("Vries", StringComparison.Ordinal) || c.Email.Contains("noord.nl", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Erase_WhenTheSurvivorTookBackTheMergedRecordsAddress_ForgetsBoth()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (oldest, current, other) = await ThreeRecordsOfAnnaAsync(database);
        Assert.True((await database.Services.GetRequiredService<MergeService>().MergeContactsAsync(current, oldest, Staff.Organiser)).Succeeded);
        var addressBack = await database.Services.GetRequiredService<ContactService>()
            .UpdateAsync(current, new ContactInput("Anna", "de Vries", "anna1@noord.nl"), Staff.Organiser);
        Assert.True(addressBack.Succeeded, addressBack.ErrorCode);

        var result = await database.Services.GetRequiredService<ContactErasure>().EraseAsync(Admin, current, "Anna de Vries");

        Assert.True(result.Succeeded, result.ErrorCode);
        await using var db = await database.NewContextAsync();
        Assert.Equal([other], await db.Contacts.Where(c => c.Email.Contains("noord.nl")).Select(c => c.Id).ToListAsync()); // another record, not merged
    }

    [Fact]
    public async Task Erase_ASubjectWithTheirFirstNameAndAMonth_LosesTheNameAndKeepsTheDate()
    {
        await using var database = await TestDatabase.CreateAsync();
        var created = await database.Services.GetRequiredService<ContactService>()
            .CreateAsync(new ContactInput("Jan", "Bakker", "jan@noord.nl"), Staff.Organiser);
        Assert.True(created.Succeeded, created.ErrorCode);
        await using (var db = await database.NewContextAsync())
        {
            db.OutboxMessages.Add(StoredEmails.Message("jan@noord.nl", "Jan Bakker", "Jan, uw plek op 14 jan", "<p>Beste Jan</p>", "Beste Jan", "update", DateTime.UtcNow));
            await db.SaveChangesAsync();
        }

        var result = await database.Services.GetRequiredService<ContactErasure>().EraseAsync(Admin, created.Value, "Jan Bakker");

        Assert.True(result.Succeeded, result.ErrorCode);
        await using var check = await database.NewContextAsync();
        Assert.Equal($"{Contact.AnonymousName} #{created.Value}, uw plek op 14 jan", (await check.OutboxMessages.SingleAsync()).Subject);
    }

    [Theory]
    [InlineData("May", "May, your place on 14 May", "{0}, your place on 14 May")]
    [InlineData("Juni", "Juni, uw plek op 4 Juni 2027", "{0}, uw plek op 4 Juni 2027")]
    public async Task Erase_APartnerNamedLikeAMonth_LosesTheNameAndKeepsTheMonthOfTheDateInTheSubject(string firstName, string subject, string expected)
    {
        await using var database = await TestDatabase.CreateAsync();
        var created = await database.Services.GetRequiredService<ContactService>()
            .CreateAsync(new ContactInput(firstName, "Jansen", "partner@noord.nl"), Staff.Organiser);
        Assert.True(created.Succeeded, created.ErrorCode);
        await using (var db = await database.NewContextAsync())
        {
            db.OutboxMessages.Add(StoredEmails.Message("partner@noord.nl", $"{firstName} Jansen", subject, $"<p>Dear {firstName}</p>", $"Dear {firstName}", "update", DateTime.UtcNow));
            await db.SaveChangesAsync();
        }

        var result = await database.Services.GetRequiredService<ContactErasure>().EraseAsync(Admin, created.Value, $"{firstName} Jansen");

        Assert.True(result.Succeeded, result.ErrorCode);
        await using var check = await database.NewContextAsync();
        Assert.Equal(string.Format(expected, $"{Contact.AnonymousName} #{created.Value}"), (await check.OutboxMessages.SingleAsync()).Subject);
    }

    /// <summary>One person entered three times, with three addresses.</summary>
    private static async Task<(int, int, int)> ThreeRecordsOfAnnaAsync(TestDatabase database)
    {
        var contacts = database.Services.GetRequiredService<ContactService>();
        var ids = new List<int>();
        foreach (var address in new[] { "anna1@noord.nl", "anna2@noord.nl", "anna3@noord.nl" })
        {
            var created = await contacts.CreateAsync(new ContactInput("Anna", "de Vries", address), Staff.Organiser);
            Assert.True(created.Succeeded, created.ErrorCode);
            ids.Add(created.Value);
        }

        return (ids[0], ids[1], ids[2]);
    }

    [Fact]
    public async Task Erase_ForgetsTheNameWhereOthersTypedIt_InNominationsAndMergeRecords()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        var history = await ContactHistory.SeedAsync(scenario);
        int nomineeId;
        await using (var db = await scenario.NewContextAsync())
        {
            var nomination = await db.Nominations.Include(n => n.Invitation).SingleAsync();
            nomineeId = await db.Contacts.Where(c => c.Email == InvitationScenario.Email(1)).Select(c => c.Id).SingleAsync();
            var now = scenario.Time.GetUtcNow().UtcDateTime;
            db.Nominations.Add(new Nomination(nomination.Invitation, NominationKind.Delegate,
                new ContactInput("Partner", "001", InvitationScenario.Email(1).ToUpperInvariant()), atOwnDomain: true, now));
            db.DirectoryMerges.Add(new DirectoryMerge(MergeKind.Contact, nomineeId, 9999, "Partner 001 (old record)", Staff.Organiser, now));
            await db.SaveChangesAsync();
        }

        Assert.True((await scenario.Services.GetRequiredService<ContactErasure>().EraseAsync(Admin, nomineeId, "Partner 001")).Succeeded);

        await using var check = await scenario.NewContextAsync();
        var named = await check.Nominations.Where(n => n.Kind == NominationKind.Delegate).SingleAsync();
        Assert.Equal((Contact.AnonymousName, Contact.AnonymisedEmail(nomineeId)), (named.FirstName, named.Email));
        Assert.Equal(ContactHistory.NomineeEmail, (await check.Nominations.SingleAsync(n => n.Kind == NominationKind.Colleague)).Email);
        Assert.Equal($"{Contact.AnonymousName} #{nomineeId}", (await check.DirectoryMerges.SingleAsync()).MergedName);
    }

    [Fact]
    public async Task Erase_WithoutTheRightName_OrByANonAdmin_ChangesNothing()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        var history = await ContactHistory.SeedAsync(scenario);
        var erasure = scenario.Services.GetRequiredService<ContactErasure>();

        var wrongName = await erasure.EraseAsync(Admin, history.ContactId, "Partner 001");
        var organiser = await erasure.EraseAsync(Staff.Organiser, history.ContactId, "Partner 000");
        var unknown = await erasure.EraseAsync(Admin, history.ContactId + 1000, "Partner 000");

        Assert.Equal((PrivacyErrors.NameDoesNotMatch, PrivacyErrors.AdminsOnly, PrivacyErrors.ContactNotFound),
            (wrongName.ErrorCode, organiser.ErrorCode, unknown.ErrorCode));
        Assert.NotNull(await scenario.Rsvp.GetAsync(scenario.TokenOf(0)));
        await using var check = await scenario.NewContextAsync();
        Assert.Equal(("Partner 000", ContactHistory.Dietary), (
            (await check.Contacts.SingleAsync(c => c.Id == history.ContactId)).FullName,
            (await check.Invitations.SingleAsync(i => i.Id == history.InvitationId)).DietaryNeeds));
        Assert.True((await erasure.EraseAsync(Admin, history.ContactId, "Partner 000")).Succeeded);
        Assert.Equal(PrivacyErrors.AlreadyErased, (await erasure.EraseAsync(Admin, history.ContactId, $"{Contact.AnonymousName} #{history.ContactId}")).ErrorCode);
    }

    [Fact]
    public async Task AnonymisingSeveralAtOnce_ScrubsEachPersonsEmails_WithTheirOwnStandIn()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 3, capacity: 10);
        List<int> ids;
        await using (var db = await scenario.NewContextAsync())
        {
            ids = await db.Contacts.OrderBy(c => c.Email).Select(c => c.Id).Take(2).ToListAsync();
        }

        scenario.Time.Advance(TimeSpan.FromDays(800));
        Assert.Equal(2, (await scenario.Services.GetRequiredService<InactiveContacts>().AnonymiseAsync(Admin, ids)).Value);

        await using var check = await scenario.NewContextAsync();
        var invitations = await check.Invitations.ToDictionaryAsync(i => i.Id, i => i.ContactId);
        var messages = await check.OutboxMessages.Where(m => m.Kind == InvitationEmails.InvitationKind).ToListAsync();
        var theirs = messages.Where(m => ids.Contains(invitations[m.InvitationId!.Value])).ToList();
        Assert.Equal(2, theirs.Count);
        Assert.All(theirs, m => Assert.Equal(Contact.AnonymisedEmail(invitations[m.InvitationId!.Value]), m.ToAddress));
        Assert.Single(messages, m => m.ToAddress == InvitationScenario.Email(2) && m.TextBody.Length > 0);
    }

    private static async Task<string> StopTokenAsync(InvitationScenario scenario)
    {
        await using var db = await scenario.NewContextAsync();
        var invitation = await db.OutboxMessages.Where(m => m.Kind == InvitationEmails.InvitationKind && m.ToAddress == InvitationScenario.Email(0)).SingleAsync();
        return InvitationScenario.StopTokenIn(OutboxLinks.TextAsSent(scenario.Services, invitation));
    }
}
