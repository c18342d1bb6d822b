using System.Text.RegularExpressions;
using EventHub.Core.Data;
using EventHub.Core.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Support;

/// <summary>Reads a staff member's newest set-password link back from the outbox, as they would find it in their email.</summary>
public static partial class StaffLinks
{
    public static async Task<OutboxMessage> NewestMessageToAsync(IServiceProvider services, string email)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        return await db.OutboxMessages.Where(m => m.ToAddress == email).OrderByDescending(m => m.Id).FirstAsync();
    }

    public static async Task<string> NewestTokenAsync(IServiceProvider services, string email) =>
        TokenIn(OutboxLinks.TextAsSent(services, await NewestMessageToAsync(services, email)));

    public static string TokenIn(string text) =>
        LinkPattern().Match(text) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException("No set-password link in the message.");

    [GeneratedRegex("/account/set-password/([A-Za-z0-9_-]+)")]
    private static partial Regex LinkPattern();
}
