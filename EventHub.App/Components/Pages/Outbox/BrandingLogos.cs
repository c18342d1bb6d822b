using EventHub.Core.Outbox;
using Microsoft.Extensions.Caching.Memory;

namespace EventHub.App.Components.Pages.Outbox;

/// <summary>
/// The alliance's logo for <c>GET /branding/logo?v={version}</c>, kept in memory: every email loads it, from anyone
/// (mail programs, their image proxies, a whole office behind one address), so it cannot be rate-limited without
/// locking readers out, and must not read the database per request. The copy is read again when someone asks for
/// another version than the one kept (a logo changed on another instance) — at most once every
/// <see cref="RereadAfter"/>, whatever version is asked for — and in any case after <see cref="KeptFor"/>; a change on
/// this instance is read at once (<see cref="Forget"/>).
/// </summary>
public sealed class BrandingLogos(EmailBrandingService branding, IMemoryCache cache, TimeProvider time)
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan RereadAfter = TimeSpan.FromSeconds(5);

    private static readonly object Key = new();

    /// <summary>The logo now, or null when the alliance has none.</summary>
    public async Task<BrandingLogo?> GetAsync(long? askedVersion, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (cache.TryGetValue(Key, out KeptLogo? kept) && kept is not null
            && (askedVersion is null || askedVersion == kept.Logo?.Version || now - kept.ReadAt < RereadAfter))
        {
            return kept.Logo;
        }

        var current = await branding.GetAsync(ct);
        var logo = current is { Logo: { } bytes, LogoContentType: { } type } ? new BrandingLogo(bytes, type, current.UpdatedAtUtc.Ticks) : null;
        cache.Set(Key, new KeptLogo(logo, now), KeptFor);
        return logo;
    }

    /// <summary>After a logo change on this instance: the next view reads the new one at once.</summary>
    public void Forget() => cache.Remove(Key);

    private sealed record KeptLogo(BrandingLogo? Logo, DateTimeOffset ReadAt);
}

/// <summary>The logo's bytes and type, and its version (the branding's last change, as in its address).</summary>
public sealed record BrandingLogo(byte[] Content, string ContentType, long Version);
