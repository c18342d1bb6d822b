using EventHub.Core.Audit;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;
using EventHub.Core.Privacy;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EventHub.Tests.Core.Outbox.OutboxFixtures;

namespace EventHub.Tests.Core.Privacy;

/// <summary>
/// An access or erasure request from someone who never became a contact, known only by their address: a colleague a
/// partner named who was refused, or who still waits for approval. The admin sees what is held, exports it, and erases
/// what no contact owns; contacts with the address are listed, never erased here.
/// </summary>
public class AddressRequestsTests
{
    private const string OwnDomain = "kansrijk.example";
    private const string Address = "kees.smit@elders.example";
    private static readonly TeamMember Admin = TeamMember.InRoles("admin", "Anna", Roles.Admin);

    [Fact]
    public Task ARefusedNominee_ErasedByEmail_LeavesNothingWithTheirNameOrAddress_AndTheirQueuedEmailIsNeverSent() =>
        RefusedNomineeErasedAsync(onPostgres: false);

    [Fact]
    public Task ARefusedNominee_ErasedByEmail_LeavesNothingWithTheirNameOrAddress_AndTheirQueuedEmailIsNeverSent_OnPostgres() =>
        RefusedNomineeErasedAsync(onPostgres: true);

    private static async Task RefusedNomineeErasedAsync(bool onPostgres)
    {
        using var smtp = new TestSmtpServer().Start();
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10, configure: Smtp(smtp.Options()), onPostgres: onPostgres);
        await scenario.PlaceAtOrganisationAsync("Stichting Kansrijk", OwnDomain, 0);
        var nominations = scenario.Services.GetRequiredService<NominationService>();
        Assert.True((await scenario.Services.GetRequiredService<ColleagueService>()
            .SendInsteadAsync(scenario.TokenOf(0), new ContactInput("Kees", "Smit", "Kees.Smit@Elders.example"))).Succeeded);
        Assert.True((await nominations.RefuseAsync(Assert.Single(await nominations.PendingAsync(scenario.EventId, Staff.Organiser)).Id, Staff.Organiser)).Succeeded);
        await using (var db = await scenario.NewContextAsync())
        {
            // An email to them waiting in the outbox (written by hand, say, before the refusal).
            db.OutboxMessages.Add(StoredEmails.Message(Address, "Kees Smit", "Kees Smit, about Alliantiedag", "<p>Dear Kees Smit</p>", "Dear Kees Smit", "update",
                scenario.Time.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
        }

        var requests = scenario.Services.GetRequiredService<AddressRequests>();
        var before = (await requests.FindAsync(Admin, "  KEES.smit@elders.example ")).Value;

        var erased = await requests.EraseAsync(Admin, "  KEES.smit@elders.example ");

        Assert.Equal((0, 1, NominationStatus.Refused, 1, 1, false), (before.Contacts.Count, before.Nominations.Count, before.Nominations[0].Status,
            before.Emails.Count, before.Mentions, before.IsStaffAccount));
        Assert.True(before.AuditEntries > 0);
        Assert.Equal(2, erased.Value);
        await using var check = await scenario.NewContextAsync();
        var nomination = await check.Nominations.SingleAsync();
        Assert.Equal((NominationStatus.Refused, NominationKind.Colleague), (nomination.Status, nomination.Kind)); // kept for the counts
        Assert.DoesNotContain(Leftovers(nomination.FirstName, nomination.LastName, nomination.Email), Named);
        var messages = await check.OutboxMessages.ToListAsync();
        Assert.DoesNotContain(messages.SelectMany(m => Leftovers(m.ToAddress, m.ToName, m.Subject, m.HtmlBody, m.TextBody)), Named);
        Assert.Single(messages, m => m.Kind == InvitationEmails.NominationKind && m.ToAddress == InvitationScenario.Email(0)); // the partner's notice stays theirs
        var audit = await check.AuditEntries.ToListAsync();
        Assert.DoesNotContain(audit.SelectMany(e => Leftovers([e.Label, e.Summary, .. e.Changes.SelectMany(c => new[] { c.Old, c.New })])), Named);
        Assert.Single(audit, e => e.Kind == AddressRequests.LoggedAs && e.Action == AuditAction.Anonymised);
        Assert.Contains(audit, e => e.Kind == nameof(Nomination) && e.Changes.Any(c => c.Property == "Status" && c.New == "Refused")); // statuses stay

        var waiting = messages.Single(m => m.Kind == "update");
        Assert.Equal((OutboxStatus.Failed, true), (waiting.Status, waiting.Erased));
        await scenario.Services.GetRequiredService<OutboxSender>().SendDueAsync();
        Assert.NotEmpty(smtp.Received); // the partner's invitation and notice went
        Assert.All(smtp.Received, m => Assert.Equal(InvitationScenario.Email(0), m.To.Mailboxes.Single().Address));
        Assert.True((await requests.FindAsync(Admin, Address)).Value.HoldsNothing);
        Assert.Equal(PrivacyErrors.NothingToErase, (await requests.EraseAsync(Admin, Address)).ErrorCode); // a second click
    }

    [Fact]
    public async Task ANomineeStillWaiting_ErasedByEmail_LeavesThePendingList_WithoutTellingThePartner()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        await scenario.PlaceAtOrganisationAsync("Stichting Kansrijk", OwnDomain, 0);
        var nominations = scenario.Services.GetRequiredService<NominationService>();
        await scenario.Services.GetRequiredService<ColleagueService>().SendInsteadAsync(scenario.TokenOf(0), new ContactInput("Kees", "Smit", Address));
        Assert.Single(await nominations.PendingAsync(scenario.EventId, Staff.Organiser));

        var erased = await scenario.Services.GetRequiredService<AddressRequests>().EraseAsync(Admin, Address);

        Assert.Equal(1, erased.Value);
        Assert.Empty(await nominations.PendingAsync(scenario.EventId, Staff.Organiser));
        Assert.NotNull(await scenario.Rsvp.GetAsync(scenario.TokenOf(0))); // the partner can still answer, or name someone else
        await using var check = await scenario.NewContextAsync();
        Assert.False(await check.OutboxMessages.AnyAsync(m => m.Kind == InvitationEmails.NominationKind));
        Assert.DoesNotContain(Leftovers((await check.Nominations.SingleAsync()).FirstName, (await check.Nominations.SingleAsync()).Email), Named);
    }

