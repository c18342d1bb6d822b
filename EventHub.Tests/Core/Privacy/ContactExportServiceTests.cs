using System.Globalization;
using System.IO.Compression;
using EventHub.Core.Accounts;
using EventHub.Core.Actions;
using EventHub.Core.Audit;
using EventHub.Core.Common;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;
using EventHub.Core.Privacy;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Privacy;

/// <summary>An access request: everything about one contact as a ZIP with a JSON file and a readable HTML page, for admins.</summary>
public class ContactExportServiceTests
{
    private static readonly TeamMember Admin = TeamMember.InRoles("admin", "Anna", Roles.Admin);

    [Fact]
    public async Task Export_HoldsEveryKindOfData_InJsonAndInTheReadablePage()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        var history = await ContactHistory.SeedAsync(scenario);
        var exports = scenario.Services.GetRequiredService<ContactExportService>();

        var result = await exports.ExportAsync(Admin, history.ContactId, Language.En);

        var (json, html) = Unzip(result.Value.Content);
        var export = ContactExportService.ReadJson(json)!;
        Assert.Equal(("Partner", "000", InvitationScenario.Email(0), ContactHistory.Phone, ContactHistory.JobTitle, ContactHistory.Organisation),
            (export.Contact.FirstName, export.Contact.LastName, export.Contact.Email, export.Contact.Phone, export.Contact.JobTitle, export.Contact.Organisation));
        Assert.StartsWith(ContactHistory.Organisation, Assert.Single(export.Memberships).Organisation);
        var invitation = Assert.Single(export.Invitations);
        Assert.Equal((InvitationStatus.Accepted, "Alliantiedag", "Workshop A", SessionChoiceStatus.Registered),
            (invitation.Status, invitation.Event, Assert.Single(invitation.Sessions).Session, invitation.Sessions[0].Status));
        Assert.Equal([AccessNeeds.QuietRoom], invitation.Needs!.Access);
        Assert.Equal(ContactHistory.Dietary, invitation.Needs.DietaryNeeds);
        Assert.NotNull(invitation.CheckedInAtUtc);
        Assert.Equal("Partner 001", Assert.Single(invitation.Delegates).Name);
        Assert.Equal((ContactHistory.ActionWhat, ActionItemStatus.Open), (Assert.Single(export.ActionItems).What, export.ActionItems[0].Status));
        var nomination = Assert.Single(export.Nominations);
        Assert.Equal((NominationRole.MadeByContact, ContactHistory.NomineeEmail, NominationStatus.AwaitingApproval), (nomination.Role, nomination.Email, nomination.Status));
        Assert.Equal([InvitationEmails.InvitationKind, InvitationEmails.AnswerKind], export.Emails.Select(e => e.Kind));
        Assert.All(export.Emails, e => Assert.Equal(OutboxStatus.Queued, e.Status));
        // The JSON's property names are a contract with whoever processes the file.
        Assert.Contains("\"dietaryNeeds\": \"Gluten-free\"", json);
        Assert.Contains("\"status\": \"Accepted\"", json);

        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("Data held about Partner 000", html);
        Assert.Contains("Coördinator &lt;b&gt;Onderwijs&lt;/b&gt;", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        foreach (var text in new[] { "Workshop A (registered)", "Quiet room", ContactHistory.Dietary, ContactHistory.ActionWhat, ContactHistory.NomineeEmail, "Partner 001" })
        {
            Assert.Contains(text, html);
        }
    }

    [Fact]
    public async Task Export_HoldsTheFeedbackThePersonGave_WithWhatTheyWrote()
    {
        await using var database = await TestDatabase.CreateAsync();
        var world = new FeedbackWorld(database.Services);
        var meeting = await world.EventAsync("Dialoogavond");
        var guests = await world.GuestsAsync(meeting, EventHub.Core.Directory.Sector.Education, 2);
        await database.Services.GetRequiredService<EventHub.Core.Engagement.FeedbackRequestJob>().QueueDueAsync();
        await world.AnswerAsync(guests.Take(1), heard: 5, worthwhile: 4, rightMix: 2, shouldChange: "Meer tijd voor de tafels");
        await using var db = await database.DbFactory.CreateDbContextAsync();
        var contactId = await db.Invitations.Where(i => i.Id == guests[0]).Select(i => i.ContactId).SingleAsync();
        var otherId = await db.Invitations.Where(i => i.Id == guests[1]).Select(i => i.ContactId).SingleAsync();
        var exports = database.Services.GetRequiredService<ContactExportService>();

        var (json, html) = Unzip((await exports.ExportAsync(Admin, contactId, Language.Nl)).Value.Content);
        var other = ContactExportService.ReadJson(Unzip((await exports.ExportAsync(Admin, otherId, Language.Nl)).Value.Content).Json)!;

        var feedback = Assert.Single(ContactExportService.ReadJson(json)!.Feedback);
        Assert.Equal(("Dialoogavond", 5, 4, 2, "Meer tijd voor de tafels"), (feedback.Event, feedback.Heard, feedback.Worthwhile, feedback.RightMix, feedback.ShouldChange));
        Assert.Contains("Feedback na bijeenkomsten", html);
        Assert.Contains("voelde zich gehoord 5, de tijd waard 4, juiste mensen aan tafel 2", html);
        Assert.Contains("Meer tijd voor de tafels", html);
        Assert.Empty(other.Feedback); // asked, did not answer
    }

    [Fact]
    public async Task Export_ReadablePage_SpeaksTheAdminsLanguage()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        var history = await ContactHistory.SeedAsync(scenario);

        var result = await scenario.Services.GetRequiredService<ContactExportService>().ExportAsync(Admin, history.ContactId, Language.Nl);

