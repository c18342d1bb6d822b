namespace EventHub.Core.Accounts;

/// <summary>What a set-password link is for: the first password of an invited colleague, or a new one after a reset.</summary>
public enum AccountLinkPurpose
{
    Invitation,
    PasswordReset,
}

/// <summary>
/// A one-time link to choose a password. Like every personal link it carries 256 random bits and only their SHA-256
/// is stored. It works once, until it expires, and not after it was revoked (a newer link, or deactivation).
/// </summary>
public class AccountLink
{
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromHours(72);
    public static readonly TimeSpan ResetLifetime = TimeSpan.FromHours(1);

    /// <summary>How long a forgotten-password request waits before it may replace a reset link that still works.</summary>
    public static readonly TimeSpan ResetRepeatAfter = TimeSpan.FromMinutes(10);

    private AccountLink()
    {
    }

    public AccountLink(string userId, AccountLinkPurpose purpose, string tokenHash, DateTime nowUtc)
    {
        UserId = userId;
        Purpose = purpose;
        TokenHash = tokenHash;
        CreatedAtUtc = nowUtc;
        ExpiresAtUtc = nowUtc + (purpose == AccountLinkPurpose.Invitation ? InvitationLifetime : ResetLifetime);
    }

    public int Id { get; private set; }
    public string UserId { get; private set; } = "";
    public AccountLinkPurpose Purpose { get; private set; }
    public string TokenHash { get; private set; } = "";
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime ExpiresAtUtc { get; private set; }
    public DateTime? UsedAtUtc { get; private set; }
    public DateTime? RevokedAtUtc { get; private set; }

    public bool IsUsable(DateTime nowUtc) => UsedAtUtc is null && RevokedAtUtc is null && nowUtc < ExpiresAtUtc;

    public void Use(DateTime nowUtc)
    {
        if (!IsUsable(nowUtc))
        {
            throw new InvalidOperationException("This link can no longer be used.");
        }

        UsedAtUtc = nowUtc;
    }

    public void Revoke(DateTime nowUtc)
    {
        if (UsedAtUtc is null && RevokedAtUtc is null)
        {
            RevokedAtUtc = nowUtc;
        }
    }
}
