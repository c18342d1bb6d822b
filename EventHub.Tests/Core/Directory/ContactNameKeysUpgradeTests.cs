using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EventHub.Tests.Core.Directory;

public class ContactNameKeysUpgradeTests
{
    [Fact]
    public async Task Run_AfterMigratingADirectoryFromBeforeTheKeys_FindsAndSortsItsContactsByName()
    {
        var file = Path.Combine(Path.GetTempPath(), "eventhub-tests", $"name-keys-{Guid.NewGuid():N}.db");
        var services = new ServiceCollection();
        TestDatabase.AddTo(services, $"Data Source={file};Pooling=False", new FakeTimeProvider(TestDatabase.DefaultNow));
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        await using (var before = await factory.CreateDbContextAsync())
        {
            await before.GetService<IMigrator>().MigrateAsync("EventVersion");
            await before.Database.ExecuteSqlRawAsync("""
                INSERT INTO Contacts (FirstName, LastName, NameKey, Email, NormalizedEmail, EmailDomain, PreferredLanguage, IsArchived, CreatedAtUtc, UpdatedAtUtc, Source)
                VALUES ('Cor', 'Zijlstra', 'corzijlstra', 'cor@example.nl', 'cor@example.nl', 'example.nl', 'nl', 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00', 'Entered'),
                       ('Ömer', 'Özdemir', 'omerozdemir', 'omer@example.nl', 'omer@example.nl', 'example.nl', 'nl', 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00', 'Entered'),
                       ('Anna', 'de Vries', 'annadevries', 'anna@example.nl', 'anna@example.nl', 'example.nl', 'nl', 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00', 'Entered');
                """);
        }

        await EventHubDatabase.MigrateAsync(factory);
        var filled = await ContactNameKeysUpgrade.RunAsync(factory);

        var contacts = provider.GetRequiredService<ContactService>();
        Assert.Equal(3, filled);
        Assert.Equal(["Ömer Özdemir"], (await contacts.ListAsync(new ContactQuery(Search: "özdemir"))).Items.Select(c => c.FullName));
        Assert.Equal(["Ömer Özdemir", "Anna de Vries", "Cor Zijlstra"], (await contacts.ListAsync(new ContactQuery())).Items.Select(c => c.FullName));
        Assert.Equal(0, await ContactNameKeysUpgrade.RunAsync(factory));
        await using var db = await factory.CreateDbContextAsync();
        Assert.Empty(await db.AuditEntries.ToListAsync());
    }
}
