using System.Globalization;
using EventHub.Core.Texts;
using Microsoft.AspNetCore.Identity;

namespace EventHub.Core.Accounts.Passwords;

/// <summary>
/// What NIST SP 800-63B asks beyond length (Identity checks the 12 characters): not one of the most common passwords,
/// and not the person's own email address or name. No rules about digits, capitals or symbols. Messages are in the
/// language of the screen the person sets their password on.
/// </summary>
public sealed class PasswordRules : IPasswordValidator<AppUser>
{
    public const string TooCommon = "PasswordTooCommon";
    public const string ContainsOwnDetails = "PasswordContainsOwnDetails";

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success); // Identity's own validator reports the missing password
        }

        var texts = Localized.Core(CultureInfo.CurrentUICulture);
        if (CommonPasswords.Contains(password))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = TooCommon, Description = texts["Password_TooCommon"] }));
        }

        if (OwnDetails(user).Any(detail => password.Contains(detail, StringComparison.OrdinalIgnoreCase)))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = ContainsOwnDetails, Description = texts["Password_ContainsOwnDetails"] }));
        }

        return Task.FromResult(IdentityResult.Success);
    }

    /// <summary>The email address, its part before the @, and the display name and each part of it of four letters or more.</summary>
    private static IEnumerable<string> OwnDetails(AppUser user)
    {
        var email = user.Email ?? user.UserName ?? "";
        var localPart = email.Split('@')[0];
        var nameParts = (user.DisplayName ?? "").Split([' ', '-', '.', '\''], StringSplitOptions.RemoveEmptyEntries);
        return new[] { email, localPart, (user.DisplayName ?? "").Trim() }
            .Concat(nameParts)
            .Where(detail => detail.Length >= 4)
            .Distinct(StringComparer.OrdinalIgnoreCase);
    }
}
