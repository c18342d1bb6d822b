using EventHub.App.Components.Shared;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Extensions;

namespace EventHub.App.Hosting;

/// <summary>
/// A page's form sent without the antiforgery cookie that goes with it — the page restored from a closed browser's tabs
/// (its cookie gone with the browser), open past the cookie's life, or a browser that keeps no cookies — was answered
/// by Blazor with a bare developer's 400 in English ("A valid antiforgery token was not provided with the request…"),
/// and what was typed was lost with it: a partner's answer, an organiser's sign-in. The page is shown again instead
/// (303 to itself with <c>?form-expired=1</c>), with a fresh cookie and a sentence that says nothing was sent and asks to
/// send it again (<see cref="Components.Layout.FormExpiredNotice"/>). Nothing is saved from such a post: the token is
/// still required.
/// </summary>
public static class ExpiredForms
{
    public const string QueryKey = "form-expired";

    /// <summary>After <c>UseAntiforgery</c>, which has checked the token by then.</summary>
    public static IApplicationBuilder UseExpiredFormsShownAgain(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            // Not when the status-code pages run the pipeline again for another refusal (an endpoint's own 400, such as
            // a sign-out without its token): that refusal stands.
            if (HttpMethods.IsPost(context.Request.Method)
                && context.Features.Get<IStatusCodeReExecuteFeature>() is null
                && context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null
                && context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
            {
                var query = context.Request.Query.ContainsKey(QueryKey) ? context.Request.QueryString : context.Request.QueryString.Add(QueryKey, "1");
                context.Response.StatusCode = StatusCodes.Status303SeeOther;
                context.Response.Headers.Location = UriHelper.BuildRelative(context.Request.PathBase, context.Request.Path, query);
                PersonalLinkResponse.KeepPrivate(context); // the address may be a personal link
                return;
            }

            await next(context);
        });
}
