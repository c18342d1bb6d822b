using EventHub.Core.Audit;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Audit;

/// <summary>Admins read the log newest first, filtered by kind and record; nobody else reads it, whatever a page shows them.</summary>
public class AuditLogReadingTests
{
    private static readonly TeamMember Admin = TeamMember.InRoles("admin-id", "Anna de Vries", Roles.Admin);

    [Fact]
    public async Task AnAdmin_ReadsTheEntriesOfOneRecord_NewestFirst_OthersAreRefused()
    {
        await using var database = await TestDatabase.CreateAsync();
        var organisations = database.Services.GetRequiredService<OrganisationService>();
        var library = (await organisations.CreateAsync(new OrganisationInput("Bibliotheek Noord", Sector.Education), Staff.Organiser)).Value;
        await organisations.CreateAsync(new OrganisationInput("Buurtcentrum", Sector.CivilSociety), Staff.Organiser);
        database.Time.Advance(TimeSpan.FromMinutes(5));
        await organisations.UpdateAsync(library, new OrganisationInput("Bibliotheek Zuid", Sector.Education), Staff.Organiser);
        var log = database.Services.GetRequiredService<AuditLog>();
        var filter = new AuditFilter(Kind: "Organisation", RecordId: library.ToString());

        var page = await log.FindAsync(filter, skip: 0, take: 25, Admin);

        Assert.Equal(2, page.Total);
        Assert.Equal([AuditAction.Modified, AuditAction.Added], page.Entries.Select(e => e.Action));
        foreach (var notAdmin in new[] { Staff.Organiser, Staff.Facilitator, Staff.Door })
        {
            await Assert.ThrowsAsync<UnauthorizedAccessException>(() => log.FindAsync(filter, 0, 25, notAdmin));
        }
    }
}
