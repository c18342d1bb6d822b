namespace EventHub.Core.Outbox;

/// <summary>
/// The kinds of email whose link signs its recipient in (a staff member's set-password link): the Outbox never offers
/// such a link to open as the recipient, and only admins read those emails. The feature that sends them names them
/// (Accounts), so that the Outbox does not depend on it.
/// </summary>
public interface ISignInEmailKinds
{
    IReadOnlySet<string> Kinds { get; }
}
