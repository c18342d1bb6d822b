using EventHub.Core.Accounts;
using EventHub.Core.Data;
using EventHub.Core.Demo;
using EventHub.Core.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EventHub.App.Hosting;

public static class DatabaseStartup
{
    /// <summary>Migrates the database (and moves old outbox links apart), makes sure the roles exist, seeds demo data when configured, and refreshes query statistics.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var dbFactory = app.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        await EventHubDatabase.MigrateAsync(dbFactory);
        // Messages stored before personal links were kept apart (migration OutboxTokensApart) get theirs apart now; the
        // key ring is made ready first, outside any write transaction (see PrepareKeyRing).
        var linkTokens = app.Services.GetRequiredService<OutboxLinkTokens>();
        linkTokens.PrepareKeyRing();
        await OutboxLinkUpgrade.RunAsync(dbFactory, linkTokens);

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountService>().EnsureRolesAsync();
        if (scope.ServiceProvider.GetRequiredService<IOptions<EventHubOptions>>().Value.SeedDemoData)
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync();
        }

        await EventHubDatabase.OptimizeAsync(dbFactory);
    }
}
