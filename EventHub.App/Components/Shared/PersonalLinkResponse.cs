using Microsoft.AspNetCore.Components;

namespace EventHub.App.Components.Shared;

/// <summary>
/// How a page behind a personal link (RSVP, action-item owner) answers: the address is a credential, so it is kept
/// out of caches and other sites' logs, and an unknown, replaced or cancelled link is a plain 404 that reveals nothing.
/// <see cref="PersonalLinkPage"/> applies it to every page it frames; <see cref="Redirect"/> to the redirects after a post.
/// </summary>
public static class PersonalLinkResponse
{
    public static void KeepPrivate(HttpContext context)
    {
        // Exactly what antiforgery sets on a page that carries its token (the RSVP form does): a different value would
        // be overridden anyway, with a warning in the log for every view. no-store is what keeps the link out of caches.
        context.Response.Headers.CacheControl = "no-cache, no-store";
        context.Response.Headers.Pragma = "no-cache";
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

    /// <summary>
    /// Answers 410 Gone for a link that worked and has expired, while the page renders its friendly "this link has
    /// expired" text: unlike an unknown link, it will never work again, and the holder is told whom to ask instead.
    /// </summary>
    public static void Gone(HttpContext context)
    {
        var response = context.Response;
        response.OnStarting(() =>
        {
            response.StatusCode = StatusCodes.Status410Gone;
            return Task.CompletedTask;
        });
    }

    /// <summary>Post/Redirect/Get: a refresh does not post again. The redirect (its address holds the link) is kept private too.</summary>
    public static void Redirect(HttpContext context, NavigationManager navigation, string url)
    {
        KeepPrivate(context);
        navigation.NavigateTo(url, forceLoad: true);
    }
}
