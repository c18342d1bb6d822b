using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;

namespace EventHub.App.Components.Pages.Door;

/// <summary>
/// A translated sentence with places for the desk's script to fill: "{0} was already checked in at {1}" becomes
/// escaped text around <c>&lt;span data-slot="name"&gt;</c> and <c>&lt;span data-slot="time"&gt;</c>. Word order stays the translator's.
/// </summary>
public static partial class DoorSlots
{
    public static MarkupString Fill(string sentence, params string[] slots) =>
        new(Placeholder().Replace(System.Net.WebUtility.HtmlEncode(sentence), match =>
        {
            var index = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            return index < slots.Length ? $"<span data-slot=\"{slots[index]}\"></span>" : match.Value;
        }));

    [GeneratedRegex(@"\{(\d)\}")]
    private static partial Regex Placeholder();
}
