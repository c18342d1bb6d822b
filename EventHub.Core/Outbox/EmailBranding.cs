using EventHub.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Outbox;

/// <summary>
/// How the alliance signs its emails (one row, kept by admins): its name and logo at the top, the sender's name and the
/// address replies go to, and a signature in each language. Each setting falls back to the configuration
/// (<see cref="SmtpOptions.FromName"/>) or is left out when empty.
/// </summary>
public class EmailBranding
{
    public const int NameMaxLength = 120;
    public const int SignatureMaxLength = 2000;
    public const int LogoMaxBytes = 200 * 1024;

    public int Id { get; private set; }
    public string? AllianceName { get; private set; }
    public string? SenderName { get; private set; }
    public string? ReplyToAddress { get; private set; }
    public string? SignatureEn { get; private set; }
    public string? SignatureNl { get; private set; }
    public byte[]? Logo { get; private set; }
    public string? LogoContentType { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>What emails get before an admin saved anything: no name, no logo, no signature.</summary>
    public static EmailBranding None { get; } = new();

    /// <summary>The alliance's branding as it is now (the one row), untracked; <see cref="None"/> before an admin saved any.</summary>
    public static async Task<EmailBranding> CurrentAsync(IQueryable<EmailBranding> rows, CancellationToken ct) =>
        await rows.AsNoTracking().OrderBy(b => b.Id).FirstOrDefaultAsync(ct) ?? None;

    /// <summary>The signature for a reader of <paramref name="language"/>, or the other one when only that was written.</summary>
    public string? SignatureFor(Language language) =>
        (language == Language.Nl ? SignatureNl ?? SignatureEn : SignatureEn ?? SignatureNl) is { Length: > 0 } s ? s : null;

    /// <summary>Where emails load the logo from; the version makes mail programs fetch a changed logo again.</summary>
    public Uri? LogoUrl(Uri siteRoot) =>
        Logo is null ? null : new Uri(siteRoot, $"branding/logo?v={UpdatedAtUtc.Ticks}");

    internal void Update(EmailBrandingInput input, DateTime nowUtc)
    {
        AllianceName = Clean(input.AllianceName);
        SenderName = Clean(input.SenderName);
        ReplyToAddress = Clean(input.ReplyToAddress);
        SignatureEn = Clean(input.SignatureEn);
        SignatureNl = Clean(input.SignatureNl);
        UpdatedAtUtc = nowUtc;
    }

    internal void SetLogo(byte[]? logo, string? contentType, DateTime nowUtc)
    {
        Logo = logo;
        LogoContentType = logo is null ? null : contentType;
        UpdatedAtUtc = nowUtc;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
