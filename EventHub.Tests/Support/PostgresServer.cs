using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EventHub.Tests.Support;

/// <summary>
/// The throwaway PostgreSQL server that <c>./test.sh</c> starts for its PostgreSQL tests (scripts/throwaway-postgres.sh),
/// named by <c>EVENTHUB_TEST_POSTGRES</c> (a connection string to its <c>postgres</c> database as a superuser). Every
/// migration is applied once per run, to a template database; each test class gets its own database copied from it
/// (<c>CREATE DATABASE … TEMPLATE</c>, a file copy on the server), as the SQLite tests copy <see cref="TemplateDatabase"/>.
/// Without the variable the PostgreSQL tests fail and say how to run them: they are never skipped.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "EVENTHUB_TEST_POSTGRES";

    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);
    private static readonly SemaphoreSlim CopyGate = new(1, 1);

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"The PostgreSQL tests need a server: run ./test.sh (it starts a throwaway one), or set {Variable} to a superuser connection string.");

    /// <summary>A new, empty database (no tables); its connection string.</summary>
    public static Task<string> CreateEmptyDatabaseAsync() => CreateDatabaseAsync(template: "template0");

    /// <summary>A new database with every migration applied (a copy of the template); its connection string.</summary>
    public static async Task<string> CreateMigratedDatabaseAsync() => await CreateDatabaseAsync(await Template.Value);

    public static DbContextOptionsBuilder<EventHubDbContext> Options(string connectionString) =>
        (DbContextOptionsBuilder<EventHubDbContext>)EventHubDatabase.ConfigurePostgres(new DbContextOptionsBuilder<EventHubDbContext>(), connectionString);

    private static async Task<string> CreateDatabaseAsync(string template)
    {
        var name = $"eventhub_{Guid.NewGuid():N}";
        // A template may not be copied while anyone else is connected to it or copying it.
        await CopyGate.WaitAsync();
        try
        {
            await using var admin = new NpgsqlConnection(AdminConnectionString);
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        finally
        {
            CopyGate.Release();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    private static async Task<string> CreateTemplateAsync()
    {
        var connectionString = await CreateEmptyDatabaseAsync();
        var unpooled = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
        await using (var db = new PostgresEventHubDbContext(Options(unpooled).Options))
        {
            await db.Database.MigrateAsync();
        }

        return new NpgsqlConnectionStringBuilder(connectionString).Database!;
    }
}
