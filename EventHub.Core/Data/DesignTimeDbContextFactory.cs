using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EventHub.Core.Data;

/// <summary>Lets <c>dotnet ef</c> build the context with Core as the startup project.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<EventHubDbContext>
{
    public EventHubDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<EventHubDbContext>();
        EventHubDatabase.Configure(options, "Data Source=design-time.db");
        return new EventHubDbContext(options.Options);
    }
}
