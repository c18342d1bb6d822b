using EventHub.App.Components.Pages.Accounts.Details;
using EventHub.App.Components.Pages.Accounts.Password;
using EventHub.App.Components.Pages.Invitations.Rsvp;
using EventHub.Core.Accounts;
using EventHub.Core.Actions;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Engagement;
using EventHub.Core.Invitations;
using Microsoft.AspNetCore.Localization;

namespace EventHub.App.Hosting;

/// <summary>
/// On a page a personal link opens (<c>/rsvp/{token}</c>, <c>/a/{token}</c>, <c>/stop/{token}</c>, <c>/feedback/{token}</c>,
/// a new colleague's or a reset's <c>/account/set-password/{token}</c>, a staff member's new address's <c>/account/confirm-email/{token}</c>), speak the language of the person the link was sent to. The language is needed before anything renders (the <c>html lang</c> is written first), so it is
/// learnt with one small query (the token's hash → the language), not by loading what the page shows. Registered
/// after the cookie provider, so a language picked with the language switch still wins.
/// </summary>
public sealed class PersonalLinkCultureProvider : RequestCultureProvider
{
    public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        try
        {
            return await LinkCultureAsync(httpContext);
        }
        catch (Exception ex) when (DatabaseBusyResponse.StayedBusy(ex))
        {
            // Too busy to tell: the next provider (the browser's languages) decides, and the page then says "busy, try
            // again" (DatabaseBusyResponse, which runs after localization) in that language rather than failing here.
            return null;
        }
    }

    private static async Task<ProviderCultureResult?> LinkCultureAsync(HttpContext httpContext)
    {
        var (path, services, ct) = (httpContext.Request.Path, httpContext.RequestServices, httpContext.RequestAborted);
        var language = TokenOf(path, RsvpPage.PathPrefix) is { } rsvp ? await RsvpLanguageAsync(httpContext, rsvp)
            : TokenOf(path, ActionOwnerLinks.PathPrefix) is { } owner ? await services.GetRequiredService<ActionOwnerService>().LanguageAsync(owner, ct)
            : TokenOf(path, ContactStopLink.PathPrefix) is { } stop ? await services.GetRequiredService<DoNotInviteService>().LanguageAsync(stop, ct)
            : TokenOf(path, FeedbackRequest.PathPrefix) is { } survey ? await services.GetRequiredService<FeedbackSurveyService>().LanguageAsync(survey, ct)
            : TokenOf(path, SetPassword.PathPrefix) is { } staff ? await services.GetRequiredService<StaffAccountService>().LanguageAsync(staff)
            : TokenOf(path, ConfirmEmailPage.PathPrefix) is { } address ? (await services.GetRequiredService<StaffAccountService>().FindEmailChangeAsync(address))?.Language
            : null;
        return language is { } found ? new ProviderCultureResult(found.ToCultureName()) : null;
    }

    /// <summary>
    /// The RSVP link's invitation, looked up once: <see cref="PersonalLinkRecognition"/> (which runs next) takes the
    /// invitation from here instead of asking the database again (issue 17).
    /// </summary>
    private static async Task<Language?> RsvpLanguageAsync(HttpContext httpContext, string token)
    {
        var link = await httpContext.RequestServices.GetRequiredService<RsvpService>().LinkAsync(token, httpContext.RequestAborted);
        if (link is not null)
        {
            PersonalLinkRecognition.Found(httpContext, token, new PersonalLinkRecord("invitation", link.InvitationId));
        }

        return link?.OpenLanguage;
    }

    /// <summary>The token of <c>{prefix}/{token}</c>, or null for any other path.</summary>
    private static string? TokenOf(PathString path, string prefix) =>
        path.StartsWithSegments(prefix, out var rest) && rest.Value is { Length: > 1 } value && value.IndexOf('/', 1) < 0
            ? value[1..]
            : null;
}
