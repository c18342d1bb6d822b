namespace EventHub.App.Components.Shared;

/// <summary>What the browser told the server about the person's display choices on the first request.</summary>
public sealed record UiPreferences(bool DarkMode);
