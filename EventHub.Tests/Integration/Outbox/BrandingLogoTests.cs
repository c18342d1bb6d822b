using System.Net;
using EventHub.App.Components.Pages.Outbox;
using EventHub.Core.Outbox;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EventHub.Tests.Integration.Outbox;

/// <summary>
/// The logo every email loads (<c>/branding/logo?v=…</c>) comes from memory, not from the database on every view: an
/// address with the logo's version may be kept by mail programs for a year and answers "not modified" to a reader who
/// has it; a logo changed elsewhere is served once its new address is asked for, read again at most every few seconds.
/// </summary>
public class BrandingLogoTests
{
    private static readonly byte[] Blue = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 1, 1];
    private static readonly byte[] Green = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 2, 2, 2];

    [Fact]
    public async Task ReadersGetTheLogoFromMemory_KeepItPerVersion_AndSeeANewLogoAtItsNewAddress()
    {
        var time = new FakeTimeProvider(TestDatabase.DefaultNow);
        using var factory = new EventHubAppFactory();
        using var app = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("EventHub:Reminders:WorkerEnabled", "false");
            builder.UseSetting("EventHub:Smtp:WorkerEnabled", "false");
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(time));
        });
        var reader = app.CreateClient();
        var blue = await SetLogoAsync(app.Services, Blue);

        var first = await reader.GetAsync($"/branding/logo?v={blue}");
        Assert.Equal(Blue, await first.Content.ReadAsByteArrayAsync());
        Assert.Equal("public, max-age=31536000, immutable", first.Headers.CacheControl!.ToString());
        var again = new HttpRequestMessage(HttpMethod.Get, $"/branding/logo?v={blue}");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await reader.SendAsync(again)).StatusCode);

        time.Advance(TimeSpan.FromSeconds(1));
        var green = await SetLogoAsync(app.Services, Green);
        Assert.Equal(Blue, await reader.GetByteArrayAsync("/branding/logo")); // kept: the database is not read per view

        // Changed on another instance: the new address, asked for right away, is answered from memory but not to be kept;
        // a few seconds on, the logo is read again and its new address is the new logo for good.
        var tooSoon = await reader.GetAsync($"/branding/logo?v={green}");
        Assert.Equal("no-cache", tooSoon.Headers.CacheControl!.ToString());
        Assert.Equal(Blue, await tooSoon.Content.ReadAsByteArrayAsync());
        time.Advance(BrandingLogos.RereadAfter);
        var changed = await reader.GetAsync($"/branding/logo?v={green}");
        Assert.Equal("public, max-age=31536000, immutable", changed.Headers.CacheControl!.ToString());
        Assert.Equal(Green, await changed.Content.ReadAsByteArrayAsync());
    }

    /// <summary>An admin sets the logo; the version its address carries.</summary>
    private static async Task<long> SetLogoAsync(IServiceProvider services, byte[] logo)
    {
        await using var scope = services.CreateAsyncScope();
        var branding = scope.ServiceProvider.GetRequiredService<EmailBrandingService>();
        Assert.True((await branding.SetLogoAsync(Staff.Admin, logo)).Succeeded);
        return (await branding.GetAsync()).UpdatedAtUtc.Ticks;
    }
}
