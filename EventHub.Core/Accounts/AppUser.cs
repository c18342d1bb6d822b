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
}
