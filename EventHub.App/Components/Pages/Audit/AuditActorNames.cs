using EventHub.Core.Accounts;

namespace EventHub.App.Components.Pages.Audit;

/// <summary>
/// Telling colleagues apart in the audit log where their names do not: two accounts may share a name ("Olga Bakker" at
/// the municipality and at the library), and an account may be called what the log calls someone who is not a colleague
/// ("System"). Where a name is shared, the account's address goes beside it — the admin sees it on /admin/users anyway —
/// in the "Who" filter's list, in the rows, and in a row's sentence about the account ("Changed user “Olga Bakker”"). A
/// removed account has no address any more: the log keeps what it did only under the stand-in's name, with every removed
/// account together, and that stays so.
/// </summary>
public sealed class AuditActorNames
{
    private readonly Dictionary<string, UserSummary> _accounts;
    private readonly Dictionary<string, int> _holders;

    /// <param name="accounts">The team's accounts, as the filter lists them.</param>
    /// <param name="otherActors">The filter's other choices, in the reader's language ("System", "Removed account").</param>
    public AuditActorNames(IEnumerable<UserSummary> accounts, IEnumerable<string> otherActors)
    {
        _accounts = accounts.ToDictionary(a => a.Id);
        _holders = _accounts.Values.Select(a => a.DisplayName).Concat(otherActors.Distinct())
            .GroupBy(Key).ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>The account's address where its name alone does not tell it apart in the filter's list; otherwise null.</summary>
    public string? AddressBeside(UserSummary account) => IsShared(account.DisplayName) ? account.Email : null;

    /// <summary>
    /// The address of the account that made an entry, where the name the entry shows does not tell it apart: that name is
    /// shared, or it is the name of another account now (the colleague was renamed since), or the account's name now is.
    /// Null for anyone who is not a colleague with an account (still).
    /// </summary>
    public string? AddressBeside(string? actorId, string shownName) =>
        actorId is not null && _accounts.TryGetValue(actorId, out var account)
        && (IsShared(account.DisplayName) || _holders.ContainsKey(Key(shownName)) && Key(shownName) != Key(account.DisplayName))
            ? account.Email
            : null;

    private bool IsShared(string name) => _holders.GetValueOrDefault(Key(name)) > 1;

    /// <summary>Names read alike whatever their capitals and spaces: "olga  bakker" is "Olga Bakker" to the eye.</summary>
    private static string Key(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToUpperInvariant();
}
