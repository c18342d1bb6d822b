using EventHub.Core.Common;

namespace EventHub.Core.Accounts;

/// <summary>What EventHub holds about one staff account, as its own page and its data download show it.</summary>
/// <param name="Language">The language of the emails EventHub sends the person.</param>
/// <param name="HasCalendarLink">Whether a personal calendar subscription link is in use (only its hash is kept).</param>
public sealed record AccountOverview(
    string Id,
    string DisplayName,
    string Email,
    Language Language,
    IReadOnlyList<string> Roles,
    AccountState State,
    bool TwoFactorEnabled,
    bool HasCalendarLink);
