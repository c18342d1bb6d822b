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
}
