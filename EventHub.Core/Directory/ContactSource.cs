namespace EventHub.Core.Directory;

/// <summary>How a person came into the directory.</summary>
public enum ContactSource
{
    /// <summary>Entered by staff, usually from the person's own message or card.</summary>
    Entered,

    /// <summary>From a CSV import: the person did not give EventHub their data (GDPR art. 14 notice due).</summary>
    Import,

    /// <summary>Named by a colleague (instead of them, or as a delegate) through a personal link (art. 14 notice due).</summary>
    Nominated,

    /// <summary>Registered at the door of an event by door staff (art. 14 notice due).</summary>
    Door,
}