        var (_, html) = Unzip(result.Value.Content);
        Assert.Contains("<html lang=\"nl\">", html);
        Assert.Contains("Gegevens over Partner 000", html);
        Assert.Contains("Workshop A (ingeschreven)", html);
    }

    /// <summary>"Wil niet meer uitgenodigd worden sinds: nee" read awkwardly: "since" only goes with a date.</summary>
    [Theory]
    [InlineData(Language.Nl, "<dt>Wil niet meer uitgenodigd worden</dt><dd>nee</dd>", "<dt>Wil niet meer uitgenodigd worden sinds</dt><dd>3 februari 2027")]
    [InlineData(Language.En, "<dt>Asked not to be invited</dt><dd>no</dd>", "<dt>Asked not to be invited since</dt><dd>3 February 2027")]
    public async Task Export_SaysWhetherThePersonAskedNotToBeInvited_AndSinceWhenOnlyWhenTheyDid(Language language, string notAsked, string asked)
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        var history = await ContactHistory.SeedAsync(scenario);
        var exports = scenario.Services.GetRequiredService<ContactExportService>();

        var (_, before) = Unzip((await exports.ExportAsync(Admin, history.ContactId, language)).Value.Content);
        scenario.Time.Advance(TimeSpan.FromDays(2));
        await using (var db = await scenario.NewContextAsync())
        {
            (await db.Contacts.SingleAsync(c => c.Id == history.ContactId)).ObjectToInvitations(scenario.Time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        }

        var (_, after) = Unzip((await exports.ExportAsync(Admin, history.ContactId, language)).Value.Content);

        Assert.Contains(notAsked, before);
        Assert.Contains(asked, after);
    }

    [Fact]
    public async Task Export_IsRecordedInTheAuditLog_LikeTheOtherExports_WithoutThePersonsData()
    {
        // An admin hands someone everything EventHub holds about them: who took that data out, and when, must be on record.
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        var history = await ContactHistory.SeedAsync(scenario);

        var result = await scenario.Services.GetRequiredService<ContactExportService>().ExportAsync(Admin, history.ContactId, Language.En);

        Assert.True(result.Succeeded);
        await using var db = await scenario.NewContextAsync();
        var exported = Assert.Single(await db.AuditEntries.Where(e => e.Action == AuditAction.Exported).ToListAsync());
        Assert.Equal(("Contact", history.ContactId.ToString(CultureInfo.InvariantCulture)), (exported.Kind, exported.RecordId));
        Assert.Equal("ContactDataExported", AuditSummary.Read(exported.Summary)?.Text);
        Assert.DoesNotContain("Partner 000", exported.Label + exported.Summary);
    }

    [Fact]
    public async Task Export_ByAnyoneButAnAdmin_IsRefused_AndAnUnknownContactIsNotFound()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var exports = scenario.Services.GetRequiredService<ContactExportService>();
        int id;
        await using (var db = await scenario.NewContextAsync())
        {
            id = await db.Contacts.Select(c => c.Id).SingleAsync();
        }

        foreach (var member in new[] { Staff.Organiser, Staff.Facilitator, Staff.Door })
        {
            Assert.Equal(PrivacyErrors.AdminsOnly, (await exports.ExportAsync(member, id, Language.En)).ErrorCode);
        }

        Assert.Equal(PrivacyErrors.ContactNotFound, (await exports.ExportAsync(Admin, id + 1000, Language.En)).ErrorCode);
    }

    [Fact]
    public async Task Export_OfAContactWithHundredsOfRows_TakesAHandfulOfQueries()
    {
        var counter = new SqlCommandLog();
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10,
            configure: services => services.AddSingleton<IInterceptor>(counter));
        var history = await ContactHistory.SeedAsync(scenario);
        await using (var db = await scenario.NewContextAsync())
        {
            var now = scenario.Time.GetUtcNow().UtcDateTime;
            var item = await db.ActionItems.Include(a => a.Session).Include(a => a.OwnerOrganisation).Include(a => a.OwnerContact).SingleAsync();
            for (var i = 0; i < 200; i++)
            {
                db.OutboxMessages.Add(StoredEmails.Message(InvitationScenario.Email(0), "Partner 000", $"Update {i}", "<p>x</p>", "x", "update", now));
                db.ActionItems.Add(new ActionItem(item.Session, $"Action {i}", item.OwnerOrganisation, item.OwnerContact, item.DueOn, now));
            }

            await db.SaveChangesAsync();
        }

        counter.Clear();
        var result = await scenario.Services.GetRequiredService<ContactExportService>().ExportAsync(Admin, history.ContactId, Language.En);

        var export = ContactExportService.ReadJson(Unzip(result.Value.Content).Json)!;
        Assert.Equal((202, 201), (export.Emails.Count, export.ActionItems.Count));
        Assert.InRange(counter.Commands.Count, 1, 10);
    }

    internal static (string Json, string Html) Unzip(byte[] content) =>
        Unzip(content, ContactExportService.JsonFileName, ContactExportService.HtmlFileName);

    /// <summary>The two files of an export ZIP, which holds nothing else.</summary>
    internal static (string Json, string Html) Unzip(byte[] content, string jsonFile, string htmlFile)
    {
        using var archive = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
        string Read(string name)
        {
            using var reader = new StreamReader(archive.GetEntry(name)!.Open());
            return reader.ReadToEnd();
        }

        Assert.Equal(new[] { htmlFile, jsonFile }.Order(), archive.Entries.Select(e => e.FullName).Order());
        return (Read(jsonFile), Read(htmlFile));
    }
}
