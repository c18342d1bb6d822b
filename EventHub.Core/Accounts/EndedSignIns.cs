using System.Collections.Concurrent;

namespace EventHub.Core.Accounts;

/// <summary>
/// Accounts whose sign-ins must end now rather than at the next check of the security stamp (every
/// <c>EventHub:Accounts:RevalidationInterval</c>): a removed account. The sign-in cookie is refused at its next request
/// and an open page loses its sign-in at once, on this instance; other instances of a scaled-out installation notice at
/// their next check, as the account no longer exists. Kept in memory: the ids of removed accounts are few, and after a
/// restart the stamp check alone refuses them.
/// </summary>
public sealed class EndedSignIns
{
    private readonly ConcurrentDictionary<string, bool> _ended = new(StringComparer.Ordinal);

    /// <summary>Raised with the account's id once its sign-ins have ended; open pages of that account listen.</summary>
    public event Action<string>? Ended;

    public void End(string userId)
    {
        _ended[userId] = true;
        Ended?.Invoke(userId);
    }

    public bool HasEnded(string? userId) => userId is not null && _ended.ContainsKey(userId);
}
