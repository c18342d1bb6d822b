using EventHub.Core.Actions;
using EventHub.Core.Common;
using Microsoft.AspNetCore.Localization;

namespace EventHub.App.Components.Pages.Actions.Owner;

/// <summary>
/// The action item behind an owner's link, loaded at most once per request: the culture provider needs the contact's
/// language before anything renders, and the page needs the rest.
/// </summary>
public static class ActionOwnerRequest
{
    private static readonly object ItemKey = new();

    public static async Task<OwnerActionView?> ViewAsync(HttpContext http, string token)
    {
        if (http.Items.TryGetValue(ItemKey, out var cached))
        {
            return (OwnerActionView?)cached;
        }

        var view = await http.RequestServices.GetRequiredService<ActionOwnerService>().GetAsync(token, http.RequestAborted);
        http.Items[ItemKey] = view;
        return view;
    }

    /// <summary>The token of <c>/a/{token}</c>, or null for any other path.</summary>
    public static string? TokenOf(PathString path) =>
        path.StartsWithSegments(ActionOwnerLinks.PathPrefix, out var rest) && rest.Value is { Length: > 1 } value && value.IndexOf('/', 1) < 0
            ? value[1..]
            : null;
}

/// <summary>On the owner's page, speak the owner contact's language, unless they picked one with the language switch.</summary>
public sealed class ActionOwnerCultureProvider : RequestCultureProvider
{
    public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        if (ActionOwnerRequest.TokenOf(httpContext.Request.Path) is not { } token
            || await ActionOwnerRequest.ViewAsync(httpContext, token) is not { } view)
        {
            return null;
        }

        return new ProviderCultureResult(view.Language.ToCultureName());
    }
}
