using EventHub.Core.Common;

namespace EventHub.Core.Events;

/// <summary>
/// What an organiser fills in for an event. Times are wall-clock times in <see cref="TimeZoneId"/>. On an edit,
/// <see cref="MoveProgramme"/> says whether a new start takes the sessions along (the default) or leaves them where they are.
/// </summary>
public sealed record EventInput(
    string Title,
    DateTime LocalStart,
    DateTime LocalEnd,
    string TimeZoneId = EventTime.DefaultTimeZoneId,
    string? Description = null,
    int? VenueId = null,
    string? OnlineUrl = null,
    int? Capacity = null,
    DateTime? LocalRsvpDeadline = null,
    string? OrganiserName = null,
    string? OrganiserEmail = null,
    IReadOnlyList<int>? ThemeIds = null,
    int SectorBalanceThreshold = 50,
    string ReminderDays = EventReminders.DefaultDays,
    Language Language = Language.Nl,
    bool ShowOnlineLinkPublicly = false,
    bool MoveProgramme = true)
{
    /// <summary>The first problem with the input, or null when it can be saved.</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(Title))
        {
            return EventErrors.TitleRequired;
        }

        if (Title.Trim().Length > Event.TitleMaxLength)
        {
            return EventErrors.TitleTooLong;
        }

        if (!EventTime.IsKnownZone(TimeZoneId))
        {
            return EventErrors.UnknownTimeZone;
        }

        if (LocalEnd <= LocalStart)
        {
            return EventErrors.EndBeforeStart;
        }

        if (LocalRsvpDeadline is { } deadline && deadline >= LocalStart)
        {
            return EventErrors.DeadlineNotBeforeStart;
        }

        if (Capacity is < 1)
        {
            return EventErrors.CapacityTooSmall;
        }

        if (SectorBalanceThreshold is < 1 or > 100)
        {
            return EventErrors.ThresholdOutOfRange;
        }

        if (!EventReminders.TryParse(ReminderDays, out _))
        {
            return EventErrors.ReminderDaysInvalid;
        }

        if (!string.IsNullOrWhiteSpace(OnlineUrl)
            && !(Uri.TryCreate(OnlineUrl.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Contains('.')))
        {
            return EventErrors.OnlineLinkInvalid;
        }

        // Partners reply to it, and their calendars name it as the organiser.
        if (!string.IsNullOrWhiteSpace(OrganiserEmail) && !EmailAddresses.IsValid(OrganiserEmail))
        {
            return EventErrors.OrganiserEmailInvalid;
        }

        return null;
    }
}
