using EventHub.Core.Common;

namespace EventHub.Core.Directory;

/// <summary>
/// How people are found by name and put in order, in one place: the contact list, the add-people dialog, the guest list
/// and the printed lists. Case and accents do not count ("Özdemir" is found by "özdemir" and "ozdemir", and sorts
/// among the O's), and Dutch last names are filed under the name itself, not its prefix ("de Vries" under V).
/// </summary>
public static class ContactNameKeys
{
    public const int MaxLength = 2 * Contact.NameMaxLength + 1;

    /// <summary>"Ömer Özdemir" → "omer ozdemir"; a search's text is folded the same way (<see cref="TextNormalizer.ForUniqueness"/>).</summary>
    public static string Search(string firstName, string lastName) => TextNormalizer.ForUniqueness($"{firstName} {lastName}");

    /// <summary>"Anna", "de Vries" → "vries anna": the filing name, then the first name, folded.</summary>
    public static string Sort(string firstName, string lastName) =>
        TextNormalizer.ForUniqueness($"{FilingName(lastName)} {firstName}");

    /// <summary>
    /// The part of a last name it is filed under: Dutch names go under the name itself, not its prefix ("de Vries" under V,
    /// "van der Berg" under B), so leading words in lower case are skipped.
    /// </summary>
    public static string FilingName(string lastName)
    {
        var words = lastName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = Array.FindIndex(words, w => !char.IsLower(w[0]) && w[0] != '\'');
        return first <= 0 ? lastName : string.Join(' ', words[first..]);
    }
}
