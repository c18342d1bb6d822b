using System.Diagnostics;
using EventHub.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace EventHub.Tests.Integration.Hosting;

/// <summary>
/// Migrations as a deployment step: <c>dotnet EventHub.App.dll migrate</c> migrates and exits, and an instance with
/// <c>EventHub:Database:MigrateOnStart</c> false refuses a database that still lacks migrations.
/// </summary>
public class MigrateCommandTests : IDisposable
{
    private readonly string _emptyFile = Path.Combine(Path.GetTempPath(), "eventhub-tests", $"empty-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task MigrateCommand_OnAnEmptyPostgresDatabase_MigratesAndExits_ThenFindsItUpToDate()
    {
        var database = await PostgresServer.CreateEmptyDatabaseAsync();

        var first = await RunAsync("migrate", database);
        var again = await RunAsync("migrate", database);

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Contains("The database is migrated; its last migration is", first.Output);
        Assert.True(again.ExitCode == 0, again.Output);
        Assert.Contains("The database was up to date", again.Output);
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using (var roles = new NpgsqlCommand("""SELECT count(*) FROM "AspNetRoles" """, connection))
        {
            Assert.Equal(EventHub.Core.Common.Roles.All.Count, (int)(long)(await roles.ExecuteScalarAsync())!);
        }

        await using var count = new NpgsqlCommand("""SELECT count(*) FROM "__EFMigrationsHistory" """, connection);
        Assert.Equal(
            typeof(EventHub.Core.Data.PostgresEventHubDbContext).Assembly.GetTypes().Count(t =>
                t.Namespace == "EventHub.Core.Data.Migrations.Postgres" && t.IsSubclassOf(typeof(Microsoft.EntityFrameworkCore.Migrations.Migration))),
            (int)(long)(await count.ExecuteScalarAsync())!);
    }

    [Fact]
    public void MigrateOnStartOff_DatabaseLacksMigrations_RefusesToStartWithOneClearLogLine()
    {
        var log = new RecordingLoggerProvider();
        using var factory = new ConfiguredAppFactory(
            ("ConnectionStrings:EventHub", $"Data Source={_emptyFile}"), ("EventHub:Database:MigrateOnStart", "false")) { Log = log };

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var critical = Assert.Single(log.Entries, e => e.Level >= LogLevel.Error);
        Assert.Equal(LogLevel.Critical, critical.Level);
        Assert.StartsWith("EventHub does not start: the database lacks", critical.Message);
        Assert.Contains("run the migrate command first", critical.Message);
    }

    [Fact]
    public async Task MigrateOnStartOff_MigratedDatabase_Starts()
    {
        using var factory = new ConfiguredAppFactory(("EventHub:Database:MigrateOnStart", "false"));

        var response = await factory.CreateClient().GetAsync("/healthz");

        response.EnsureSuccessStatusCode();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_emptyFile);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string arguments, string postgres)
    {
        var start = new ProcessStartInfo("dotnet", $"{Path.Combine(AppContext.BaseDirectory, "EventHub.App.dll")} {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["EventHub__Database__Provider"] = "Postgres";
        start.Environment["ConnectionStrings__EventHub"] = postgres;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // Only a guard against a hang: on a loaded CI machine one start with every migration takes well over a minute.
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        return (process.ExitCode, await output + await error);
    }
}
