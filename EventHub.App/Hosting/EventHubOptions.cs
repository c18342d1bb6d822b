namespace EventHub.App.Hosting;

/// <summary>The <c>EventHub</c> configuration section.</summary>
public sealed class EventHubOptions
{
    public const string Section = "EventHub";

    /// <summary>Seed demo organisations, events and one account per role into an empty database.</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>The address partners reach EventHub on, for links in emails (e.g. https://eventhub.groningen.nl/).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080/";
}
