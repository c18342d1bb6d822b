using Bunit;
using EventHub.App.Components.Pages.Outcomes;
using Microsoft.AspNetCore.Components;

namespace EventHub.Tests.Support;

/// <summary>
/// Typing into the notes box in a component test: the box's script (js/notes-box.js) sends the text as a stream after
/// a pause; here the text arrives the same way, through the method the script calls.
/// </summary>
public static class TypedNotes
{
    private static long _number;

    public static Task TypeNotesAsync(this IRenderedComponent<IComponent> page, string text, bool leave = false)
    {
        var box = page.FindComponent<NotesBox>();
        return box.InvokeAsync(() => box.Instance.ReceiveAsync(Interlocked.Increment(ref _number), new TextStreamReference(text), leave));
    }
}
