namespace EventHub.Core.Common;

/// <summary>
/// The signed-in person asking Core to do something, as Core sees them: who (to check whom a session is
/// facilitated by), a name for histories and "saved by", and the roles that decide what they may do. The UI is
/// not a trust boundary, so services check these again.
/// </summary>
public sealed record TeamMember(string UserId, string DisplayName, IReadOnlySet<string> Roles)
{
    /// <summary>Admins: staff accounts, the privacy notice, the audit log, erasure and export of a person's data.</summary>
    public bool IsAdmin => Roles.Contains(Common.Roles.Admin);

    /// <summary>Organisers and admins: every event, every session.</summary>
    public bool IsOrganiser => Roles.Contains(Common.Roles.Admin) || Roles.Contains(Common.Roles.Organiser);

    /// <summary>Facilitators, organisers and admins record progress on action items.</summary>
    public bool CanRecordProgress => IsOrganiser || Roles.Contains(Common.Roles.Facilitator);

    /// <summary>
    /// The account's id as a record keeps it beside <see cref="DisplayName"/> (who saved, decided, merged, published):
    /// removing the account finds the record by it, not by a name a colleague may share. Null for someone without one.
    /// </summary>
    public string? AccountId => string.IsNullOrEmpty(UserId) ? null : UserId;

    /// <summary>Only organisers and admins email owners a (new) personal link.</summary>
    public bool CanSendOwnerLinks => IsOrganiser;

    public static TeamMember Of(string userId, string displayName, Func<string, bool> isInRole) =>
        new(userId, displayName, Common.Roles.All.Where(isInRole).ToHashSet());

    public static TeamMember InRoles(string userId, string displayName, params string[] roles) =>
        new(userId, displayName, roles.ToHashSet());
}
