using EventHub.Core.Actions;
using EventHub.Core.Data;
using EventHub.Core.Events;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Data;

/// <summary>Events, sessions and action items stored before their search keys (migration SearchKeys) are found after the upgrade.</summary>
public class SearchKeysUpgradeTests
{
    [Fact]
    public async Task Run_FillsTheKeysOfRecordsFromBeforeThem_SoSearchFindsThem_AndWritesNoAuditEntries()
    {
        await using var database = await TestDatabase.CreateAsync();
        var build = new ActionItems(database.DbFactory, database.Time.GetUtcNow().UtcDateTime);
        var session = await build.MeetingAsync("Coördinatieavond", new DateTime(2026, 9, 10, 17, 0, 0, DateTimeKind.Utc));
        var (owner, _) = await build.PartnerAsync("Bibliotheek");
        var item = await build.AddAsync(session, "Ouders geïnformeerd", owner, null, new DateOnly(2026, 12, 10));
        await using (var db = await database.NewContextAsync())
        {
            // As the migration leaves them: the new columns empty.
            await db.Database.ExecuteSqlRawAsync("""UPDATE "Events" SET "SearchTitle" = ''; UPDATE "Sessions" SET "SearchTitle" = ''; UPDATE "ActionItems" SET "SearchWhat" = '';""");
            db.AuditEntries.RemoveRange(db.AuditEntries);
            await db.SaveChangesAsync();
        }

        var tracker = database.Services.GetRequiredService<ActionTrackerService>();
        var events = database.Services.GetRequiredService<EventService>();
        Assert.Empty((await tracker.ListAsync(new ActionQuery(Search: "geinformeerd"))).Items);

        var filled = await SearchKeysUpgrade.RunAsync(database.DbFactory);

        Assert.Equal(3, filled); // the event, its session, the item
        Assert.Equal([item.Id], (await tracker.ListAsync(new ActionQuery(Search: "geinformeerd"))).Items.Select(r => r.Id));
        Assert.Equal(["Coördinatieavond"], (await events.ListAsync(new EventListQuery(Search: "coordinatie"))).Items.Select(e => e.Title));
        Assert.Equal(0, await SearchKeysUpgrade.RunAsync(database.DbFactory));
        await using var read = await database.NewContextAsync();
        Assert.Empty(await read.AuditEntries.ToListAsync());
    }

    [Fact]
    public async Task Run_ATitleThatFoldsToNothing_IsPassed_NotReadAgainForever()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = await database.NewContextAsync())
        {
            var start = database.Time.GetUtcNow().UtcDateTime.AddDays(7);
            db.Events.AddRange(new Event("\u0301", start, start.AddHours(2)), new Event("Dialoogavond", start, start.AddHours(2))); // a lone accent: no letters left once folded
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync("""UPDATE "Events" SET "SearchTitle" = '';""");
        }

        var run = SearchKeysUpgrade.RunAsync(database.DbFactory);

        Assert.Equal(2, await run.WaitAsync(TimeSpan.FromMinutes(1))); // the old loop never ended
    }
}
