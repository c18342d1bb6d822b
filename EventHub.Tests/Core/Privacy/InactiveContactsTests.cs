using System.Text.RegularExpressions;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Invitations;
using EventHub.Core.Privacy;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Privacy;

/// <summary>Contacts without any activity for 24 months are listed for an admin, who anonymises them in bulk.</summary>
public partial class InactiveContactsTests
{
    private static readonly TeamMember Admin = TeamMember.InRoles("admin", "Anna", Roles.Admin);
    private static readonly TeamMember Organiser = TeamMember.InRoles("organiser", "Olga", Roles.Organiser);

    [Fact]
    public async Task TwentyFourMonthsWithoutActivity_ListsTheContact_ButNotOneEditedSince()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 3, capacity: 10);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(2), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true));
        var inactive = scenario.Services.GetRequiredService<InactiveContacts>();
        var sent = scenario.Time.GetUtcNow().UtcDateTime;

        scenario.Time.SetUtcNow(sent.AddMonths(24).AddDays(-1));
        var tooEarly = (await inactive.ListAsync(Admin)).Value;
        scenario.Time.SetUtcNow(sent.AddMonths(24).AddDays(1));
        await using (var db = await scenario.NewContextAsync())
        {
            (await db.Contacts.SingleAsync(c => c.Email == InvitationScenario.Email(1))).Touch(sent.AddMonths(23));
            await db.SaveChangesAsync();
        }

        var due = (await inactive.ListAsync(Admin)).Value;

        Assert.Empty(tooEarly);
        Assert.Equal([InvitationScenario.Email(0), InvitationScenario.Email(2)], due.Select(c => c.Email).Order());
        Assert.Equal(sent, due.Single(c => c.Email == InvitationScenario.Email(0)).LastActivityUtc);
        Assert.Equal(PrivacyErrors.AdminsOnly, (await inactive.ListAsync(Organiser)).ErrorCode);
    }

    [Fact]
    public async Task Anonymising_RemovesNamesEmailNeedsAndLinks_AndKeepsTheCounts()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted, Needs: AccessNeeds.QuietRoom,
            DietaryNeeds: "Gluten-free", PrivacyAccepted: true));
        string stopToken;
        int id;
        await using (var db = await scenario.NewContextAsync())
        {
            var contact = await db.Contacts.SingleAsync(c => c.Email == InvitationScenario.Email(0));
            contact.Describe("050-1234567", "Coordinator");
            await db.SaveChangesAsync();
            id = contact.Id;
            stopToken = StopLink().Match((await db.OutboxMessages.FirstAsync(m => m.ToAddress == contact.Email)).TextBody).Groups[1].Value;
        }

        var countsBefore = await scenario.Invitations.CountsAsync(scenario.EventId);
        scenario.Time.Advance(TimeSpan.FromDays(800));
        var inactive = scenario.Services.GetRequiredService<InactiveContacts>();

        var refused = await inactive.AnonymiseAsync(Organiser, [id]);
        var done = await inactive.AnonymiseAsync(Admin, [id]);
        var again = await inactive.AnonymiseAsync(Admin, [id]);

        Assert.Equal((PrivacyErrors.AdminsOnly, 1, 0), (refused.ErrorCode, done.Value, again.Value));
        await using var check = await scenario.NewContextAsync();
        var anonymised = await check.Contacts.Include(c => c.StopLinks).SingleAsync(c => c.Id == id);
        Assert.Equal(($"{Contact.AnonymousName} #{id}", $"contact-{id}@anonymised.invalid", (string?)null, (string?)null, true),
            (anonymised.FullName, anonymised.Email, anonymised.Phone, anonymised.JobTitle, anonymised.IsArchived));
        Assert.Empty(anonymised.StopLinks);
        var invitation = await check.Invitations.SingleAsync(i => i.ContactId == id);
        Assert.Equal((InvitationStatus.Accepted, AccessNeeds.None, (string?)null, (string?)null),
            (invitation.Status, invitation.AccessNeeds, invitation.DietaryNeeds, invitation.TokenHash));
        Assert.Null(await scenario.Rsvp.GetAsync(scenario.TokenOf(0)));
        Assert.Null(await scenario.Services.GetRequiredService<DoNotInviteService>().GetAsync(stopToken));
        Assert.Equal(countsBefore, await scenario.Invitations.CountsAsync(scenario.EventId));
        Assert.DoesNotContain((await inactive.ListAsync(Admin)).Value, c => c.Id == id);
    }

    [Fact]
    public async Task AnonymisingAnInactiveContact_AlsoAnonymisesTheDuplicateRecordsMergedIntoIt_AsErasureDoes()
    {
        await using var database = await TestDatabase.CreateAsync();
        var contacts = database.Services.GetRequiredService<ContactService>();
        var old = (await contacts.CreateAsync(new ContactInput("Greet", "Stil", "greet.stil@oud.example"), Staff.Organiser)).Value;
        var current = (await contacts.CreateAsync(new ContactInput("Greet", "Stil", "greet@nieuw.example"), Staff.Organiser)).Value;
        var other = (await contacts.CreateAsync(new ContactInput("Hans", "Rust", "hans@nieuw.example"), Staff.Organiser)).Value;
        Assert.True((await database.Services.GetRequiredService<MergeService>().MergeContactsAsync(current, old, Staff.Organiser)).Succeeded);
        database.Time.Advance(TimeSpan.FromDays(800));
        var inactive = database.Services.GetRequiredService<InactiveContacts>();

        var done = await inactive.AnonymiseAsync(Admin, [current]);

        Assert.Equal(1, done.Value); // the one chosen; its merged duplicate is the same person
        await using var db = await database.NewContextAsync();
        var records = await db.Contacts.OrderBy(c => c.Id).ToListAsync();
        Assert.All(records.Where(c => c.Id != other), c =>
            Assert.Equal(($"{Contact.AnonymousName} #{c.Id}", Contact.AnonymisedEmail(c.Id), true), (c.FullName, c.Email, c.AnonymisedAtUtc is not null)));
        Assert.Equal("Hans Rust", records.Single(c => c.Id == other).FullName);
        Assert.DoesNotContain(await db.DirectoryMerges.Select(m => m.MergedName).ToListAsync(), n => n.Contains("Stil", StringComparison.Ordinal));
        Assert.DoesNotContain(await db.AuditEntries.ToListAsync(), e =>
            (e.Label + string.Join(" ", e.Changes.Select(c => c.Old + " " + c.New))).Contains("Stil", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnonymisingHundreds_GoesABatchAtATime_SayingHowFarItIs_AndLeavesTheOnesNotChosen()
    {
        await using var database = await TestDatabase.CreateAsync();
        var now = database.Time.GetUtcNow().UtcDateTime;
        await using (var db = await database.NewContextAsync())
        {
            db.Contacts.AddRange(Enumerable.Range(0, 451).Select(i => new Contact("Stil", $"{i:000}", $"stil{i:000}@example.org", Language.Nl, now)));
            await db.SaveChangesAsync();
        }

        database.Time.Advance(TimeSpan.FromDays(800));
        var inactive = database.Services.GetRequiredService<InactiveContacts>();
        var listed = (await inactive.ListAsync(Admin)).Value;
        var chosen = listed.Where(c => c.Email != "stil000@example.org").Select(c => c.Id).ToList();
        var reports = new List<int>();

        var done = await inactive.AnonymiseAsync(Admin, chosen, new SynchronousProgress(reports.Add));

        Assert.Equal(450, done.Value);
        Assert.Equal([InactiveContacts.BatchSize, 2 * InactiveContacts.BatchSize, 450], reports);
        Assert.Equal(["stil000@example.org"], (await inactive.ListAsync(Admin)).Value.Select(c => c.Email));
    }

    /// <summary>Reports on the caller's thread, at once (<see cref="Progress{T}"/> posts them to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }

    [GeneratedRegex(@"/stop/([A-Za-z0-9_\-]+)")]
    private static partial Regex StopLink();
}
