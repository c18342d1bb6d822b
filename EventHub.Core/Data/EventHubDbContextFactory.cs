using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Data;

/// <summary>
/// One context per operation, and the write gate and busy-retry that <see cref="DbContextFactoryExtensions.WriteAsync"/>
/// uses for it (the factory is a singleton, so the app's writers share one gate).
/// </summary>
public sealed class EventHubDbContextFactory(DbContextOptions<EventHubDbContext> options, DatabaseOptions settings)
    : IDbContextFactory<EventHubDbContext>
{
    public SqliteBusyRetry Retry { get; } = new(settings.WriteAttempts);

    public SqliteWriteGate WriteGate { get; } = new();

    public EventHubDbContext CreateDbContext() => new(options);
}
