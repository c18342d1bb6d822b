using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace EventHub.App.Hosting;

/// <summary>
/// Before the rate limiter, learns whether the token of a personal link (<c>/rsvp/{token}</c>, <c>/a/{token}</c>, <c>/stop/{token}</c>,
/// <c>/calendar/feed/{token}.ics</c> — every endpoint with the <see cref="RateLimits.PersonalLink"/> policy) belongs to
/// a link that exists, with one small query on its hash. A known link is limited on its own (many colleagues of one
/// school share one address); an unknown one counts against the client address, so guessing links is slowed.
/// </summary>
public static class PersonalLinkRecognition
{
    private const string KnownLinkKey = "EventHub.KnownPersonalLink";

    public static IApplicationBuilder UsePersonalLinkRecognition(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == RateLimits.PersonalLink
                && context.GetRouteValue("token") is string { Length: > 0 } token)
            {
                var hash = PersonalLinkTokens.Hash(token);
                if (await ExistsAsync(context.RequestServices, hash, context.RequestAborted))
                {
                    context.Items[KnownLinkKey] = hash;
                }
            }

            await next(context);
        });

    /// <summary>The hash of the request's personal link when that link exists; null otherwise.</summary>
    public static string? KnownLinkOf(HttpContext context) => context.Items[KnownLinkKey] as string;

    private static async Task<bool> ExistsAsync(IServiceProvider services, string hash, CancellationToken ct)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync(ct);
        return await db.Invitations.AnyAsync(i => i.TokenHash == hash, ct)
            || await db.ActionItems.AnyAsync(a => a.OwnerTokenHash == hash, ct)
            || await db.Users.AnyAsync(u => u.CalendarFeedTokenHash == hash, ct)
            || await db.ContactStopLinks.AnyAsync(l => l.TokenHash == hash, ct);
    }
}
