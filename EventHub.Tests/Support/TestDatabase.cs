using EventHub.Core;
using EventHub.Core.Accounts;
using EventHub.Core.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EventHub.Tests.Support;

/// <summary>
/// A real, migrated SQLite database in memory (a copy of <see cref="TemplateDatabase"/>) (the connection is held open for the test's lifetime)
/// with the Core services and Identity over it, and a <see cref="FakeTimeProvider"/> for the clock.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);

    private readonly SqliteConnection _connection;

    private TestDatabase(SqliteConnection connection, ServiceProvider services, FakeTimeProvider time)
    {
        _connection = connection;
        Services = services;
        Time = time;
    }

    public ServiceProvider Services { get; }
    public FakeTimeProvider Time { get; }
    public IDbContextFactory<EventHubDbContext> DbFactory => Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();

    public static async Task<TestDatabase> CreateAsync(Action<IServiceCollection>? configure = null)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var time = new FakeTimeProvider(DefaultNow);
        var services = new ServiceCollection();
        AddTo(services, connection, time);
        configure?.Invoke(services);
        TemplateDatabase.CopyTo(connection);
        return new TestDatabase(connection, services.BuildServiceProvider(), time);
    }

    /// <summary>
    /// A copy of the demo as <see cref="EventHub.Core.Demo.DemoSeeder"/> seeds an empty database over these services at
    /// <see cref="DefaultNow"/> (<see cref="TemplateDatabase.CopyCoreDemoToAsync"/>), with the seed's Data Protection keys.
    /// </summary>
    public static async Task<TestDatabase> CreateWithDemoAsync()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var time = new FakeTimeProvider(DefaultNow);
        var services = new ServiceCollection();
        AddTo(services, connection, time);
        services.AddSingleton(TemplateDatabase.CoreDemoKeys);
        await TemplateDatabase.CopyCoreDemoToAsync(connection);
        return new TestDatabase(connection, services.BuildServiceProvider(), time);
    }

    /// <summary>Registers the database, Core services and Identity, as the app does, over the given connection.</summary>
    public static void AddTo(IServiceCollection services, SqliteConnection connection, TimeProvider time) =>
        AddTo(services.AddEventHubDatabase(options => options.UseSqlite(connection)), time);

    /// <summary>The same over a database file, configured as the app configures its own: each context opens its own connection.</summary>
    public static void AddTo(IServiceCollection services, string connectionString, TimeProvider time) =>
        AddTo(services.AddEventHubDatabase(connectionString), time);

    /// <summary>The same with database options, e.g. on PostgreSQL (<see cref="PostgresServer"/>).</summary>
    public static void AddTo(IServiceCollection services, string connectionString, DatabaseOptions options, TimeProvider time) =>
        AddTo(services.AddEventHubDatabase(connectionString, options), time);

    private static void AddTo(IServiceCollection services, TimeProvider time)
    {
        services.AddLogging();
        services.AddSingleton(time);
        services.AddEventHubCore();
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddIdentityCore<AppUser>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<EventHubDbContext>()
            .AddDefaultTokenProviders();
    }

    public async Task<EventHubDbContext> NewContextAsync() => await DbFactory.CreateDbContextAsync();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
