using System.Globalization;
using System.Resources;
using EventHub.Core.Common;

namespace EventHub.Core.Texts;

/// <summary>
/// Core's texts in one reader's language. Core writes for people other than the one whose request runs (a partner's
/// email, an organiser's export), so it reads its resources in that reader's language, never the thread's culture.
/// <see cref="CoreTexts"/> holds what organisers read, and the names of statuses and categories every screen and file
/// shares; <see cref="PartnerTexts"/> holds what partners read, addressed formally in Dutch.
/// </summary>
public sealed class Localized
{
    private readonly ResourceManager _resources;

    private Localized(ResourceManager resources, CultureInfo culture)
    {
        _resources = resources;
        Culture = culture;
    }

    /// <summary>Organiser-facing texts: exports, error texts, organiser emails, and every status and category name.</summary>
    public static Localized Core(Language language) => new(CoreTexts.ResourceManager, language.ToCulture());

    /// <summary>Core's texts in a screen's culture (the App reads them where it shows what Core also writes).</summary>
    public static Localized Core(CultureInfo culture) => new(CoreTexts.ResourceManager, culture);

    /// <summary>What partners read: their emails and the pages their personal links open.</summary>
    public static Localized Partner(Language language) => new(PartnerTexts.ResourceManager, language.ToCulture());

    /// <summary>The culture the texts are in, also for the dates and numbers written into them.</summary>
    public CultureInfo Culture { get; }

    /// <summary>A missing key is a bug (a test checks every key in both languages), so it throws rather than shows the key.</summary>
    public string this[string key] =>
        _resources.GetString(key, Culture) ?? throw new KeyNotFoundException($"No text '{key}' in {_resources.BaseName}.");

    public string this[string key, params object?[] values] => string.Format(Culture, this[key], values);

    /// <summary>A counted text (<see cref="Texts.Plural"/>): the count fills {0}, further values {1} and on.</summary>
    public string Plural(string key, long count, params object?[] more) =>
        this[Texts.Plural.Key(key, count), [count, .. more]];

    /// <summary>
    /// The one name of a status or category, from <see cref="CoreTexts"/> whichever texts these are: a partner's email
    /// names a status with the same word as the organiser's screen.
    /// </summary>
    public string Name<TEnum>(TEnum value) where TEnum : struct, Enum =>
        CoreTexts.ResourceManager.GetString(NameKey(value), Culture)
        ?? throw new KeyNotFoundException($"No name for {typeof(TEnum).Name}.{value} in {CoreTexts.ResourceManager.BaseName}.");

    /// <summary>
    /// The resource key of the sentence for an expected failure (<see cref="Common.Result.ErrorCode"/>): <c>Error_</c>
    /// and the code with underscores for dots, as in <c>Error_Invitation_DeadlinePassed</c>. The detail fills {0}.
    /// </summary>
    public static string ErrorKey(string code) => "Error_" + code.Replace('.', '_');

    /// <summary>The resource key of a status or category name: its type and value, as in <c>InvitationStatus_Cancelled</c>.</summary>
    public static string NameKey<TEnum>(TEnum value) where TEnum : struct, Enum => $"{typeof(TEnum).Name}_{value}";
}
