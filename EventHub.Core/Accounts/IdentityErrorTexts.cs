using System.Globalization;
using EventHub.Core.Texts;
using Microsoft.AspNetCore.Identity;

namespace EventHub.Core.Accounts;

/// <summary>
/// Identity's messages in the language of the screen, for every message a person can meet with EventHub's settings
/// (length-only passwords, the email address as the user name); the rest cannot occur.
/// </summary>
public sealed class IdentityErrorTexts : IdentityErrorDescriber
{
    private static Localized Texts => Localized.Core(CultureInfo.CurrentUICulture);

    private static IdentityError Error(string code, string key, params object[] arguments) =>
        new() { Code = code, Description = Texts[key, arguments] };

    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Identity_DefaultError");

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "Identity_ConcurrencyFailure");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Identity_InvalidToken");

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), "Identity_RecoveryCodeFailed");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), "Identity_InvalidEmail", email ?? "");

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), "Identity_InvalidEmail", userName ?? "");

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), "Identity_DuplicateEmail", email);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), "Identity_DuplicateEmail", userName);

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), "Password_TooShort", length);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Password_Mismatch");
}
