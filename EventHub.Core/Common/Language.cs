using System.Globalization;

namespace EventHub.Core.Common;

/// <summary>The languages EventHub speaks and its contacts can prefer.</summary>
public enum Language
{
    En,
    Nl,
}

public static class Languages
{
    public static string ToCultureName(this Language language) => language switch
    {
        Language.Nl => "nl",
        _ => "en",
    };

    /// <summary>The culture texts, dates and numbers are written in: Dutch as in the Netherlands, English as in Britain.</summary>
    public static CultureInfo ToCulture(this Language language) =>
        CultureInfo.GetCultureInfo(language == Language.Nl ? "nl-NL" : "en-GB");

    /// <summary>The language of a culture EventHub runs in (a screen's); anything not Dutch reads English.</summary>
    public static Language FromCulture(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "nl" ? Language.Nl : Language.En;

    /// <summary>The language of the screen being drawn or the request being answered (its UI culture).</summary>
    public static Language OfReader => FromCulture(CultureInfo.CurrentUICulture);

    /// <summary>A download's <c>lang=nl|en</c>; without one (or with another) the reader's language.</summary>
    public static Language FromCode(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "nl" => Language.Nl,
        "en" => Language.En,
        _ => OfReader,
    };
}
