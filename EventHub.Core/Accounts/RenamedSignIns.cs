using System.Collections.Concurrent;

namespace EventHub.Core.Accounts;

/// <summary>
/// The names that open sign-ins must carry from now on: a sign-in carries its person's name (the screens greet them with
/// it, the audit log records their work under it), and a name changed by an admin, or by the person in another browser,
/// would otherwise reach it only at the next check of the security stamp (every
/// <c>EventHub:Accounts:RevalidationInterval</c>) or the next sign-in. With it, the sign-in cookie is renewed with the new
/// name at its next request, and an open page takes it at once, without signing anyone out; on this instance, as
/// <see cref="EndedSignIns"/> (other instances of a scaled-out installation at their next check). Kept in memory: renames
/// are few, and after a restart the stamp check alone brings the name.
/// </summary>
public sealed class RenamedSignIns
{
    private readonly ConcurrentDictionary<string, string> _names = new(StringComparer.Ordinal);

    /// <summary>Raised with the account's id and its new name once the rename is saved; open pages of that account listen.</summary>
    public event Action<string, string>? Renamed;

    public void Rename(string userId, string displayName)
    {
        _names[userId] = displayName;
        Renamed?.Invoke(userId, displayName);
    }

    /// <summary>Whether a sign-in of <paramref name="userId"/> that carries <paramref name="nameInSignIn"/> needs the account's newer name.</summary>
    public bool IsOutOfDate(string? userId, string? nameInSignIn) =>
        userId is not null && _names.TryGetValue(userId, out var name) && !string.Equals(name, nameInSignIn, StringComparison.Ordinal);

    /// <summary>
    /// The name a renewed sign-in read from the account: another instance may have renamed it since this one did, and a
    /// sign-in is then not renewed again on every request.
    /// </summary>
    public void Confirm(string userId, string displayName)
    {
        if (_names.ContainsKey(userId))
        {
            _names[userId] = displayName;
        }
    }
}
