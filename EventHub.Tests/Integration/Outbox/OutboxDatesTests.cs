using System.Globalization;
using EventHub.App.Components.Pages.Outbox;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EventHub.Tests.Integration.Outbox;

/// <summary>
/// The Outbox writes its times as other organiser screens write dates ("1 Dec 2026", with the time beside it), in the
/// reader's language as the app's request localization chooses it. A month's name leaves no doubt: a British and an American
/// browser read the same "1 Dec 2026 10:30", where "01/12/2026" and "12/1/2026" meant the same day to one and not the other.
/// </summary>
public class OutboxDatesTests(EventHubAppFixture app) : IClassFixture<EventHubAppFixture>
{
    // 09:30 UTC on 1 December 2026 is 10:30 in Amsterdam, the alliance's zone.
    private static readonly DateTime SentUtc = new(2026, 12, 1, 9, 30, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("en-GB,en;q=0.9", null, "1 Dec 2026 10:30", "en")]
    [InlineData("en-US,en;q=0.9", null, "1 Dec 2026 10:30", "en")]
    [InlineData("nl-NL,nl;q=0.9", null, "1 dec 2026 10:30", "nl")]
    [InlineData("en", null, "1 Dec 2026 10:30", "en")]
    [InlineData("en-US", "c=en|uic=en", "1 Dec 2026 10:30", "en")]
    [InlineData("en-GB", "c=nl|uic=nl", "1 dec 2026 10:30", "nl")]
    public async Task OutboxTime_FollowsTheRequestsCulture(string acceptLanguage, string? cookie, string expected, string language)
    {
        var context = new DefaultHttpContext { RequestServices = app.Factory.Services };
        context.Request.Path = "/outbox";
        context.Request.Headers.AcceptLanguage = acceptLanguage;
        if (cookie is not null)
        {
            context.Request.Headers.Cookie = $"{CookieRequestCultureProvider.DefaultCookieName}={Uri.EscapeDataString(cookie)}";
        }

        string? written = null;
        string? uiLanguage = null;
        var middleware = new RequestLocalizationMiddleware(
            _ =>
            {
                written = OutboxText.When(SentUtc).Replace('\u202f', ' ');
                uiLanguage = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
                return Task.CompletedTask;
            },
            app.Factory.Services.GetRequiredService<IOptions<RequestLocalizationOptions>>(),
            NullLoggerFactory.Instance);

        await middleware.Invoke(context);

        Assert.Equal(expected, written);
        Assert.Equal(language, uiLanguage);
    }
}
