using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.App.Hosting;

/// <summary>
/// <c>dotnet EventHub.App.dll migrate</c>: applies pending migrations to the configured database and exits, for a
/// deployment step that runs before the new version's instances start (with <c>EventHub:Database:MigrateOnStart</c> set
/// to false on them). Several at once are safe too: EF Core takes the provider's migration lock.
/// </summary>
public static class MigrateCommand
{
    public const string Name = "migrate";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(WebApplication app)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        try
        {
            var migrated = await EventHubDatabase.MigrateAsync(factory);
            // What start-up does after migrating (the roles, old outbox links), once here: instances started after this
            // step find it done instead of all making the roles at the same moment.
            await DatabaseStartup.PrepareDataAsync(app.Services);
            await using var db = await factory.CreateDbContextAsync();
            var last = (await db.Database.GetAppliedMigrationsAsync()).LastOrDefault();
            Console.WriteLine(migrated
                ? $"The database is migrated; its last migration is {last}."
                : $"The database was up to date; its last migration is {last}.");
            return 0;
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine($"The database was not migrated: {ex.Message}");
            return 1;
        }
    }
}
