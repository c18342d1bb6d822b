using EventHub.Core.Accounts;
using EventHub.Core.Data;
using EventHub.Core.Events;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Support;

/// <summary>Looks up the demo seed's events and accounts in a running app, for tests that need their ids and slugs.</summary>
public static class DemoEvents
{
    public const string PublishedTitle = "Alliantiedag Gelijke Kansen";
    public const string PastTitle = "Dialoogavond Kansengelijkheid";
    public const string DraftTitle = "Werkconferentie Leven Lang Leren";

    public static async Task<Event> FindAsync(WebApplicationFactory<Program> factory, string title)
    {
        await using var db = await DbFactory(factory).CreateDbContextAsync();
        return await db.Events.AsNoTracking().SingleAsync(e => e.Title == title);
    }

    public static async Task<AppUser> UserAsync(WebApplicationFactory<Program> factory, string email)
    {
        await using var db = await DbFactory(factory).CreateDbContextAsync();
        return await db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
    }

    private static IDbContextFactory<EventHubDbContext> DbFactory(WebApplicationFactory<Program> factory) =>
        factory.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
}
