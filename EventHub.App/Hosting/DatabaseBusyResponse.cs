using System.Globalization;
using EventHub.App.Components.Pages;
using EventHub.App.Components.Shared;
using EventHub.Core.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EventHub.App.Hosting;

/// <summary>
/// When SQLite stayed busy through every retry while a request was served — a partner's RSVP post, a public page,
/// an endpoint, the first render of a screen — or PostgreSQL gave no connection in time (every connection of the pool
/// in use through a crowd, or the server not answering), the answer is <c>503 Service Unavailable</c> with <c>Retry-After</c>
/// and a short page in the person's language, instead of an error page or an English exception. Nothing was
/// half-written: the retried unit is one transaction.
/// </summary>
public static class DatabaseBusyResponse
{
    public const int RetryAfterSeconds = 5;

    public static IApplicationBuilder UseDatabaseBusyResponse(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception ex) when (StayedBusy(ex) && !context.Response.HasStarted)
            {
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseBusyResponse))
                    .LogWarning(ex, "The database stayed busy; {Method} {Path} answered 503", context.Request.Method, context.Request.Path);
                context.Response.Clear();
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                // The address may be a personal link: keep it out of caches and referrers, as its own page does.
                PersonalLinkResponse.KeepPrivate(context);
                await RenderPageAsync(context);
            }
        });

    /// <summary>
    /// Renders the page in a fresh scope, as the framework's exception handler does: the failed page already used
    /// this request's component services (navigation is initialised once per scope).
    /// </summary>
    private static async Task RenderPageAsync(HttpContext context)
    {
        var requestServices = context.RequestServices;
        await using var scope = requestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        context.RequestServices = scope.ServiceProvider;
        try
        {
            await new RazorComponentResult<DatabaseBusyPage> { StatusCode = StatusCodes.Status503ServiceUnavailable }.ExecuteAsync(context);
        }
        finally
        {
            context.RequestServices = requestServices;
        }
    }

    /// <summary>The database stayed busy (<see cref="DatabaseBusyException.StayedBusy"/>): nothing was written.</summary>
    public static bool StayedBusy(Exception? exception) => DatabaseBusyException.StayedBusy(exception);
}
