namespace EventHub.App.Hosting;

/// <summary>
/// The <c>EventHub:Http</c> section: how EventHub answers on the open internet. Each switch has its own setting; a
/// setting left out takes its default for the environment (<see cref="For"/>): on outside Development, off in it.
/// </summary>
public sealed class HttpHardeningOptions
{
    public const string Section = "EventHub:Http";

    /// <summary>Cookies (sign-in, antiforgery, language) only travel over https.</summary>
    public bool SecureCookies { get; set; }

    /// <summary>Plain http requests are redirected to https.</summary>
    public bool HttpsRedirection { get; set; }

    /// <summary>Browsers are told to use only https for a year (<c>Strict-Transport-Security</c>).</summary>
    public bool Hsts { get; set; }

    /// <summary>The Content-Security-Policy, X-Content-Type-Options, Referrer-Policy and Permissions-Policy headers.</summary>
    public bool SecurityHeaders { get; set; } = true;

    /// <summary>Honour <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> from <see cref="KnownProxies"/> and <see cref="KnownNetworks"/>.</summary>
    public bool ForwardedHeaders { get; set; } = true;

    /// <summary>Addresses of the reverse proxies in front of EventHub (default: the machine itself, 127.0.0.1 and ::1).</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of reverse proxies in CIDR notation, e.g. <c>10.0.0.0/8</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    public static HttpHardeningOptions For(IConfiguration configuration, IHostEnvironment environment)
    {
        var outsideDevelopment = !environment.IsDevelopment();
        var options = new HttpHardeningOptions
        {
            SecureCookies = outsideDevelopment,
            HttpsRedirection = outsideDevelopment,
            Hsts = outsideDevelopment,
        };
        configuration.GetSection(Section).Bind(options);
        return options;
    }
}
