namespace EventHub.Core.Actions;

/// <summary>One action item in the tracker (and in a report-back list), with where it came from.</summary>
public sealed record ActionRow(
    int Id,
    string What,
    int OwnerOrganisationId,
    string OwnerOrganisation,
    string? OwnerContactName,
    DateOnly DueOn,
    ActionItemStatus Status,
    bool IsOverdue,
    int EventId,
    string EventTitle,
    DateTime EventStartUtc,
    string EventTimeZoneId,
    int SessionId,
    string SessionTitle,
    DateTime UpdatedAtUtc,
    int Version)
{
    public bool IsOpen => Status is ActionItemStatus.Open or ActionItemStatus.InProgress;
}

/// <summary>How many items the current filter finds per status, and how many of them are overdue.</summary>
public sealed record ActionCounts(IReadOnlyDictionary<ActionItemStatus, int> ByStatus, int Overdue)
{
    public int Total => ByStatus.Values.Sum();
}

/// <summary>One entry of an item's history; <see cref="AtEventTitle"/> when it was reported back at an event.</summary>
public sealed record ActionHistoryEntry(
    DateTime AtUtc,
    ActionItemStatus Status,
    string? Note,
    ActionUpdateSource Source,
    string? By,
    int? AtEventId,
    string? AtEventTitle);

/// <summary>
/// An action item with every update recorded on it, across events, newest first. <paramref name="OwnerErased"/>: its
/// owner contact was erased for privacy since, so nobody gets its reminders until someone else is named.
/// </summary>
public sealed record ActionDetail(ActionRow Item, bool HasOwnerContact, bool HasOwnerLink, IReadOnlyList<ActionHistoryEntry> History, bool OwnerErased = false);

/// <summary>A progress update: the (possibly unchanged) status and a note.</summary>
public sealed record ActionProgressInput(ActionItemStatus Status, string? Note, int ExpectedVersion);
