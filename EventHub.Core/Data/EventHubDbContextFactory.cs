using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Data;

/// <summary>One context per operation, and the busy-retry that <see cref="DbContextFactoryExtensions.WriteAsync"/> uses for it.</summary>
public sealed class EventHubDbContextFactory(DbContextOptions<EventHubDbContext> options, DatabaseOptions settings)
    : IDbContextFactory<EventHubDbContext>
{
    public SqliteBusyRetry Retry { get; } = new(settings.WriteAttempts);

    public EventHubDbContext CreateDbContext() => new(options);
}
