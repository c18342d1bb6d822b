namespace EventHub.Core.Common;

/// <summary>The roles of EventHub. A user can hold several.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Organiser = "Organiser";
    public const string Facilitator = "Facilitator";
    public const string DoorStaff = "DoorStaff";

    public static IReadOnlyList<string> All { get; } = [Admin, Organiser, Facilitator, DoorStaff];
}
