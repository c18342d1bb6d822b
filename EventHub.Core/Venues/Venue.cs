namespace EventHub.Core.Venues;

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
        Name = name.Trim();
        Address = string.IsNullOrWhiteSpace(address) ? null : address.Trim();
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string? Address { get; private set; }
    public IReadOnlyList<Room> Rooms => _rooms;

    public Room AddRoom(string name, int? capacity)
    {
        var room = new Room(this, name, capacity);
        _rooms.Add(room);
        return room;
    }
}
