using Bunit;
using EventHub.App.Components.Shared;
using EventHub.Tests.Support;
using MudBlazor;

namespace EventHub.Tests.Components.Shared;

/// <summary>
/// A type-ahead field leaves the focus where the person put it. MudBlazor's autocomplete answers the field's focus with
/// a <c>select()</c> sent from the server, and a browser's <c>select()</c> takes the focus back: anyone who had moved on
/// within that round trip typed into the wrong field. EventHub's field sends nothing back when it gains the focus.
/// </summary>
public class LookupFieldTests : ComponentTestBase
{
    private const string SelectTheText = "mudElementRef.select";

    [Fact]
    public async Task GainingTheFocus_SendsNoSelectionToTheBrowser_WhichWouldTakeTheFocusBack()
    {
        var field = Render<LookupField<string>>(p => p.Add(f => f.SearchFunc, SearchAsync).Add(f => f.Label, "Organisation"));

        await field.Find("input").FocusAsync(new());

        Assert.DoesNotContain(JSInterop.Invocations, call => call.Identifier == SelectTheText);
        Assert.False(field.Instance.Open); // the list waits for typing
    }

    [Fact]
    public async Task MudBlazorsOwnAutocomplete_SelectsFromTheServerOnFocus_WhatTheFieldTurnsOff()
    {
        var mud = Render<MudAutocomplete<string>>(p => p.Add(f => f.SearchFunc, SearchAsync).Add(f => f.Label, "Organisation"));

        await mud.Find("input").FocusAsync(new());

        Assert.Contains(JSInterop.Invocations, call => call.Identifier == SelectTheText);
    }

    private static Task<IEnumerable<string>> SearchAsync(string? text, CancellationToken ct) =>
        Task.FromResult<IEnumerable<string>>(["Noorderpoort", "Gemeente Groningen"]);
}
