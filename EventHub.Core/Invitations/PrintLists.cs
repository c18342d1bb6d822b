using EventHub.Core.Common;
using EventHub.Core.Directory;

namespace EventHub.Core.Invitations;

/// <summary>The event as the top of a printed badge sheet or sign-in list names it.</summary>
public sealed record PrintedEvent(
    int Id, string Title, Language Language, DateTime StartUtc, DateTime EndUtc, string TimeZoneId, string? VenueName, bool IsOnline);

/// <summary>One guest on paper: a badge, or a line to sign. Never anyone anonymised.</summary>
public sealed record PrintedGuest(
    int InvitationId, string FirstName, string LastName, string? Organisation, Sector? Sector, InvitationStatus Status, string CheckInCode)
{
    public string Name => $"{FirstName} {LastName}";
}

/// <summary>Name badges, <see cref="PerSheet"/> to an A4 sheet, in the order of the guests' last names.</summary>
public sealed record BadgeSheets(PrintedEvent Event, IReadOnlyList<IReadOnlyList<PrintedGuest>> Sheets)
{
    public const int PerSheet = 8;

    public int GuestCount => Sheets.Sum(s => s.Count);
}

/// <summary>The guests of one organisation (none: people without one), by last name.</summary>
public sealed record SignInList(string? Organisation, IReadOnlyList<PrintedGuest> Guests);

/// <summary>A sign-in list per organisation, by organisation name; people without an organisation last.</summary>
public sealed record SignInLists(PrintedEvent Event, IReadOnlyList<SignInList> Lists)
{
    public int GuestCount => Lists.Sum(l => l.Guests.Count);
}
