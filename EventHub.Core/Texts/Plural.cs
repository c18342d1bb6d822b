namespace EventHub.Core.Texts;

/// <summary>
/// The one place that chooses between singular and plural. A counted text has two keys, <c>Name_One</c> and
/// <c>Name_Other</c>, in every language; English and Dutch both say the singular for exactly one and the plural for
/// every other number, zero included ("0 sessions", "0 sessies"). A language with more forms would add its keys here.
/// </summary>
public static class Plural
{
    public static string Key(string key, long count) => key + (count == 1 ? "_One" : "_Other");
}
