using System.Globalization;
using EventHub.Core.Texts;
using Microsoft.AspNetCore.Identity;

namespace EventHub.Core.Accounts.Passwords;

/// <summary>Identity's password messages in the language of the screen, for the rules EventHub uses (length only).</summary>
public sealed class PasswordErrorTexts : IdentityErrorDescriber
{
    private static Localized Texts => Localized.Core(CultureInfo.CurrentUICulture);

    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = Texts["Password_TooShort", length] };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = Texts["Password_Mismatch"] };
}
