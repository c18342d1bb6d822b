using System.Globalization;
using EventHub.Core.Texts;
using Microsoft.AspNetCore.Identity;

namespace EventHub.Core.Accounts.Passwords;

/// <summary>
/// What NIST SP 800-63B asks beyond length (Identity checks the 12 characters): not one of the most common passwords,
/// not the person's own email address or name, not "repetitive or sequential characters" (one character or a short
/// piece repeated, a row of keys, a series of letters or numbers), and not a common or context-specific word dressed up
/// with digits or symbols ("Welkom2026!", "eventhub2026", "p@ssw0rd1"). No rules about digits, capitals or symbols.
/// Each kind has its own message, in the language of the screen the person sets their password on.
/// </summary>
public sealed class PasswordRules : IPasswordValidator<AppUser>
{
    public const string TooCommon = "PasswordTooCommon";
    public const string ContainsOwnDetails = "PasswordContainsOwnDetails";
    public const string Repeated = "PasswordRepeated";
    public const string Sequence = "PasswordSequence";
    public const string CommonWord = "PasswordCommonWord";

    /// <summary>
    /// The most common Dutch password words (the 10,000-entry list is English and holds few of them), and the words
    /// of this app and its alliance, which anyone guessing a staff password tries first.
    /// </summary>
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "wachtwoord", "welkom", "geheim", "hallo", "liefde", "schatje", "prinses", "kanjer", "voetbal", "vakantie",
        "zomer", "winter", "lente", "herfst", "voorjaar", "najaar",
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
        "nederland", "holland", "groningen", "amsterdam", "rotterdam", "utrecht", "denhaag", "eindhoven", "gemeente",
        "ajax", "feyenoord", "beheerder",
        "eventhub", "alliantie", "alliance", "kansengelijkheid", "gelijkekansen", "equalopportunities",
    };

    /// <summary>Runs people type: the number row, the alphabet, the keyboard's rows and its columns, and the symbols over the numbers.</summary>
    private static readonly string[] Runs =
    [
        "1234567890", "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p", "!@#$%^&*()",
    ];

    /// <summary>Digits and symbols that stand in for letters ("p@ssw0rd", "w3lkom").</summary>
    private static readonly Dictionary<char, char> LookAlikes = new()
    {
        ['0'] = 'o', ['1'] = 'i', ['3'] = 'e', ['4'] = 'a', ['5'] = 's', ['7'] = 't', ['@'] = 'a', ['$'] = 's', ['!'] = 'i',
    };

    /// <summary>How many digits and symbols around a common word still make it a common word with a year or a "123" added.</summary>
    private const int DressingMaxLength = 6;

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success); // Identity's own validator reports the missing password
        }

        var refusal = Refusal(user, password);
        if (refusal is null)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var texts = Localized.Core(CultureInfo.CurrentUICulture);
        var text = refusal switch
        {
            TooCommon => "Password_TooCommon",
            ContainsOwnDetails => "Password_ContainsOwnDetails",
            Repeated => "Password_Repeated",
            Sequence => "Password_Sequence",
            _ => "Password_CommonWord",
        };
        return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = refusal, Description = texts[text] }));
    }

    /// <summary>The code of the first rule the password breaks, or null when it breaks none.</summary>
    private static string? Refusal(AppUser user, string password)
    {
        if (CommonPasswords.Contains(password))
        {
            return TooCommon;
        }

        if (OwnDetails(user).Any(detail => password.Contains(detail, StringComparison.OrdinalIgnoreCase)))
        {
            return ContainsOwnDetails;
        }

        var lower = password.Trim().ToLowerInvariant();
        var (before, core, after) = Dressed(lower);
        if (IsRepeated(lower) || (core.Length >= 4 && IsRepeated(core)))
        {
            return Repeated;
        }

        // A run, or a run with only more runs or repeats around it ("abc123456789", "qwerty!!!!!!").
        if (IsRun(lower) || (IsRun(core) && IsPlain(before) && IsPlain(after)))
        {
            return Sequence;
        }

        var word = new string(core.Select(c => LookAlikes.GetValueOrDefault(c, c)).Where(char.IsLetter).ToArray());
        var plainDressing = before.Length + after.Length <= DressingMaxLength || (IsPlain(before) && IsPlain(after));
        return word.Length > 0 && plainDressing && (Words.Contains(word) || CommonPasswords.Contains(word)) ? CommonWord : null;
    }

    /// <summary>The digits and symbols before the first letter, the part from the first letter to the last, and those after it.</summary>
    private static (string Before, string Core, string After) Dressed(string password)
    {
        var first = 0;
        while (first < password.Length && !char.IsLetter(password[first]))
        {
            first++;
        }

        if (first == password.Length)
        {
            return (password, "", "");
        }

        var last = password.Length - 1;
        while (!char.IsLetter(password[last]))
        {
            last--;
        }

        return (password[..first], password[first..(last + 1)], password[(last + 1)..]);
    }

    /// <summary>One character or a short piece over and over ("aaaa", "abcabcab").</summary>
    private static bool IsRepeated(string text)
    {
        for (var length = 1; length <= text.Length / 2; length++)
        {
            var piece = length;
            if (Enumerable.Range(0, text.Length).All(i => text[i] == text[i % piece]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A stretch of one of <see cref="Runs"/>, forwards or backwards, also past its end and round again ("7890123").</summary>
    private static bool IsRun(string text) =>
        text.Length >= 2 && Runs.Any(run =>
        {
            var around = string.Concat(Enumerable.Repeat(run, text.Length / run.Length + 2));
            return around.Contains(text, StringComparison.Ordinal) || around.Contains(new string(text.Reverse().ToArray()), StringComparison.Ordinal);
        });

    /// <summary>Nothing, one character, or a run or repeat: what adds nothing to a guess.</summary>
    private static bool IsPlain(string text) => text.Length <= 1 || IsRepeated(text) || IsRun(text);

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
