namespace EventHub.App.Hosting;

/// <summary>The <c>EventHub:Accessibility</c> section: what the accessibility statement (/accessibility) needs to know.</summary>
public sealed class AccessibilityOptions
{
    public const string Section = "EventHub:Accessibility";

    /// <summary>Where people report an accessibility problem; shown on the statement. Required in Production.</summary>
    public string? ContactEmail { get; set; }
}
