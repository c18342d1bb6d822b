namespace EventHub.Core.Directory;

/// <summary>
/// An organisation's own email domains ("school.example, school.nl"). A partner may name a colleague or a delegate at
/// one of them without an organiser's approval; any other address waits for an organiser. Exact domains only: a
/// subdomain is another domain, and a free-mail domain belongs to no organisation.
/// </summary>
public static class OwnEmailDomains
{
    public const int MaxLength = 500;

    /// <summary>
    /// Free-mail and internet providers' domains: shared by people of any organisation, so never one's own (the same list
    /// the migration that introduced own domains left out when it filled them from contacts' addresses).
    /// </summary>
    private static readonly HashSet<string> ProviderDomains =
    [
        "gmail.com", "googlemail.com", "hotmail.com", "hotmail.nl", "outlook.com", "outlook.nl", "live.com", "live.nl", "msn.com",
        "yahoo.com", "yahoo.nl", "icloud.com", "me.com", "aol.com", "gmx.com", "gmx.net", "mail.com", "proton.me", "protonmail.com",
        "ziggo.nl", "kpnmail.nl", "kpnplanet.nl", "planet.nl", "home.nl", "hetnet.nl", "xs4all.nl", "casema.nl", "chello.nl",
        "upcmail.nl", "zeelandnet.nl", "telfort.nl", "tele2.nl", "online.nl", "quicknet.nl", "caiway.nl", "solcon.nl", "hccnet.nl",
    ];

    /// <summary>The domains in a typed list (commas, semicolons or spaces between them; a leading "@" is fine), lower case, each once.</summary>
    public static IReadOnlyList<string> Parse(string? text) =>
        (text ?? "").Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Trim().TrimStart('@').ToLowerInvariant())
            .Where(d => d.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>The list as stored: "a.example, b.example", or null when empty.</summary>
    public static string? Normalise(string? text) => Parse(text) is { Count: > 0 } domains ? string.Join(", ", domains) : null;

    /// <summary>A domain name someone can receive mail on: letters, digits, hyphens, with at least one dot.</summary>
    public static bool IsDomain(string domain) =>
        domain.Contains('.') && !domain.StartsWith('.') && !domain.EndsWith('.') && Uri.CheckHostName(domain) == UriHostNameType.Dns;

    /// <summary>The domain of an email address, lower case ("" when there is none).</summary>
    public static string DomainOf(string email)
    {
        var at = email.Trim().LastIndexOf('@');
        return at < 0 ? "" : email.Trim()[(at + 1)..].ToLowerInvariant();
    }

    /// <summary>
    /// The domain of <paramref name="email"/> when it can be an organisation's own (a real domain, not free mail), for
    /// an organisation that has no list yet to start one from its people's addresses; otherwise null.
    /// </summary>
    public static string? OwnDomainOf(string email) =>
        DomainOf(email) is { } domain && IsDomain(domain) && !ProviderDomains.Contains(domain) ? domain : null;

    /// <summary>Whether <paramref name="email"/> is at one of the domains in <paramref name="domains"/>.</summary>
    public static bool Covers(string? domains, string email) => DomainOf(email) is { Length: > 0 } domain && Parse(domains).Contains(domain);
}