    /// <summary>
    /// A refused nominee called May, erased by address: the email to her and the notice to the partner lose her name and
    /// address, and keep the month of a date (the day is still 14 May).
    /// </summary>
    [Fact]
    public async Task ARefusedNomineeCalledMay_ErasedByEmail_TakesHerNameAndAddress_AndLeavesTheMonthOfADate()
    {
        const string may = "may.smit@elders.example";
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        await scenario.PlaceAtOrganisationAsync("Stichting Kansrijk", OwnDomain, 0);
        var nominations = scenario.Services.GetRequiredService<NominationService>();
        await scenario.Services.GetRequiredService<ColleagueService>().SendInsteadAsync(scenario.TokenOf(0), new ContactInput("May", "Smit", may));
        Assert.True((await nominations.RefuseAsync(Assert.Single(await nominations.PendingAsync(scenario.EventId, Staff.Organiser)).Id, Staff.Organiser)).Succeeded);
        await using (var db = await scenario.NewContextAsync())
        {
            db.OutboxMessages.Add(StoredEmails.Message(may, "May", "Dear May, see you on 14 May (MAY.SMIT@elders.example)", "<p>Dear May</p>", "Dear May",
                "update", scenario.Time.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
        }

        Assert.True((await scenario.Services.GetRequiredService<AddressRequests>().EraseAsync(Admin, may)).Succeeded);

        await using var check = await scenario.NewContextAsync();
        var email = await check.OutboxMessages.SingleAsync(m => m.Kind == "update");
        Assert.Equal($"Dear {Contact.AnonymousName}, see you on 14 May ({Contact.AnonymousName})", email.Subject);
    }

    [Fact]
    public async Task AContactWithThatAddress_IsListed_ButNotErased_NorTheirNominationsAndEmails()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        var history = await ContactHistory.SeedAsync(scenario);
        var requests = scenario.Services.GetRequiredService<AddressRequests>();
        int contactId;
        await using (var db = await scenario.NewContextAsync())
        {
            // Their address typed in a nomination as well: it is theirs, and goes when the contact is erased.
            var by = await db.Invitations.SingleAsync(i => i.Id == history.InvitationId);
            db.Nominations.Add(new Nomination(by, NominationKind.Colleague, new ContactInput("P.", "Nul", InvitationScenario.Email(1)), atOwnDomain: false,
                scenario.Time.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
            contactId = await db.Contacts.Where(c => c.Email == InvitationScenario.Email(1)).Select(c => c.Id).SingleAsync();
        }

        var held = (await requests.FindAsync(Admin, InvitationScenario.Email(1).ToUpperInvariant())).Value;
        var erased = await requests.EraseAsync(Admin, InvitationScenario.Email(1));

        Assert.Equal([contactId], held.Contacts.Select(c => c.Id));
        Assert.Equal((0, 0, false, false), (held.Nominations.Count, held.Emails.Count, held.CanErase, held.HoldsNothing));
        Assert.Equal(PrivacyErrors.NothingToErase, erased.ErrorCode);
        await using var check = await scenario.NewContextAsync();
        Assert.Equal(("Partner 001", InvitationScenario.Email(1)), await check.Contacts.Where(c => c.Id == contactId).Select(c => new ValueTuple<string, string>(c.FirstName + " " + c.LastName, c.Email)).SingleAsync());
        Assert.True(await check.Nominations.AnyAsync(n => n.Email == InvitationScenario.Email(1) && n.FirstName == "P."));
        Assert.True(await check.OutboxMessages.AnyAsync(m => m.ToAddress == InvitationScenario.Email(1) && m.TextBody.Length > 0));
    }

    [Fact]
    public async Task TheExport_HoldsTheNominationAndEmails_AsJsonAndAReadablePage_AndIsLoggedWithoutTheAddress()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        await scenario.PlaceAtOrganisationAsync("Stichting Kansrijk", OwnDomain, 0);
        await scenario.Services.GetRequiredService<ColleagueService>().SendInsteadAsync(scenario.TokenOf(0), new ContactInput("Kees", "Smit", Address));

        var export = await scenario.Services.GetRequiredService<AddressRequests>().ExportAsync(Admin, Address, Language.Nl);

        var (json, html) = ContactExportServiceTests.Unzip(export.Value.Content, AddressExportFile.JsonFileName, AddressExportFile.HtmlFileName);
        var data = AddressExportFile.ReadJson(json)!;
        Assert.Equal((Address, "Kees", NominationStatus.AwaitingApproval, NominationRole.NamingContact),
            (data.Address, data.Nominations.Single().FirstName, data.Nominations.Single().Status, data.Nominations.Single().Role));
        Assert.Contains("Gegevens onder kees.smit@elders.example", html);
        Assert.Contains("wacht op goedkeuring", html);
        Assert.DoesNotContain(Address, export.Value.FileName);
        await using var check = await scenario.NewContextAsync();
        var logged = await check.AuditEntries.SingleAsync(e => e.Kind == AddressRequests.LoggedAs);
        Assert.Equal(AuditAction.Exported, logged.Action);
        Assert.DoesNotContain("elders", logged.Summary + logged.Label);
    }

    [Fact]
    public async Task ABlankOrWrongAddress_OrACallerWhoIsNoAdmin_IsRefusedWithAReason_AndAnUnknownAddressHoldsNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var requests = database.Services.GetRequiredService<AddressRequests>();

        Assert.Equal(PrivacyErrors.AddressMissing, (await requests.FindAsync(Admin, "  ")).ErrorCode);
        Assert.Equal(PrivacyErrors.AddressInvalid, (await requests.FindAsync(Admin, "kees smit")).ErrorCode);
        Assert.Equal(PrivacyErrors.AdminsOnly, (await requests.FindAsync(Staff.Organiser, Address)).ErrorCode);
        Assert.Equal(PrivacyErrors.AdminsOnly, (await requests.EraseAsync(Staff.Organiser, Address)).ErrorCode);
        Assert.True((await requests.FindAsync(Admin, "nobody@nowhere.example")).Value.HoldsNothing);
    }

    private static IEnumerable<string> Leftovers(params string?[] values) => values.OfType<string>();

    private static bool Named(string text) =>
        text.Contains("Kees", StringComparison.OrdinalIgnoreCase) || text.Contains("Smit", StringComparison.OrdinalIgnoreCase)
        || text.Contains("elders.example", StringComparison.OrdinalIgnoreCase);
}
