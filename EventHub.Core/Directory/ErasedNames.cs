using System.Globalization;
using System.Text.RegularExpressions;
using EventHub.Core.Audit;
using EventHub.Core.Common;
using EventHub.Core.Texts;

namespace EventHub.Core.Directory;

/// <summary>
/// An erased person keeps one stand-in name, stored the same for every reader: "Anonymised #22" (the contact's number),
/// also copied into the nominations, merges and email subjects that named them; the audit log keeps "[anonymised]" for
/// their former values. Stored text cannot know who will read it, so every screen and file that shows a name reads it
/// through <see cref="Read"/>: "Geanonimiseerd #22" for a Dutch reader, "Anonymised #22" for an English one. A removed
/// staff account's stand-in (<see cref="RemovedAccount.Name"/>) is read the same way: "Verwijderd account".
/// </summary>
public static partial class ErasedNames
{
    /// <summary>The stand-in name as stored: <see cref="Contact.AnonymousName"/> and the record's number.</summary>
    public static string Stored(int id) => $"{Contact.AnonymousName} #{id}";

    /// <summary>The text with every stored stand-in written in the reader's language; other text stays as it is.</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    public static string? Read(string? text, CultureInfo culture)
    {
        if (string.IsNullOrEmpty(text)
            || (!text.Contains(Contact.AnonymousName, StringComparison.OrdinalIgnoreCase) && !text.Contains(RemovedAccount.Name, StringComparison.Ordinal)))
        {
            return text;
        }

        return StandIn().Replace(text, match =>
            match.Groups["id"].Success ? string.Format(culture, Text("Erased_Name", culture), match.Groups["id"].Value)
            : match.Groups["account"].Success ? Text("Erased_Account", culture)
            : Text("Erased_Value", culture));
    }

    private static string Text(string key, CultureInfo culture) =>
        CoreTexts.ResourceManager.GetString(key, culture) ?? throw new KeyNotFoundException($"No text '{key}'.");

    // "Anonymised #22", the audit log's "[anonymised]" (AuditTrail.Anonymised), or a removed staff account's stand-in.
    [GeneratedRegex($@"\b{Contact.AnonymousName} #(?<id>\d+)\b|\[anonymised\]|(?<account>\b{RemovedAccount.Name}\b)", RegexOptions.CultureInvariant)]
    private static partial Regex StandIn();
}
