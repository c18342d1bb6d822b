using EventHub.App.Resources;
using EventHub.Core.Common;
using Microsoft.Extensions.Localization;

namespace EventHub.App.Components.Shared;

/// <summary>Turns an expected failure from Core into a sentence in the person's language.</summary>
public static class ResultText
{
    /// <summary>Resource key <c>Error_{code}</c> with dots as underscores; the detail fills {0}.</summary>
    public static string Describe(this IStringLocalizer<AppStrings> strings, Result result) =>
        strings.Describe(result.ErrorCode ?? "", result.ErrorDetail);

    public static string Describe(this IStringLocalizer<AppStrings> strings, string code, string? detail)
    {
        var text = strings[$"Error_{code.Replace('.', '_')}", detail ?? ""];
        return text.ResourceNotFound ? strings["Error_Unexpected"] : text;
    }
}
