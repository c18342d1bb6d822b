using EventHub.Core.Audit;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Audit;

/// <summary>The audit log names a record another entry points at by the name it last recorded for it, on either database.</summary>
public class AuditLogNamesTests
{
    [Fact]
    public Task Names_AreTheLatestEachRecordWasGiven_AndARecordNeverNamedIsLeftOut() => LatestNamesAsync(onPostgres: false);

    [Fact]
    public Task Names_AreTheLatestEachRecordWasGiven_AndARecordNeverNamedIsLeftOut_OnPostgres() => LatestNamesAsync(onPostgres: true);

    private static async Task LatestNamesAsync(bool onPostgres)
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10, onPostgres: onPostgres);
        int renamed, other;
        await using (var db = await scenario.NewContextAsync())
        {
            var contacts = await db.Contacts.OrderBy(c => c.Id).ToListAsync();
            (renamed, other) = (contacts[0].Id, contacts[1].Id);
            scenario.Time.Advance(TimeSpan.FromMinutes(5));
            contacts[0].Rename("Sanne", "de Vries");
            await db.SaveChangesAsync();
        }

        var names = await scenario.Services.GetRequiredService<AuditLog>().NamesAsync(
            [("Contact", $"{renamed}"), ("Contact", $"{other}"), ("Contact", "999999"), ("Contact", $"{renamed}")]);

        Assert.Equal("Sanne de Vries", names[("Contact", $"{renamed}")]);
        Assert.Equal("Partner 001", names[("Contact", $"{other}")]);
        Assert.False(names.ContainsKey(("Contact", "999999")));
    }
}
