using Microsoft.AspNetCore.Components;

namespace EventHub.App.Components.Pages.Invitations;

/// <summary>
/// A figure with its label (and a detail) in a div with MudPaper's classes, written into the caller's render tree: as a
/// component of its own it was kept, with two render trees, in every open tab for five or six figures per page.
/// </summary>
public static class Stat
{
    public static RenderFragment Card(string label, int value, string? detail = null) => builder =>
    {
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "mud-paper mud-paper-outlined eh-stat pa-3");
        builder.OpenElement(2, "span");
        builder.AddAttribute(3, "class", "eh-stat-label");
        builder.AddContent(4, label);
        builder.CloseElement();
        builder.OpenElement(5, "span");
        builder.AddAttribute(6, "class", "eh-stat-value");
        builder.AddContent(7, value);
        builder.CloseElement();
        if (detail is not null)
        {
            builder.OpenElement(8, "span");
            builder.AddAttribute(9, "class", "eh-stat-detail");
            builder.AddContent(10, detail);
            builder.CloseElement();
        }

        builder.CloseElement();
    };
}
