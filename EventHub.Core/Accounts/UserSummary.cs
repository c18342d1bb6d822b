namespace EventHub.Core.Accounts;

/// <param name="LockedOutUntilUtc">When a lockout after too many wrong passwords ends; null when the person is not locked out now.</param>
/// <param name="TwoFactorEnabled">Whether the person signs in with a code from an authenticator app as well.</param>
public sealed record UserSummary(
    string Id,
    string DisplayName,
    string Email,
    IReadOnlyList<string> Roles,
    DateTime? LockedOutUntilUtc,
    AccountState State = AccountState.Active,
    bool TwoFactorEnabled = false)
{
    public bool IsLockedOut => LockedOutUntilUtc is not null;
}
