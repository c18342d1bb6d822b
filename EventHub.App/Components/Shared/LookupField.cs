using MudBlazor;

namespace EventHub.App.Components.Shared;

/// <summary>
/// EventHub's type-ahead field (an organisation, an owner): MudBlazor's autocomplete, with two defaults changed so the
/// focus stays where the person put it.
/// <list type="bullet">
/// <item><c>SelectOnActivation</c> off. MudBlazor selects the field's text from the server, a round trip after the field
/// gains the focus, and the browser's <c>select()</c> moves the focus back into the field. Someone who had already
/// moved on lost what they typed next to this field: a keyboard user tabbing past it on a slow line, or an organiser
/// typing a search right after a dialog opened with this as its first field (what CI saw: the add-people search landed
/// in the organisation box). Tabbing into a field selects its text anyway.</item>
/// <item><c>OpenOnFocus</c> off: the list opens when the person types or clicks, not on every visit with the keyboard.</item>
/// </list>
/// </summary>
public class LookupField<T> : MudAutocomplete<T>
{
    public LookupField()
    {
        SelectOnActivation = false;
        OpenOnFocus = false;
    }
}
