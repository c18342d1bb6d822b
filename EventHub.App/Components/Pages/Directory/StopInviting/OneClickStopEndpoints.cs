using EventHub.App.Hosting;
using EventHub.Core.Directory;
using EventHub.Core.Outbox;
using Microsoft.AspNetCore.Diagnostics;

namespace EventHub.App.Components.Pages.Directory.StopInviting;

/// <summary>
/// The one-click address of a "stop inviting me" link, <c>/stop/{token}/one-click</c>, which partners' emails give mail
/// programs as List-Unsubscribe (<see cref="OneClickUnsubscribe"/>). The program's POST of
/// <c>List-Unsubscribe=One-Click</c> (nothing else) stops the invitations at once, as confirming on the link's page does: the person
/// pressed the program's "Unsubscribe", and a mail scanner that follows links sends no such POST. It carries no
/// antiforgery token (the program has no page to take one from); the token in the address is what proves the link, as
/// for the page. A program that opens the address instead is sent to the page, which asks first.
/// </summary>
public static class OneClickStopEndpoints
{
    public static void MapOneClickStopInviting(this IEndpointRouteBuilder endpoints)
    {
        const string Path = ContactStopLink.PathPrefix + "/{token}" + OneClickUnsubscribe.Suffix;

        endpoints.MapPost(Path, async (string token, HttpRequest request, DoNotInviteService doNotInvite) =>
            {
                var form = request.HasFormContentType ? await request.ReadFormAsync(request.HttpContext.RequestAborted) : null;
                if (form is null || form[OneClickUnsubscribe.PostField] != OneClickUnsubscribe.PostValue)
                {
                    return StatusOnly(request.HttpContext, StatusCodes.Status400BadRequest);
                }

                var stopped = await doNotInvite.StopAsync(token, request.HttpContext.RequestAborted);
                return StatusOnly(request.HttpContext, stopped.Succeeded ? StatusCodes.Status200OK : StatusCodes.Status404NotFound);
            })
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimits.PersonalLink);

        endpoints.MapGet(Path, (string token) => Results.LocalRedirect($"~{ContactStopLink.PathPrefix}/{Uri.EscapeDataString(token)}"))
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.PersonalLink);
    }

    /// <summary>Mail programs read the status alone: no "not found" page for people around it.</summary>
    private static IResult StatusOnly(HttpContext http, int statusCode)
    {
        if (http.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }

        return Results.StatusCode(statusCode);
    }
}
