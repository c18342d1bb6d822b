using Bunit;
using EventHub.App.Components.Pages.Outcomes;
using EventHub.Tests.Support;

namespace EventHub.Tests.Components.Outcomes;

public class NotesBoxTests : ComponentTestBase
{
    [Fact]
    public async Task Receive_AnOlderTextArrivingLate_IsDropped()
    {
        var changes = new List<string>();
        var box = Render<NotesBox>(p => p.Add(c => c.Value, "").Add(c => c.InputId, "notes").Add(c => c.MaxLength, 100)
            .Add(c => c.OnChanged, (string text) => changes.Add(text)));

        await box.InvokeAsync(() => box.Instance.ReceiveAsync(2, new TextStreamReference("Ouders en scholen"), left: false));
        await box.InvokeAsync(() => box.Instance.ReceiveAsync(1, new TextStreamReference("Ouders"), left: false));

        Assert.Equal(["Ouders en scholen"], changes);
    }

    [Fact]
    public async Task Value_WhatWasTyped_IsNotWrittenBackOverTheBox_AChangeFromOutsideIsShown()
    {
        var box = Render<NotesBox>(p => p.Add(c => c.Value, "Eerste versie").Add(c => c.InputId, "notes").Add(c => c.MaxLength, 100));

        await box.InvokeAsync(() => box.Instance.ReceiveAsync(1, new TextStreamReference("Getypt"), left: false));
        box.Render(p => p.Add(c => c.Value, "Getypt")); // the page echoes what was typed
        var afterEcho = Shown(box);
        box.Render(p => p.Add(c => c.Value, "Hun versie")); // their version, taken in a conflict

        Assert.Equal("Eerste versie", afterEcho); // the browser's own text stays untouched
        Assert.Equal("Hun versie", Shown(box));
    }

    private static string Shown(IRenderedComponent<NotesBox> box) =>
        box.Find("textarea").GetAttribute("value") ?? box.Find("textarea").TextContent;
}
