using EventHub.App.Hosting;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EventHub.Tests.Integration.Hosting;

/// <summary>
/// Several instances starting at once on one new PostgreSQL database without a <c>migrate</c> step
/// (<c>MigrateOnStart</c> true): the migrations run once (their lock), and the data start-up prepares after them — the
/// roles, old outbox links — is prepared by one instance at a time, so none of them fails on a role another has just
/// made (a unique violation on the role's name) and every role exists once.
/// </summary>
public class StartupDataOnPostgresTests
{
    private const int Instances = 4;

    [Fact]
    public async Task FourInstancesStartAtOnceOnAnEmptyDatabase_EachMigratesAndPreparesItsData_AllSucceed_EveryRoleExistsOnce()
    {
        var database = await PostgresServer.CreateEmptyDatabaseAsync();
        var instances = Enumerable.Range(0, Instances).Select(_ => Instance(database)).ToList();
        try
        {
            // What each instance's start-up does (DatabaseStartup.PrepareDatabaseAsync and the work it defers): migrate,
            // then prepare the data, whether or not it was the one that migrated. All released at the same moment.
            var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var starts = instances.Select(services => Task.Run(async () =>
            {
                await go.Task;
                await EventHubDatabase.MigrateAsync(services.GetRequiredService<IDbContextFactory<EventHubDbContext>>());
                await DatabaseStartup.PrepareDataAsync(services);
            })).ToList();
            go.SetResult();
            await Task.WhenAll(starts);
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }

        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "Name" FROM "AspNetRoles" ORDER BY "Name" """, connection);
        var names = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        Assert.Equal(Roles.All.Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
    }

    /// <summary>One instance's services over the database: Core, Identity and Data Protection, as the app registers them.</summary>
    private static ServiceProvider Instance(string connectionString)
    {
        var services = new ServiceCollection();
        TestDatabase.AddTo(services, connectionString, new DatabaseOptions { Provider = DatabaseProvider.Postgres }, TimeProvider.System);
        return services.BuildServiceProvider();
    }
}
