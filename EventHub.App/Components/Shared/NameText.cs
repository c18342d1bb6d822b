using System.Globalization;
using EventHub.Core.Directory;
using EventHub.Core.Texts;
using Microsoft.Extensions.Localization;

namespace EventHub.App.Components.Shared;

/// <summary>
/// The one name of a status or category (invitation and action statuses, sectors, session kinds...). Core owns these
/// names because its emails and files use them too, so a screen and an export never say two different things.
/// </summary>
public static class NameText
{
    public static string Name<TEnum>(this IStringLocalizer<CoreTexts> names, TEnum value) where TEnum : struct, Enum =>
        names[Localized.NameKey(value)];

    /// <summary>
    /// A person's name (or a text naming people) as stored, with an erased person's stand-in in the reader's language:
    /// "Geanonimiseerd #22" on a Dutch screen (<see cref="ErasedNames"/>).
    /// </summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(name))]
    public static string? Person(this IStringLocalizer<CoreTexts> names, string? name) =>
        ErasedNames.Read(name, CultureInfo.CurrentUICulture);
}
