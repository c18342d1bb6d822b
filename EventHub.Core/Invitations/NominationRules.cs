using System.Globalization;
using EventHub.Core.Common;
using EventHub.Core.Directory;

namespace EventHub.Core.Invitations;

/// <summary>
/// What a partner may type when naming a colleague or a delegate. Names: letters (any script, with accents), spaces,
/// hyphens, apostrophes and full stops, at most <see cref="NameMaxLength"/> characters — nothing that could carry a
/// message or a link in the invitation email that names them. The address: a plain email address.
/// </summary>
public static class NominationRules
{
    public const int NameMaxLength = 60;

    /// <summary>
    /// The first problem with the person, as an error code (<see cref="NominationErrors"/> or the directory's), and the
    /// field it is about; or null.
    /// </summary>
    public static (string Code, string? Detail, NominationField Field)? Check(ContactInput person)
    {
        foreach (var (name, field) in new[] { (person.FirstName, NominationField.FirstName), (person.LastName, NominationField.LastName) })
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                return (DirectoryErrors.Required, null, field);
            }

            if (name.Trim().Length > NameMaxLength)
            {
                return (NominationErrors.NameTooLong, NameMaxLength.ToString(CultureInfo.InvariantCulture), field);
            }

            if (!IsName(name.Trim()))
            {
                return (NominationErrors.NameNotAllowed, null, field);
            }
        }

        if (string.IsNullOrWhiteSpace(person.Email))
        {
            return (DirectoryErrors.Required, null, NominationField.Email);
        }

        return !EmailAddresses.IsValid(person.Email) || person.Email.Trim().Length > Contact.EmailMaxLength
            ? (DirectoryErrors.EmailInvalid, person.Email.Trim(), NominationField.Email)
            : null;
    }

    /// <summary>Letters and combining marks, with single spaces, hyphens, apostrophes (’ too) and full stops between them.</summary>
    public static bool IsName(string name) =>
        name.Length > 0 && char.IsLetter(name[0]) && !name.Contains("  ", StringComparison.Ordinal)
        && name.All(c => char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            || c is ' ' or '-' or '\'' or '’' or '.');
}

/// <summary>The field of a named colleague or delegate that a refusal is about.</summary>
public enum NominationField
{
    FirstName,
    LastName,
    Email,
}
