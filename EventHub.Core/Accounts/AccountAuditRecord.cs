namespace EventHub.Core.Accounts;

/// <summary>What happened to a staff account; stored by name, so later readers (the audit log) see stable words.</summary>
public enum AccountAuditAction
{
    Invited,
    InvitationResent,
    RolesChanged,
    Deactivated,
    Reactivated,
    PasswordSet,
    PasswordResetRequested,
    PasswordResetSent,
    PasswordChanged,
    TwoFactorTurnedOff,
    RecoveryCodesRenewed,
    TwoFactorReset,
    Unlocked,
    TwoFactorTurnedOn,

    /// <summary>The person downloaded what EventHub holds about their account (GDPR art. 15).</summary>
    DataExported,

    /// <summary>
    /// An admin removed the account: the record keeps the account's number and who removed it, nothing of the person
    /// (<c>StaffAccountRemoval</c> replaces their address in every record of the account's history).
    /// </summary>
    Removed,

    /// <summary>The person's name was changed, by themselves or corrected by an admin (the audit log keeps both names).</summary>
    NameChanged,

    /// <summary>The person chose the language of their screens and emails; the detail is the new one (<c>Nl</c>, <c>En</c>).</summary>
    LanguageChanged,

    /// <summary>
    /// The person asked to change their email address; the detail is the new address, which gets a confirmation link.
    /// Only the newest request's link works.
    /// </summary>
    EmailChangeRequested,

    /// <summary>The person confirmed their new address through its link; the record's address is the new one, the detail the old one.</summary>
    EmailChanged,
}

/// <summary>
/// One thing done to a staff account, with who did it and when. The actor is null when the person acted on their own
/// account without being signed in (a forgotten password); names are copied, so the record still reads after changes.
/// </summary>
public class AccountAuditRecord
{
    public const int DetailMaxLength = 500;

    private AccountAuditRecord()
    {
    }

    public AccountAuditRecord(AccountAuditAction action, string accountId, string accountEmail, string? actorId, string? actorName, DateTime atUtc, string? detail = null)
    {
        Action = action;
        AccountId = accountId;
        AccountEmail = accountEmail;
        ActorId = actorId;
        ActorName = actorName;
        AtUtc = atUtc;
        Detail = detail is { Length: > DetailMaxLength } ? detail[..DetailMaxLength] : detail;
    }

    public int Id { get; private set; }
    public AccountAuditAction Action { get; private set; }
    public string AccountId { get; private set; } = "";
    public string AccountEmail { get; private set; } = "";
    public string? ActorId { get; private set; }
    public string? ActorName { get; private set; }
    public DateTime AtUtc { get; private set; }

    /// <summary>
    /// For role changes the roles after the change, comma-separated; for a language the new one; for an address change
    /// the address asked for (requested) or the one before (changed); otherwise empty.
    /// </summary>
    public string? Detail { get; private set; }
}
