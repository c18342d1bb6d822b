using System.Globalization;
using System.Threading.RateLimiting;
using EventHub.App.Components.Pages;
using EventHub.App.Components.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;

namespace EventHub.App.Hosting;

/// <summary>
/// ASP.NET Core's rate limiter, with three policies that pages and endpoints name with <c>[EnableRateLimiting]</c>:
/// <see cref="SignIn"/> (posts of the sign-in, two-factor and forgot-password forms, per client address),
/// <see cref="PersonalLink"/> (per link for links that exist, per client address for ones that do not; see
/// <see cref="PersonalLinkRecognition"/>) and <see cref="PublicPage"/> (anonymous pages that read the database: an event's
/// public page, its calendar file and report, the public annual report; per client address, one window for them all).
/// Over the limit the answer is 429 with <c>Retry-After</c> and a short page in the person's language. Limits come from <see cref="RateLimitOptions"/>; lockout after failed passwords is Identity's.
/// Before either, every personal link's request takes its turn in one of two lines (<see cref="RateLimitOptions.PartnerRequests"/>):
/// pages, and answers (posts), so a crowd answering at once waits in the line rather than in memory, and a thank-you
/// page does not wait behind the answers still coming in.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string PersonalLink = "personal-link";
    public const string PublicPage = "public-page";

    /// <summary>
    /// The "lost your link?" page (<c>/new-link</c>): read as a public page, and its posts — each may email a new link —
    /// per client address in a window of their own (<see cref="RateLimitOptions.NewLinkRequest"/>); Core limits each address too.
    /// </summary>
    public const string NewLink = "new-link";

    public static void AddEventHubRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(SignIn, context =>
                !limits.Enabled || !HttpMethods.IsPost(context.Request.Method)
                    ? RateLimitPartition.GetNoLimiter("reading")
                    : Window($"sign-in:{ClientAddress(context)}", limits.SignIn));
            options.AddPolicy(PersonalLink, context =>
                !limits.Enabled ? RateLimitPartition.GetNoLimiter("off")
                : PersonalLinkRecognition.KnownLinkOf(context) is { } link ? Window($"link:{link}", limits.PersonalLink)
                : Window($"unknown-link:{ClientAddress(context)}", limits.UnknownLink));
            options.AddPolicy(PublicPage, context =>
                !limits.Enabled ? RateLimitPartition.GetNoLimiter("off") : Window($"public:{ClientAddress(context)}", limits.PublicPage));
            options.AddPolicy(NewLink, context =>
                !limits.Enabled ? RateLimitPartition.GetNoLimiter("off")
                : HttpMethods.IsPost(context.Request.Method) ? Window($"new-link:{ClientAddress(context)}", limits.NewLinkRequest)
                : Window($"new-link-page:{ClientAddress(context)}", limits.PublicPage));
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                !limits.Enabled || !PersonalLinkRecognition.IsPersonalLink(context) ? RateLimitPartition.GetNoLimiter("")
                : Line(HttpMethods.IsPost(context.Request.Method) ? "partner-answers" : "partner-pages", limits.PartnerRequests));
            options.OnRejected = (rejected, _) => AnswerTooManyAsync(rejected.HttpContext, rejected.Lease);
        });
    }

    private static RateLimitPartition<string> Window(string key, RateLimitWindow window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = window.PermitLimit,
            Window = TimeSpan.FromSeconds(window.WindowSeconds),
            QueueLimit = 0,
        });

    /// <summary>
    /// Reads a partner's posted form before their turn in the line (put it before <c>UseRateLimiter</c>): someone who
    /// sends a form slowly then holds only their own connection (Kestrel drops senders slower than its minimum rate),
    /// not one of the few places in the answers' line. Antiforgery and the page read the form kept here.
    /// </summary>
    public static IApplicationBuilder UsePartnerFormsReadBeforeTheLine(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsPost(context.Request.Method) && context.Request.HasFormContentType && PersonalLinkRecognition.IsPersonalLink(context))
            {
                try
                {
                    await context.Request.ReadFormAsync(context.RequestAborted);
                }
                catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
                {
                    // Not a form any page of ours sends (a field over the form limits, a body over the request limit).
                    context.Response.StatusCode = e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status400BadRequest;
                    return;
                }
            }

            await next(context);
        });

    private static RateLimitPartition<string> Line(string key, RateLimitLine line) =>
        RateLimitPartition.GetConcurrencyLimiter(key, _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = line.PermitLimit,
            QueueLimit = line.QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });

    /// <summary>The address the request came from (the proxy's forwarded address once forwarded headers are applied).</summary>
    private static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask AnswerTooManyAsync(HttpContext context, RateLimitLease lease)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        // The address may be a personal link: keep it out of caches and referrers, as its own page does.
        PersonalLinkResponse.KeepPrivate(context);
        await new RazorComponentResult<TooManyRequestsPage>(new { RetryAfterSeconds = (int)Math.Ceiling(retryAfter.TotalSeconds) })
        {
            StatusCode = StatusCodes.Status429TooManyRequests,
        }.ExecuteAsync(context);
    }
}
