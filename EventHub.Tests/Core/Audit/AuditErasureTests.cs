using EventHub.Core.Accounts;
using EventHub.Core.Audit;
using EventHub.Core.Common;
using EventHub.Core.Invitations;
using EventHub.Core.Privacy;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Audit;

/// <summary>Anonymising a contact anonymises their values in the audit log too: their names and email appear in no entry.</summary>
public class AuditErasureTests
{
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
        var done = await scenario.Services.GetRequiredService<InactiveContacts>().AnonymiseAsync(TeamMember.InRoles("admin", "Anna", Roles.Admin), [id]);

        Assert.Equal(1, done.Value);
        var text = await AuditTextAsync(scenario);
        Assert.All(former, value => Assert.DoesNotContain(value, text, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(InvitationScenario.Email(1), text); // the other guest's entries are untouched
        await using var check = await scenario.NewContextAsync();
        Assert.True(await check.AuditEntries.AnyAsync(e => e.Kind == "Contact" && e.RecordId == id.ToString() && e.Action == AuditAction.Anonymised));
    }

    private static async Task<string> AuditTextAsync(InvitationScenario scenario)
    {
        await using var db = await scenario.NewContextAsync();
        return string.Join("\n", await db.Database
            .SqlQueryRaw<string>("SELECT Label || ' ' || Changes || ' ' || COALESCE(Summary, '') AS Value FROM AuditEntries").ToListAsync());
    }
}
