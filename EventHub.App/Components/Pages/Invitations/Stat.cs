using Microsoft.AspNetCore.Components;

namespace EventHub.App.Components.Pages.Invitations;

/// <summary>
/// A figure with its label (and a detail) in a div with MudPaper's classes, written into the caller's render tree: as a
/// component of its own it was kept, with two render trees, in every open tab for five or six figures per page.
/// </summary>
public static class Stat
{
    public static RenderFragment Card(string label, int value, string? detail = null, string? id = null) => builder =>
    {
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "mud-paper mud-paper-outlined eh-stat pa-3");
        if (id is not null)
        {
            builder.AddAttribute(2, "id", id);
        }

        builder.OpenElement(3, "span");
        builder.AddAttribute(4, "class", "eh-stat-label");
        builder.AddContent(5, label);
        builder.CloseElement();
        builder.OpenElement(6, "span");
        builder.AddAttribute(7, "class", "eh-stat-value");
        builder.AddContent(8, value);
        builder.CloseElement();
        if (detail is not null)
        {
            builder.OpenElement(9, "span");
            builder.AddAttribute(10, "class", "eh-stat-detail");
            builder.AddContent(11, detail);
            builder.CloseElement();
        }

        builder.CloseElement();
    };
}
