using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EventHub.Tests.Support;

/// <summary>The app with a small <c>PublicPage</c> rate limit (anonymous public pages, per visitor's address).</summary>
public static class PublicPageLimit
{
    /// <summary>
    /// <paramref name="permits"/> public pages an hour per address: the window cannot reset while a test runs, so the
    /// next request is refused.
    /// </summary>
    public static WebApplicationFactory<Program> WithPublicPageLimit(this WebApplicationFactory<Program> factory, int permits) =>
        factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("EventHub:RateLimits:PublicPage:PermitLimit", permits.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("EventHub:RateLimits:PublicPage:WindowSeconds", "3600");
        });
}
