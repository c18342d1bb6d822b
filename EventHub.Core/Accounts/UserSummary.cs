namespace EventHub.Core.Accounts;

public sealed record UserSummary(string Id, string DisplayName, string Email, IReadOnlyList<string> Roles, bool IsLockedOut, AccountState State = AccountState.Active);
