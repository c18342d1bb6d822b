namespace EventHub.App.Hosting;

/// <summary>The <c>EventHub</c> configuration section.</summary>
public sealed class EventHubOptions
{
    public const string Section = "EventHub";

    /// <summary>Seed demo organisations, events and one account per role into an empty database.</summary>
    public bool SeedDemoData { get; set; }

    // EventHub:PublicBaseUrl, the address in every link, is read by PublicAddress (see there).
}
