using EventHub.Core.Common;
namespace EventHub.Core.Events;

/// <summary>A place where events happen, kept as a record so it is reused across events.</summary>
public class Venue
{
    private readonly List<Room> _rooms = [];

    private Venue()
    {
    }

    public Venue(string name, string? address)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = TextNormalizer.OneLine(name);
        Address = CleanAddress(address);
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string? Address { get; private set; }
    public AccessibilityFeatures Accessibility { get; private set; }
    public IReadOnlyList<Room> Rooms => _rooms;

    public void Describe(string name, string? address, AccessibilityFeatures accessibility)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = TextNormalizer.OneLine(name);
        Address = CleanAddress(address);
        Accessibility = accessibility;
    }

    /// <summary>
    /// Whether this name and address, as a form holds them, would put the venue somewhere else: the events held here then
    /// move with it (<see cref="VenueService.UpdateAsync"/>). Only what would be saved counts, not stray spaces.
    /// </summary>
    public bool IsMovedBy(string? name, string? address) =>
        !string.IsNullOrWhiteSpace(name) && (TextNormalizer.OneLine(name) != Name || CleanAddress(address) != Address);

    private static string? CleanAddress(string? address) => string.IsNullOrWhiteSpace(address) ? null : address.Trim();

    public Room AddRoom(string name, int? capacity, AccessibilityFeatures accessibility = AccessibilityFeatures.None)
    {
        var room = new Room(this, name, capacity, accessibility);
        _rooms.Add(room);
        return room;
    }
}
