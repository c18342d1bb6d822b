namespace EventHub.App.Components.Shared;

/// <summary>
/// How a page behind a personal link (RSVP, action-item owner) answers: the address is a credential, so it is kept
/// out of caches and other sites' logs, and an unknown, replaced or cancelled link is a plain 404 that reveals nothing.
/// </summary>
public static class PersonalLinkResponse
{
    public static void KeepPrivate(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
    }

    /// <summary>
    /// Answers 404 while the page still renders its friendly "this link does not work" text. The status is set as the
    /// response starts: a 404 set during rendering makes Blazor drop the page's body for the generic not-found page.
    /// </summary>
    public static void NotFound(HttpContext context)
    {
        var response = context.Response;
        response.OnStarting(() =>
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
    }
}
