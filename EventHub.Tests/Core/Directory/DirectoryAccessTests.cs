using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Directory.Import;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EventHub.Tests.Support.ImportFiles;

namespace EventHub.Tests.Core.Directory;

/// <summary>
/// The directory belongs to organisers and admins: Core refuses a facilitator or door staff every change, import and
/// export, whatever a page shows them (defence in depth behind the pages' policies), and nothing changes.
/// </summary>
public class DirectoryAccessTests
{
    public static TheoryData<string> NotOrganisers => [Roles.Facilitator, Roles.DoorStaff];

    [Theory]
    [MemberData(nameof(NotOrganisers))]
    public async Task EveryChangeToTheDirectory_ByACallerWhoIsNoOrganiser_IsRefused_AndChangesNothing(string role)
    {
        await using var database = await TestDatabase.CreateAsync();
        var caller = role == Roles.Facilitator ? Staff.Facilitator : Staff.Door;
        var organisations = database.Services.GetRequiredService<OrganisationService>();
        var contacts = database.Services.GetRequiredService<ContactService>();
        var library = (await organisations.CreateAsync(new OrganisationInput("Bibliotheek Groningen", Sector.Education), Staff.Organiser)).Value;
        var libraryAgain = (await organisations.CreateAsync(new OrganisationInput("Bibliotheek Stad", Sector.Education), Staff.Organiser)).Value;
        var anna = (await contacts.CreateAsync(new ContactInput("Anna", "de Vries", "anna@bieb.nl", OrganisationId: library), Staff.Organiser)).Value;
        var annaAgain = (await contacts.CreateAsync(new ContactInput("Anna", "Vries", "a.vries@bieb.nl"), Staff.Organiser)).Value;
        await using (var db = await database.NewContextAsync())
        {
            (await db.Contacts.SingleAsync(c => c.Id == anna)).ObjectToInvitations(DateTime.UtcNow); // she asked not to be invited
            await db.SaveChangesAsync();
        }

        var merges = database.Services.GetRequiredService<MergeService>();

        var refusals = new[]
        {
            (await organisations.CreateAsync(new OrganisationInput("Nieuwe stichting", Sector.CivilSociety), caller)).ErrorCode,
            (await organisations.UpdateAsync(library, new OrganisationInput("Andere naam", Sector.Education), caller)).ErrorCode,
            (await organisations.ArchiveAsync(library, caller)).ErrorCode,
            (await organisations.RestoreAsync(library, caller)).ErrorCode,
            (await contacts.CreateAsync(new ContactInput("Piet", "Bakker", "piet@bieb.nl"), caller)).ErrorCode,
            (await contacts.UpdateAsync(anna, new ContactInput("Anne", "de Vries", "anna@bieb.nl"), caller)).ErrorCode,
            (await contacts.ArchiveAsync(anna, caller)).ErrorCode,
            (await contacts.RestoreAsync(anna, caller)).ErrorCode,
            (await merges.MergeOrganisationsAsync(library, libraryAgain, caller)).ErrorCode,
            (await merges.MergeContactsAsync(anna, annaAgain, caller)).ErrorCode,
            (await database.Services.GetRequiredService<DoNotInviteService>().LiftAsync(anna, personAsked: true, caller)).ErrorCode,
        };
        var import = database.Services.GetRequiredService<DirectoryImportService>();
        var file = Csv($"{EnglishHeader}\nPiet,Bakker,piet@bieb.nl,,,,,,,,,,");
        var export = database.Services.GetRequiredService<DirectoryExportService>();

        Assert.All(refusals, code => Assert.Equal(AccessErrors.NotAllowed, code));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => import.ImportAsync(file, import.SuggestedMapping(file), new ImportOptions(), caller));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => export.WriteContactsAsync(new ContactQuery(), Stream.Null, new ExportOptions(), caller));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => export.WriteOrganisationsAsync(new OrganisationQuery(), Stream.Null, new ExportOptions(), caller));
        await using var check = await database.NewContextAsync();
        Assert.Equal(["Bibliotheek Groningen", "Bibliotheek Stad"], await check.Organisations.OrderBy(o => o.Name).Select(o => o.Name).ToListAsync());
        Assert.Equal(["Anna de Vries", "Anna Vries"], (await check.Contacts.ToListAsync()).Select(c => c.FullName).Order());
        Assert.All(await check.Contacts.ToListAsync(), c => Assert.Null(c.MergedIntoId));
        Assert.Empty(await check.DirectoryMerges.ToListAsync());
        Assert.True((await check.Contacts.SingleAsync(c => c.Id == anna)).DoNotInvite);
    }
}
