namespace EventHub.Core.Events;

/// <summary>Error codes of the events feature; their sentences are in <see cref="Texts.CoreTexts"/> (key <c>Error_Event_*</c>).</summary>
public static class EventErrors
{
    public const string NotFound = "Event.NotFound";
    public const string InvalidTransition = "Event.InvalidTransition";
    public const string CancellationReasonRequired = "Event.CancellationReasonRequired";
    public const string NoPlace = "Event.NoPlace";
    public const string NoSessions = "Event.NoSessions";
    public const string TitleRequired = "Event.TitleRequired";
    public const string TitleTooLong = "Event.TitleTooLong";
    public const string EndBeforeStart = "Event.EndBeforeStart";
    public const string DeadlineNotBeforeStart = "Event.DeadlineNotBeforeStart";
    public const string CapacityTooSmall = "Event.CapacityTooSmall";
    public const string OnlineLinkInvalid = "Event.OnlineLinkInvalid";
    public const string OrganiserEmailInvalid = "Event.OrganiserEmailInvalid";
    public const string UnknownTimeZone = "Event.UnknownTimeZone";
    public const string UnknownVenue = "Event.UnknownVenue";
    public const string ProgrammeConflicts = "Event.ProgrammeConflicts";
    public const string ProgrammeWouldNotFit = "Event.ProgrammeWouldNotFit";
    public const string EventNotEditable = "Event.NotEditable";
    public const string ThresholdOutOfRange = "Event.ThresholdOutOfRange";
    public const string ReminderDaysInvalid = "Event.ReminderDaysInvalid";
    public const string SessionChosen = "Event.SessionChosen";
    public const string CopyDayPassed = "Event.CopyDayPassed";
    public const string SessionAttended = "Event.SessionAttended";
    public const string SessionHasActionItems = "Event.SessionHasActionItems";
    public const string SessionHasRecord = "Event.SessionHasRecord";
    public const string ChangedMeanwhile = "Event.ChangedMeanwhile";
    public const string SessionChangedMeanwhile = "Event.SessionChangedMeanwhile";
    public const string NotStartedYet = "Event.NotStartedYet";
    public const string AlreadyTookPlace = "Event.AlreadyTookPlace";
    public const string FeedbackCloseBeforeSend = "Event.FeedbackCloseBeforeSend";
}
