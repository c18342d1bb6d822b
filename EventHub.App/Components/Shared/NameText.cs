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
}
