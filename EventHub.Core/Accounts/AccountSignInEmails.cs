using EventHub.Core.Outbox;

namespace EventHub.Core.Accounts;

/// <summary>The account emails that carry a set-password link (<see cref="AccountEmails.WithPasswordLink"/>).</summary>
internal sealed class AccountSignInEmails : ISignInEmailKinds
{
    public IReadOnlySet<string> Kinds => AccountEmails.WithPasswordLink;
}
