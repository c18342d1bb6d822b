using EventHub.Core.Texts;
using Microsoft.Extensions.Localization;

namespace EventHub.App.Components.Shared;

/// <summary>Counted texts on screens: <c>L.Plural("FollowUp_Count", n)</c> reads <c>FollowUp_Count_One</c> or <c>_Other</c> (<see cref="Plural"/>).</summary>
public static class PluralText
{
    public static LocalizedString Plural(this IStringLocalizer texts, string key, long count, params object[] more) =>
        texts[EventHub.Core.Texts.Plural.Key(key, count), [count, .. more]];
}
