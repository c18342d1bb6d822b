using EventHub.App.Resources;
using EventHub.Core.Actions;
using Microsoft.Extensions.Localization;

namespace EventHub.App.Components.Shared;

/// <summary>An action item's status as people read it, the same on every screen and in the public report.</summary>
public static class ActionStatusText
{
    public static string Name(this IStringLocalizer<AppStrings> strings, ActionItemStatus status) => strings[$"ActionStatus_{status}"];
}
