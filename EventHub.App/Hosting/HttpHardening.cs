using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.HttpOverrides;

namespace EventHub.App.Hosting;

/// <summary>
/// EventHub behind a reverse proxy on the open internet: the proxy's forwarded headers, https only (redirect and HSTS),
/// cookies that travel over https only and stay out of scripts, and the security headers on every response. Each part
/// follows its own setting in <see cref="HttpHardeningOptions"/>. <c>AllowedHosts</c> (ASP.NET Core's host filtering)
/// turns away requests for any other host name; links never use the request's host anyway (<see cref="PublicAddress"/>).
/// </summary>
public static class HttpHardening
{
    public static void AddHttpHardening(this WebApplicationBuilder builder)
    {
        var options = HttpHardeningOptions.For(builder.Configuration, builder.Environment);
        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton<ContentSecurityPolicy>();

        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            // Not X-Forwarded-Host: the host name must stay the one host filtering checked.
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            if (options.KnownProxies.Length > 0 || options.KnownNetworks.Length > 0)
            {
                forwarded.KnownProxies.Clear();
                forwarded.KnownIPNetworks.Clear();
            }

            foreach (var proxy in options.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in options.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));

        var secure = options.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        services.PostConfigureAll<CookieAuthenticationOptions>(cookie =>
        {
            cookie.Cookie.SecurePolicy = secure;
            cookie.Cookie.HttpOnly = true;
        });
        services.Configure<AntiforgeryOptions>(antiforgery => antiforgery.Cookie.SecurePolicy = secure);
        services.Configure<CookiePolicyOptions>(policy =>
        {
            // Every cookie the server writes (sign-in, antiforgery, language): scripts never need to read one. The
            // theme cookie is written by the page's script itself (js/eventhub.js), Secure whenever the page is https.
            policy.HttpOnly = HttpOnlyPolicy.Always;
            policy.MinimumSameSitePolicy = SameSiteMode.Lax;
            policy.Secure = options.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.None;
        });
    }

    /// <summary>The first middleware after the error handlers: everything later sees the client's real scheme and address.</summary>
    public static void UseHttpHardening(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<HttpHardeningOptions>();
        if (options.ForwardedHeaders)
        {
            app.UseForwardedHeaders();
        }

        if (options.Hsts)
        {
            app.UseHsts();
        }

        if (options.HttpsRedirection)
        {
            app.UseHttpsRedirection();
        }

        if (options.SecurityHeaders)
        {
            app.UseSecurityHeaders();
        }

        app.UseCookiePolicy();
    }
}
