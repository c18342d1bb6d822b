using EventHub.Core.Accounts;

namespace EventHub.Core.Actions;

/// <summary>
/// The signed-in person asking to change an action item, as Core sees them: a name for the history and the roles
/// that decide what they may do. The UI is not a trust boundary, so services check these again.
/// </summary>
public sealed record TeamMember(string DisplayName, IReadOnlySet<string> Roles)
{
    /// <summary>Facilitators, organisers and admins record progress.</summary>
    public bool CanRecordProgress => Roles.Contains(Accounts.Roles.Admin) || Roles.Contains(Accounts.Roles.Organiser) || Roles.Contains(Accounts.Roles.Facilitator);

    /// <summary>Only organisers and admins email owners a (new) personal link.</summary>
    public bool CanSendOwnerLinks => Roles.Contains(Accounts.Roles.Admin) || Roles.Contains(Accounts.Roles.Organiser);

    public static TeamMember Of(string displayName, Func<string, bool> isInRole) =>
        new(displayName, Accounts.Roles.All.Where(isInRole).ToHashSet());
}
