using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EventHub.Core.Outbox;

/// <summary>What an admin fills in for the alliance's emails.</summary>
public sealed record EmailBrandingInput(string? AllianceName, string? SenderName, string? ReplyToAddress, string? SignatureEn, string? SignatureNl);

/// <summary>Error codes of the email settings; sentences in <see cref="Texts.CoreTexts"/> (<c>Error_Branding_*</c>).</summary>
public static class EmailBrandingErrors
{
    public const string AdminsOnly = "Branding.AdminsOnly";
    public const string TooLong = "Branding.TooLong";
    public const string ReplyToInvalid = "Branding.ReplyToInvalid";
    public const string LogoTooLarge = "Branding.LogoTooLarge";
    public const string LogoNotAnImage = "Branding.LogoNotAnImage";
}

/// <summary>Reads and keeps the alliance's email settings (<see cref="EmailBranding"/>); only admins change them.</summary>
public sealed class EmailBrandingService(IDbContextFactory<EventHubDbContext> dbFactory, SiteLinks links, TimeProvider time, IOptions<SmtpOptions> smtp)
{
    /// <summary>
    /// The alliance's address for partners who want to write to it, as its emails give it: where a reply to them arrives
    /// (<see cref="MailSender.RepliesTo"/>: the reply-to address of these settings, else the sender's address). Null on an
    /// install that sends no email (no sender address, no reply-to address).
    /// </summary>
    public async Task<string?> ContactAddressAsync(CancellationToken ct = default) =>
        MailSender.RepliesTo(smtp.Value, await GetAsync(ct));

    /// <summary>A short email in <paramref name="language"/> with the settings as saved, to see how every email will look.</summary>
    public async Task<EmailPreview> SampleAsync(Language language, string toName, string toAddress, CancellationToken ct = default) =>
        EmailPreview.Of(BrandingEmails.Sample(links, language, toName, toAddress, time.GetUtcNow().UtcDateTime), await GetAsync(ct), links.Root);

    public async Task<EmailBranding> GetAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await EmailBranding.CurrentAsync(db.EmailBranding, ct);
    }

    public async Task<Result> SaveAsync(TeamMember actor, EmailBrandingInput input, CancellationToken ct = default)
    {
        if (!actor.IsAdmin)
        {
            return Result.Failure(EmailBrandingErrors.AdminsOnly);
        }

        if (Longest(input) is { } tooLong)
        {
            return Result.Failure(EmailBrandingErrors.TooLong, tooLong.ToString());
        }

        if (!string.IsNullOrWhiteSpace(input.ReplyToAddress)
            && !EmailAddresses.IsValid(input.ReplyToAddress))
        {
            return Result.Failure(EmailBrandingErrors.ReplyToInvalid, input.ReplyToAddress.Trim());
        }

        return await ChangeAsync(branding => branding.Update(input, Now()), ct);
    }

    /// <summary>A PNG or JPEG of at most <see cref="EmailBranding.LogoMaxBytes"/>, recognised by its first bytes; null removes the logo.</summary>
    public async Task<Result> SetLogoAsync(TeamMember actor, byte[]? logo, CancellationToken ct = default)
    {
        if (!actor.IsAdmin)
        {
            return Result.Failure(EmailBrandingErrors.AdminsOnly);
        }

        if (logo is { Length: > EmailBranding.LogoMaxBytes })
        {
            return Result.Failure(EmailBrandingErrors.LogoTooLarge, (EmailBranding.LogoMaxBytes / 1024).ToString());
        }

        var contentType = logo is null ? null : ImageType(logo);
        if (logo is not null && contentType is null)
        {
            return Result.Failure(EmailBrandingErrors.LogoNotAnImage);
        }

        return await ChangeAsync(branding => branding.SetLogo(logo, contentType, Now()), ct);
    }

    private Task<Result> ChangeAsync(Action<EmailBranding> change, CancellationToken ct) =>
        dbFactory.WriteAsync(async (db, token) =>
        {
            var branding = await db.EmailBranding.OrderBy(b => b.Id).FirstOrDefaultAsync(token);
            if (branding is null)
            {
                branding = new EmailBranding();
                db.EmailBranding.Add(branding);
            }

            change(branding);
            return Result.Success();
        }, ct);

    private static int? Longest(EmailBrandingInput input) =>
        new[] { input.AllianceName, input.SenderName }.Any(v => v?.Trim().Length > EmailBranding.NameMaxLength) ? EmailBranding.NameMaxLength
        : new[] { input.SignatureEn, input.SignatureNl }.Any(v => v?.Trim().Length > EmailBranding.SignatureMaxLength) ? EmailBranding.SignatureMaxLength
        : null;

    private static string? ImageType(byte[] bytes) =>
        bytes.AsSpan().StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png"
        : bytes.AsSpan().StartsWith((byte[])[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
        : null;

    private DateTime Now() => time.GetUtcNow().UtcDateTime;
}
