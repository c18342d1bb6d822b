using EventHub.Core.Accounts;
using EventHub.Core.Common;

namespace EventHub.Core.Privacy;

/// <summary>
/// Everything EventHub holds about one staff account, for its owner (GDPR art. 15 and 20). Written as JSON with these
/// property names in camelCase and enum values as their names: the names are a contract with whoever reads the file, so
/// rename nothing here. Instants are UTC. Secrets (the password hash, the authenticator key, recovery codes, the calendar
/// link's secret) are keys, not information about the person, and are not in it.
/// </summary>
public sealed record StaffAccountExport(
    DateTime ExportedAtUtc,
    ExportedAccount Account,
    IReadOnlyList<ExportedAccountEvent> History,
    IReadOnlyList<ExportedFacilitatedSession> Sessions,
    ExportedWork Work,
    IReadOnlyList<ExportedEmail> Emails);

/// <param name="Language">The language of the emails EventHub sends the person.</param>
public sealed record ExportedAccount(
    string Name, string Email, Language Language, IReadOnlyList<string> Roles, AccountState State, bool TwoFactorEnabled, bool HasCalendarLink);

/// <summary>One line of the account's history.</summary>
/// <param name="Detail">For an invitation or a change of roles the roles after it, comma-separated; for a chosen password the link used.</param>
/// <param name="By">Who did it, by the name kept with the line; null when no one was signed in (a forgotten password asked for).</param>
/// <param name="ByYou">Whether the person did it themselves.</param>
public sealed record ExportedAccountEvent(DateTime AtUtc, AccountAuditAction Action, string? Detail, string? By, bool ByYou);

/// <summary>A session the person facilitates (or facilitated), with the event it belongs to.</summary>
public sealed record ExportedFacilitatedSession(string Event, string Session, DateTime StartUtc, DateTime EndUtc, string TimeZone);

/// <summary>How many records name the person as the colleague who did something with them.</summary>
public sealed record ExportedWork(int GuestsCheckedIn, int SessionAttendanceRecorded, int ProgressRecorded, int GuestMessagesSent, int OutcomesLastSaved);
