using System.Globalization;
using System.Resources;
using EventHub.App.Resources;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace EventHub.App.Components.Shared;

/// <summary>
/// Gives MudBlazor's own texts (the pager, a grid's sort button, a date picker's months, "Required") in the person's
/// language: Dutch from <c>MudTexts.nl.resx</c>, under MudBlazor's own key; English is MudBlazor's. The guest list's
/// pager, a copy of MudBlazor's, reads its words here too.
/// </summary>
internal sealed class MudTranslations(IStringLocalizer<MudTexts> strings) : MudLocalizer
{
    private static readonly ResourceManager MudBlazorsOwn = new("MudBlazor.Resources.LanguageResource", typeof(MudLocalizer).Assembly);

    public override LocalizedString this[string key]
    {
        get
        {
            var translated = strings[key];
            if (!translated.ResourceNotFound)
            {
                return translated;
            }

            var english = MudBlazorsOwn.GetString(key, CultureInfo.InvariantCulture);
            return new LocalizedString(key, english ?? key, resourceNotFound: english is null);
        }
    }
}
