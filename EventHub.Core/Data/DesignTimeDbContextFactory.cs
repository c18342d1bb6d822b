using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EventHub.Core.Data;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context with Core as the startup project (<c>--context EventHubDbContext</c>).</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<EventHubDbContext>
{
    public EventHubDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<EventHubDbContext>();
        EventHubDatabase.Configure(options, "Data Source=design-time.db");
        return new EventHubDbContext(options.Options);
    }
}

/// <summary>
/// Lets <c>dotnet ef</c> build the PostgreSQL context (<c>--context PostgresEventHubDbContext</c>). Adding a migration
/// needs no server; applying one takes the connection string from <c>EVENTHUB_POSTGRES</c>.
/// </summary>
internal sealed class PostgresDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgresEventHubDbContext>
{
    public PostgresEventHubDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<EventHubDbContext>();
        EventHubDatabase.ConfigurePostgres(options,
            Environment.GetEnvironmentVariable("EVENTHUB_POSTGRES") ?? "Host=localhost;Database=eventhub;Username=eventhub");
        return new PostgresEventHubDbContext(options.Options);
    }
}
