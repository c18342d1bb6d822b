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
        Address = string.IsNullOrWhiteSpace(address) ? null : address.Trim();
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
        Address = string.IsNullOrWhiteSpace(address) ? null : address.Trim();
        Accessibility = accessibility;
    }

    public Room AddRoom(string name, int? capacity, AccessibilityFeatures accessibility = AccessibilityFeatures.None)
    {
        var room = new Room(this, name, capacity, accessibility);
        _rooms.Add(room);
        return room;
    }
}
