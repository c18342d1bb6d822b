using System.Globalization;
using EventHub.App.Resources;
using EventHub.Core.Audit;
using Microsoft.Extensions.Localization;

namespace EventHub.App.Components.Pages.Audit;

/// <summary>
/// A change to a staff account as an admin reads it in the audit log: a sentence ("Two-factor sign-in turned on",
/// "Password changed") instead of Identity's fields and key names ("Security stamp: changed",
/// "[AspNetUserStore]/RecoveryCodes"), and never a hash, stamp, key or code. Identity's bookkeeping (stamps, switches
/// EventHub never turns) is left out; a change of the person's name, address or language reads as a sentence ("Name
/// changed from “Anna” to “Anna de Vries”"); roles read as any other change does.
/// Entries written before the log recorded Identity's sign-in keys as changes of the account read the same way.
/// </summary>
internal sealed class AccountChangeText(IStringLocalizer<AppStrings> text, AuditChangeText changes)
{
    private static readonly HashSet<string> Bookkeeping = new(StringComparer.Ordinal)
    {
        "SecurityStamp", "ConcurrencyStamp", "LockoutEnabled", "EmailConfirmed", "PhoneNumberConfirmed", "NormalizedEmail",
        "NormalizedUserName", "UserName", "Id", "UserId", "LoginProvider", "Name", "Value",
    };

    /// <summary>Whether the entry is about a staff account: its own record, or one of Identity's under its id.</summary>
    public static bool IsAbout(AuditEntry entry) => AuditPolicy.AccountKinds.Contains(entry.Kind);

    /// <summary>The account's id: the record's own, or the first part of Identity's (<c>id/[AspNetUserStore]/RecoveryCodes</c>).</summary>
    public static string AccountIdOf(AuditEntry entry) => entry.RecordId.Split('/')[0];

    /// <summary>The lines of an account entry's changes, each a sentence or "Field: value".</summary>
    public IEnumerable<string> Lines(AuditEntry entry)
    {
        if (entry.Kind == "UserToken")
        {
            // An older entry of its own: the key's name is its label (and the end of its record id).
            var key = entry.Label.Length > 0 ? entry.Label : entry.RecordId.Split('/')[^1];
            yield return Key(key, was: entry.Action != AuditAction.Added, @is: entry.Action != AuditAction.Deleted);
            yield break;
        }

        if (entry.Kind != "User")
        {
            yield return T("Audit_Account_SignInChanged");
            yield break;
        }

        foreach (var change in entry.Changes)
        {
            if (Line(entry, change) is { } line)
            {
                yield return line;
            }
        }
    }

    private string? Line(AuditEntry entry, AuditChange change)
    {
        var added = entry.Action == AuditAction.Added;
        return change.Property switch
        {
            _ when Bookkeeping.Contains(change.Property) => null,
            "PasswordHash" => entry.Action == AuditAction.Deleted ? null : T(added ? "Audit_Account_PasswordSet" : "Audit_Account_PasswordChanged"),
            "TwoFactorEnabled" when change.New == bool.TrueString => T("Audit_Account_TwoFactorOn"),
            "TwoFactorEnabled" => added ? null : T("Audit_Account_TwoFactorOff"),
            "AccessFailedCount" when added => null,
            "AccessFailedCount" when int.TryParse(change.New, NumberStyles.None, CultureInfo.InvariantCulture, out var wrong) && wrong > 0 =>
                string.Format(CultureInfo.CurrentCulture, T("Audit_Account_WrongPassword"), wrong),
            "AccessFailedCount" => T("Audit_Account_WrongPasswordsReset"),
            "LockoutEnd" when change.New is not null => string.Format(CultureInfo.CurrentCulture, T("Audit_Account_BlockedUntil"),
                changes.Change(entry.Kind, change with { Old = null })),
            "LockoutEnd" => added ? null : T("Audit_Account_Unblocked"),
            "DeactivatedAtUtc" => T(change.New is null ? "Audit_Account_Reactivated" : "Audit_Account_Deactivated"),
            "CalendarFeedTokenHash" => T("Audit_Account_CalendarLinkChanged"),
            "HidesGettingStarted" when added => null,
            "DisplayName" or "Email" or "PreferredLanguage" when !added && change is { Sensitive: false, Old: not null, New: not null } =>
                string.Format(CultureInfo.CurrentCulture, T($"Audit_Account_{change.Property}Changed"),
                    changes.ValueOf(entry.Kind, change.Property, change.Old), changes.ValueOf(entry.Kind, change.Property, change.New)),
            _ when change.Sensitive && change.Property is "AuthenticatorKey" or "RecoveryCodes" => Key(change.Property, change.Old is not null, change.New is not null),
            _ when change.Sensitive => string.Format(CultureInfo.CurrentCulture, T("Audit_Account_Changed"), changes.Field(change.Property)),
            _ => $"{changes.Field(change.Property)}: {changes.Change(entry.Kind, change)}",
        };
    }

    private string T(string key) => text[key].Value;

    /// <summary>A sign-in key set up, replaced or removed, by what it is to the person.</summary>
    private string Key(string key, bool was, bool @is) => (key, was, @is) switch
    {
        ("AuthenticatorKey", false, _) => T("Audit_Account_AuthenticatorSetUp"),
        ("AuthenticatorKey", true, true) => T("Audit_Account_AuthenticatorReplaced"),
        ("AuthenticatorKey", _, false) => T("Audit_Account_AuthenticatorRemoved"),
        ("RecoveryCodes", _, true) => T("Audit_Account_RecoveryCodesMade"),
        ("RecoveryCodes", _, false) => T("Audit_Account_RecoveryCodesRemoved"),
        _ => T("Audit_Account_SignInChanged"),
    };
}
