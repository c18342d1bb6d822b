using EventHub.Core.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Support;

/// <summary>
/// Reads the running app's database. End-to-end tests share one app, and other stories add events and
/// organisations to it, so a test that counts rows asks the database instead of assuming the demo's numbers.
/// </summary>
public static class AppData
{
    public static async Task<T> ReadAsync<T>(WebApplicationFactory<Program> app, Func<EventHubDbContext, Task<T>> read)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        return await read(db);
    }
}
