using Microsoft.EntityFrameworkCore;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.Internal;

namespace EventHub.Core.Data;

/// <summary>
/// One context per operation — of the provider's own context type (<see cref="PostgresEventHubDbContext"/> on
/// PostgreSQL, so its migrations are found) — and the write gate and busy-retry that
/// <see cref="DbContextFactoryExtensions.WriteAsync"/> uses for it (the factory is a singleton, so the app's writers
/// share one gate).
/// </summary>
public sealed class EventHubDbContextFactory(DbContextOptions<EventHubDbContext> options, DatabaseOptions settings)
    : IDbContextFactory<EventHubDbContext>
{
    public SqliteBusyRetry Retry { get; } = new(settings.WriteAttempts);

    /// <summary>The options are Npgsql's (PostgreSQL), whatever <see cref="DatabaseOptions.Provider"/> says (tests configure the options directly).</summary>
    public bool IsPostgres { get; } = IsNpgsql(options);

    /// <summary>One writer at a time on SQLite; <see cref="DatabaseOptions.ConcurrentWriters"/> on PostgreSQL.</summary>
    public SqliteWriteGate WriteGate { get; } = new(IsNpgsql(options) ? Math.Max(1, settings.ConcurrentWriters) : 1);

    public int WriteAttempts => settings.WriteAttempts;

    public EventHubDbContext CreateDbContext() => IsPostgres ? new PostgresEventHubDbContext(options) : new EventHubDbContext(options);

#pragma warning disable EF1001 // the extension type is how the options say which provider they are for
    internal static bool IsNpgsql(DbContextOptions options) => options.FindExtension<NpgsqlOptionsExtension>() is not null;
#pragma warning restore EF1001
}
