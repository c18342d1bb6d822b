using EventHub.Core.Accounts;
using EventHub.Core.Audit;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Invitations;
using EventHub.Core.Privacy;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Audit;

/// <summary>Anonymising a contact anonymises their values in the audit log too: their names and email appear in no entry.</summary>
public class AuditErasureTests
{
    private static readonly TeamMember Admin = TeamMember.InRoles("admin", "Anna", Roles.Admin);

    [Fact]
    public async Task AfterAnonymising_TheContactsFormerNamesEmailAndPhoneAppearInNoAuditEntry()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        var email = InvitationScenario.Email(0);
        int id;
        string firstName, lastName;
        await using (var db = await scenario.NewContextAsync())
        {
            var contact = await db.Contacts.SingleAsync(c => c.Email == email);
            (id, firstName, lastName) = (contact.Id, contact.FirstName, contact.LastName);
            contact.Rename("Margriet", "Vermeulen-Oudshoorn"); // a correction: the log holds both names now
            contact.Describe("050-7654321", "Coordinator");
            await db.SaveChangesAsync();
        }

        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true));
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true));
        var former = new[] { $"{firstName} {lastName}", "Margriet", "Vermeulen-Oudshoorn", email, "050-7654321" };
        Assert.All(former, value => Assert.Contains(value, AuditTextAsync(scenario).Result)); // the test can fail

        scenario.Time.Advance(TimeSpan.FromDays(800));
        var done = await scenario.Services.GetRequiredService<InactiveContacts>().AnonymiseAsync(Admin, [id]);

        Assert.Equal(1, done.Value);
        var text = await AuditTextAsync(scenario);
        Assert.All(former, value => Assert.DoesNotContain(value, text, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(InvitationScenario.Email(1), text); // the other guest's entries are untouched
        await using var check = await scenario.NewContextAsync();
        Assert.True(await check.AuditEntries.AnyAsync(e => e.Kind == "Contact" && e.RecordId == id.ToString() && e.Action == AuditAction.Anonymised));
    }

    [Fact]
    public async Task Erase_OfAColleagueAPartnerNamed_LeavesNeitherTheTypedNameNorTheAddressInTheLog()
    {
        // A partner sends a colleague at another organisation's address; the organiser approves; the colleague later asks for erasure.
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var (nominations, pending) = await NameAColleagueAsync(scenario, "sanne.bosma@elders.example");
        Assert.True((await nominations.ApproveAsync(pending.Id, Staff.Organiser)).Succeeded);
        int nomineeId;
        await using (var db = await scenario.NewContextAsync())
        {
            nomineeId = (await db.Contacts.SingleAsync(c => c.Email == "sanne.bosma@elders.example")).Id;
        }

        Assert.Contains("Bosma-Terpstra", await AuditTextAsync(scenario)); // the test can fail

        var erased = await scenario.Services.GetRequiredService<ContactErasure>().EraseAsync(Admin, nomineeId, "Sanne Bosma-Terpstra");

        Assert.True(erased.Succeeded);
        var text = await AuditTextAsync(scenario);
        Assert.DoesNotContain("sanne.bosma@elders.example", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Bosma-Terpstra", text, StringComparison.OrdinalIgnoreCase);
        await using var check = await scenario.NewContextAsync();
        var forgotten = await check.AuditEntries.Where(e => e.Kind == "Nomination" && e.RecordId == pending.Id.ToString()).OrderBy(e => e.Id).LastAsync();
        Assert.Equal(AuditAction.Anonymised, forgotten.Action); // the erasure is recorded as one, without the values it erased
        Assert.Empty(forgotten.Changes);
    }

    [Fact]
    public async Task Erase_OfSomeoneWhoseNominationWasRefused_ScrubsTheNameAsThePartnerTypedIt()
    {
        // Refused: no contact was made then. The organiser adds the person later, spelled their own way, and erases them on request.
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var (nominations, pending) = await NameAColleagueAsync(scenario, "Sanne.Bosma@elders.example");
        Assert.True((await nominations.RefuseAsync(pending.Id, Staff.Organiser)).Succeeded);
        var contactId = (await scenario.Services.GetRequiredService<ContactService>()
            .CreateAsync(new ContactInput("Sanne", "Bosma", "sanne.bosma@elders.example"), Staff.Organiser)).Value;

        Assert.True((await scenario.Services.GetRequiredService<ContactErasure>().EraseAsync(Admin, contactId, "Sanne Bosma")).Succeeded);

        var text = await AuditTextAsync(scenario);
        Assert.DoesNotContain("sanne.bosma@elders.example", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Bosma-Terpstra", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Erase_OfANomineeCalledEd_LeavesTheNominationsStatusesReadable()
    {
        // A partner sends "Ed Kok"; the organiser refuses; Ed is added later and asks for erasure. "Refused" holds "ed".
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var (nominations, pending) = await NameAColleagueAsync(scenario, new ContactInput("Ed", "Kok", "ed.kok@elders.example"));
        Assert.True((await nominations.RefuseAsync(pending.Id, Staff.Organiser)).Succeeded);
        var contactId = (await scenario.Services.GetRequiredService<ContactService>()
            .CreateAsync(new ContactInput("Ed", "Kok", "ed.kok@elders.example"), Staff.Organiser)).Value;

        Assert.True((await scenario.Services.GetRequiredService<ContactErasure>().EraseAsync(Admin, contactId, "Ed Kok")).Succeeded);

        await using var db = await scenario.NewContextAsync();
        var nomination = (await db.AuditEntries.Where(e => e.Kind == "Nomination").ToListAsync()).SelectMany(e => e.Changes).ToList();
        var status = Assert.Single(nomination, c => c.Property == "Status" && c.Old is not null);
        Assert.Equal(("AwaitingApproval", "Refused"), (status.Old, status.New));
        Assert.Contains(nomination, c => c.Property == "FirstName" && c.New == AuditTrail.Anonymised); // Ed's name itself is gone
        Assert.DoesNotContain("ed.kok@elders.example", await AuditTextAsync(scenario), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Erase_OfSomeoneWhoseJobTitleIsAKindOfNomination_LeavesTheKindAndScrubsTheName()
    {
        // A delegate whose job title was typed as "Delegate": the nomination's kind is a fixed word, not their data.
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = await database.NewContextAsync())
        {
            db.Add(new AuditEntry(database.Time.GetUtcNow().UtcDateTime, AuditActor.System, "Nomination", "7", AuditAction.Added, "Ed Kok",
                [new("Kind", null, "Delegate"), new("FirstName", null, "Ed"), new("FullName", null, "Ed Kok")]));
            await db.SaveChangesAsync();
        }

        await using (var db = await database.NewContextAsync())
        {
            await AuditTrail.AnonymiseRecordsAsync(db, "Nomination", new Dictionary<int, PersonalValues> { [7] = new(["Ed Kok", "Ed", "Kok"], ["Delegate"]) }, default);
            await db.SaveChangesAsync();
        }

        await using var check = await database.NewContextAsync();
        var entry = await check.AuditEntries.SingleAsync(e => e.Kind == "Nomination");
        Assert.Equal(AuditTrail.Anonymised, entry.Label);
        Assert.Equal(["Delegate", AuditTrail.Anonymised, AuditTrail.Anonymised], entry.Changes.Select(c => c.New));
    }

    /// <summary>
    /// Erasing a partner called May: the log's entries about her lose her name and address, and keep the month of a date
    /// (the event on 14 May is still on 14 May).
    /// </summary>
    [Fact]
    public async Task Erase_OfAContactCalledMay_TakesHerNameAndAddress_AndLeavesTheMonthOfADate()
    {
        await using var database = await TestDatabase.CreateAsync();
        var contacts = database.Services.GetRequiredService<ContactService>();
        var may = (await contacts.CreateAsync(new ContactInput("May", "Jansen", "may.jansen@kansrijk.example"), Staff.Organiser)).Value;
        await using (var db = await database.NewContextAsync())
        {
            db.Add(new AuditEntry(database.Time.GetUtcNow().UtcDateTime, AuditActor.System, "Invitation", "7", AuditAction.Modified,
                "May Jansen · Alliance day 14 May", [new("Note", null, "Dear May, see you on 14 May; mail MAY.JANSEN@kansrijk.example")],
                contactId: may));
            await db.SaveChangesAsync();
        }

        Assert.True((await database.Services.GetRequiredService<ContactErasure>().EraseAsync(Admin, may, "May Jansen")).Succeeded);

        await using var check = await database.NewContextAsync();
        var entry = await check.AuditEntries.SingleAsync(e => e.Kind == "Invitation" && e.RecordId == "7");
        Assert.Equal($"{AuditTrail.Anonymised} · Alliance day 14 May", entry.Label);
        Assert.Equal($"Dear {AuditTrail.Anonymised}, see you on 14 May; mail {AuditTrail.Anonymised}", Assert.Single(entry.Changes).New);
    }

    [Fact]
    public async Task Erase_OfSomeoneWithAMergedDuplicate_LeavesTheDuplicatesNameInNoEntry()
    {
        // The organiser merged a second record of the same person (a double-barrelled name); she later asks for erasure.
        await using var database = await TestDatabase.CreateAsync();
        var contacts = database.Services.GetRequiredService<ContactService>();
        var anna = (await contacts.CreateAsync(new ContactInput("Annemarie", "Wolthuis", "annemarie@noord.example"), Staff.Organiser)).Value;
        var again = (await contacts.CreateAsync(new ContactInput("Annemarie", "Wolthuis-Dijkstra", "a.wolthuis@bieb.example"), Staff.Organiser)).Value;
        Assert.True((await database.Services.GetRequiredService<MergeService>().MergeContactsAsync(anna, again, Staff.Organiser)).Succeeded);

        var erased = await database.Services.GetRequiredService<ContactErasure>().EraseAsync(Admin, anna, "Annemarie Wolthuis");

        Assert.True(erased.Succeeded);
        await using var db = await database.NewContextAsync();
        var merge = await db.AuditEntries.Where(e => e.Kind == "DirectoryMerge").ToListAsync();
        Assert.Equal(new[] { AuditAction.Added, AuditAction.Anonymised }, merge.OrderBy(e => e.Id).Select(e => e.Action));
        var text = string.Join("\n", await db.Database
            .SqlQueryRaw<string>("SELECT Label || ' ' || Changes || ' ' || COALESCE(Summary, '') AS Value FROM AuditEntries").ToListAsync());
        Assert.DoesNotContain("Wolthuis", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Dijkstra", text, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The partner sends Sanne Bosma-Terpstra, at an address outside their organisation, to wait for an organiser.</summary>
    private static Task<(NominationService Nominations, PendingNomination Pending)> NameAColleagueAsync(InvitationScenario scenario, string email) =>
        NameAColleagueAsync(scenario, new ContactInput("Sanne", "Bosma-Terpstra", email));

    /// <summary>The partner sends the colleague, at an address outside their organisation, to wait for an organiser.</summary>
    private static async Task<(NominationService Nominations, PendingNomination Pending)> NameAColleagueAsync(InvitationScenario scenario, ContactInput colleague)
    {
        await scenario.PlaceAtOrganisationAsync("Stichting Kansrijk", "kansrijk.example", 0);
        var nominations = scenario.Services.GetRequiredService<NominationService>();
        await scenario.Services.GetRequiredService<ColleagueService>()
            .SendInsteadAsync(scenario.TokenOf(0), colleague);
        return (nominations, Assert.Single(await nominations.PendingAsync(scenario.EventId, Staff.Organiser)));
    }

    private static async Task<string> AuditTextAsync(InvitationScenario scenario)
    {
        await using var db = await scenario.NewContextAsync();
        return string.Join("\n", await db.Database
            .SqlQueryRaw<string>("SELECT Label || ' ' || Changes || ' ' || COALESCE(Summary, '') AS Value FROM AuditEntries").ToListAsync());
    }
}
