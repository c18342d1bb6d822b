using EventHub.Core.Common;
using EventHub.Core.Invitations;
using Microsoft.AspNetCore.Localization;

namespace EventHub.App.Components.Pages.Invitations.Rsvp;

/// <summary>
/// The invitation behind a personal link, loaded at most once per request: the culture provider needs its
/// language before anything renders (the <c>html lang</c> is written first), and the page needs the rest.
/// </summary>
public static class RsvpRequest
{
    public const string PathPrefix = "/rsvp";

    private static readonly object ItemKey = new();

    public static async Task<RsvpView?> ViewAsync(HttpContext http, string token)
    {
        if (http.Items.TryGetValue(ItemKey, out var cached))
        {
            return (RsvpView?)cached;
        }

        var view = await http.RequestServices.GetRequiredService<RsvpService>().GetAsync(token, http.RequestAborted);
        http.Items[ItemKey] = view;
        return view;
    }

    /// <summary>The token of <c>/rsvp/{token}</c>, or null for any other path.</summary>
    public static string? TokenOf(PathString path) =>
        path.StartsWithSegments(PathPrefix, out var rest) && rest.Value is { Length: > 1 } value && value.IndexOf('/', 1) < 0
            ? value[1..]
            : null;
}

/// <summary>
/// On the RSVP page, speak the contact's preferred language. Registered after the cookie provider, so a language
/// the person picked with the language switch still wins.
/// </summary>
public sealed class RsvpCultureProvider : RequestCultureProvider
{
    public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        if (RsvpRequest.TokenOf(httpContext.Request.Path) is not { } token
            || await RsvpRequest.ViewAsync(httpContext, token) is not { } view)
        {
            return null;
        }

        return new ProviderCultureResult(view.Invitation.Language.ToCultureName());
    }
}
