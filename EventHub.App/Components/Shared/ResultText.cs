using EventHub.Core.Common;
using EventHub.Core.Texts;
using Microsoft.Extensions.Localization;

namespace EventHub.App.Components.Shared;

/// <summary>Turns an expected failure from Core into a sentence in the person's language; Core owns the sentences.</summary>
public static class ResultText
{
    /// <summary>Resource key <c>Error_{code}</c> with dots as underscores (<see cref="Localized.ErrorKey"/>); the detail fills {0}.</summary>
    public static string Describe(this IStringLocalizer<CoreTexts> texts, Result result) =>
        texts.Describe(result.ErrorCode ?? "", result.ErrorDetail);

    public static string Describe(this IStringLocalizer<CoreTexts> texts, string code, string? detail)
    {
        var text = texts[Localized.ErrorKey(code), detail ?? ""];
        return text.ResourceNotFound ? texts["Error_Unexpected"] : text;
    }
}
