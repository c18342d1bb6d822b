using EventHub.Core.Common;
namespace EventHub.Core.Events;

/// <summary>A room of a venue; sessions take place in rooms, and conflicts compare rooms.</summary>
public class Room
{
    private Room()
    {
    }

    internal Room(Venue venue, string name, int? capacity, AccessibilityFeatures accessibility)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (capacity is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), "A room holds at least one person.");
        }

        Venue = venue;
        Name = TextNormalizer.OneLine(name);
        Capacity = capacity;
        Accessibility = accessibility;
    }

    public int Id { get; private set; }
    public int VenueId { get; private set; }
    public Venue Venue { get; private set; } = null!;
    public string Name { get; private set; } = "";
    public int? Capacity { get; private set; }
    public AccessibilityFeatures Accessibility { get; private set; }

    public void Describe(string name, int? capacity, AccessibilityFeatures accessibility)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (capacity is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), "A room holds at least one person.");
        }

        Name = TextNormalizer.OneLine(name);
        Capacity = capacity;
        Accessibility = accessibility;
    }
}
