using Microsoft.AspNetCore.DataProtection;

namespace EventHub.App.Components.Pages.Invitations.NewLink;

/// <summary>
/// The address a refused "lost your link?" post typed, carried back to the page the form was on (an event's page, a dead
/// link's page), so the partner corrects it instead of typing it all again. Never in the address bar or a log: in a
/// cookie only this browser holds, encrypted with Data Protection (as ASP.NET Core's TempData cookie would), for a few
/// minutes at most, and deleted by the page that shows it.
/// </summary>
public sealed class NewLinkTypedAddress(IDataProtectionProvider protection)
{
    public const string CookieName = ".EventHub.NewLink";

    /// <summary>The page it is for follows at once (a redirect); a cookie left behind goes by itself.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly IDataProtector _protector = protection.CreateProtector("EventHub.NewLink.TypedAddress");

    /// <summary>Keeps what was typed for the next page; nothing longer than an address may be.</summary>
    public void Keep(HttpContext context, string typed)
    {
        if (typed.Length is > 0 and <= EventHub.Core.Directory.Contact.EmailMaxLength)
        {
            context.Response.Cookies.Append(CookieName, _protector.Protect(typed), Options(context, Lifetime));
        }
    }

    /// <summary>What the last refused post typed, once: the cookie is deleted. Null when there is none, or it was tampered with or made with keys gone.</summary>
    public string? Take(HttpContext context)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var kept))
        {
            return null;
        }

        context.Response.Cookies.Delete(CookieName, Options(context, null));
        try
        {
            return _protector.Unprotect(kept);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    private static CookieOptions Options(HttpContext context, TimeSpan? maxAge) => new()
    {
        Path = context.Request.PathBase.HasValue ? context.Request.PathBase.Value : "/",
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        IsEssential = true,
        MaxAge = maxAge,
    };
}
