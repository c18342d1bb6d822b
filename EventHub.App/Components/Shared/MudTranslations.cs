using EventHub.App.Resources;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace EventHub.App.Components.Shared;

/// <summary>
/// Gives MudBlazor's own texts (pager, clear buttons) in the person's language, from our resources
/// under the key <c>Mud_{MudBlazorKey}</c>; anything we do not translate keeps MudBlazor's English.
/// </summary>
internal sealed class MudTranslations(IStringLocalizer<AppStrings> strings) : MudLocalizer
{
    public override LocalizedString this[string key]
    {
        get
        {
            var translated = strings[$"Mud_{key}"];
            return translated.ResourceNotFound ? new LocalizedString(key, key, resourceNotFound: true) : translated;
        }
    }
}
