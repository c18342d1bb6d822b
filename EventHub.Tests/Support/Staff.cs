using EventHub.Core.Common;

namespace EventHub.Tests.Support;

/// <summary>Callers of Core services by role, for tests that check who may do what (no account needed behind them).</summary>
public static class Staff
{
    public static readonly TeamMember Organiser = TeamMember.InRoles("organiser-id", "Olga Bakker", Roles.Organiser);
    public static readonly TeamMember Facilitator = TeamMember.InRoles("facilitator-id", "Femke Jansen", Roles.Facilitator);
    public static readonly TeamMember Door = TeamMember.InRoles("door-id", "Daan Visser", Roles.DoorStaff);
    public static readonly TeamMember Admin = TeamMember.InRoles("admin-id", "Anna de Boer", Roles.Admin);
}
