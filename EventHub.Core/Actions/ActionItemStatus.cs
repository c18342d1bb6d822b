namespace EventHub.Core.Actions;

/// <summary>Where an action item stands. Open and In progress are "open" for report-back and reminders.</summary>
public enum ActionItemStatus
{
    Open,
    InProgress,
    Done,
    Dropped,
}

/// <summary>Who recorded an update on an action item.</summary>
public enum ActionUpdateSource
{
    /// <summary>A facilitator or organiser in the app.</summary>
    Team,

    /// <summary>The owner through their personal link, without an account.</summary>
    Owner,

    /// <summary>Reported back at a later event.</summary>
    ReportBack,
}
