using EventHub.Core.Common;
using Microsoft.AspNetCore.Identity;

namespace EventHub.Core.Accounts;

/// <summary>A person who signs in: organiser, facilitator, door staff or admin. Partners never need an account.</summary>
public class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public Language PreferredLanguage { get; set; } = Language.En;

    /// <summary>SHA-256 of the secret in the person's calendar subscription link; null when they have none (or revoked it).</summary>
    public string? CalendarFeedTokenHash { get; set; }

    /// <summary>When an admin deactivated the account; null while it may be used. A deactivated person cannot sign in.</summary>
    public DateTime? DeactivatedAtUtc { get; set; }

    /// <summary>Whether the person hid Home's "Getting started" steps; they bring them back from Home.</summary>
    public bool HidesGettingStarted { get; set; }

    /// <summary>Invited (no password chosen yet), active, or deactivated.</summary>
    public AccountState State => DeactivatedAtUtc is not null ? AccountState.Deactivated : PasswordHash is null ? AccountState.Invited : AccountState.Active;
}

public enum AccountState
{
    Invited,
    Active,
    Deactivated,
}
