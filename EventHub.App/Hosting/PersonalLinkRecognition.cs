using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace EventHub.App.Hosting;

/// <summary>
/// Before the rate limiter, learns whether the token of a personal link (<c>/rsvp/{token}</c>, <c>/a/{token}</c>, <c>/stop/{token}</c>, <c>/feedback/{token}</c>,
/// <c>/calendar/feed/{token}.ics</c> — every endpoint with the <see cref="RateLimits.PersonalLink"/> policy) belongs to
/// a link that exists, with one small query on its hash. A known link is limited on its own (many colleagues of one
/// school share one address); an unknown one counts against the client address, so guessing links is slowed.
/// The record the link belongs to is kept too: the audit log names a partner who answers through it (<see cref="AuditActors"/>).
/// </summary>
public static class PersonalLinkRecognition
{
    private const string KnownLinkKey = "EventHub.KnownPersonalLink";
    private const string LinkRecordKey = "EventHub.PersonalLinkRecord";
    private const string FoundKey = "EventHub.PersonalLinkFound";

    public static IApplicationBuilder UsePersonalLinkRecognition(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (IsPersonalLink(context) && context.GetRouteValue("token") is string { Length: > 0 } token)
            {
                var hash = PersonalLinkTokens.Hash(token);
                var found = context.Items[FoundKey] is (string foundToken, PersonalLinkRecord foundRecord) && foundToken == token ? foundRecord : null;
                if ((found ?? await FindAsync(context.RequestServices, hash, context.RequestAborted)) is { } record)
                {
                    context.Items[KnownLinkKey] = hash;
                    context.Items[LinkRecordKey] = record;
                }
            }

            await next(context);
        });

    /// <summary>Whether the request's endpoint is a personal link's (it has the <see cref="RateLimits.PersonalLink"/> policy).</summary>
    public static bool IsPersonalLink(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == RateLimits.PersonalLink;

    /// <summary>
    /// A link already found earlier in the same request (the page's language was looked up through it,
    /// <see cref="PersonalLinkCultureProvider"/>): recognising it then needs no query of its own.
    /// </summary>
    public static void Found(HttpContext context, string token, PersonalLinkRecord record) => context.Items[FoundKey] = (token, record);

    /// <summary>The hash of the request's personal link when that link exists; null otherwise.</summary>
    public static string? KnownLinkOf(HttpContext context) => context.Items[KnownLinkKey] as string;

    /// <summary>The record the request's personal link belongs to (invitation 12, action item 3) when that link exists.</summary>
    public static PersonalLinkRecord? RecordOf(HttpContext context) => context.Items[LinkRecordKey] as PersonalLinkRecord;

    private static async Task<PersonalLinkRecord?> FindAsync(IServiceProvider services, string hash, CancellationToken ct)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync(ct);
        return await Find("invitation", db.Invitations.Where(i => i.TokenHash == hash).Select(i => i.Id))
            ?? await Find("action item", db.ActionItems.Where(a => a.OwnerTokenHash == hash).Select(a => a.Id))
            ?? (await db.Users.AnyAsync(u => u.CalendarFeedTokenHash == hash, ct) ? new PersonalLinkRecord("calendar feed", 0) : null)
            ?? await Find("stop link", db.ContactStopLinks.Where(l => l.TokenHash == hash).Select(l => l.Id))
            ?? await Find("feedback survey", db.FeedbackRequests.Where(r => r.TokenHash == hash).Select(r => r.Id));

        async Task<PersonalLinkRecord?> Find(string kind, IQueryable<int> ids) =>
            await ids.Select(id => (int?)id).FirstOrDefaultAsync(ct) is { } id ? new PersonalLinkRecord(kind, id) : null;
    }
}

/// <summary>What a personal link opens: the kind of record and its id.</summary>
public sealed record PersonalLinkRecord(string Kind, int Id);
