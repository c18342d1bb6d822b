namespace EventHub.Core.Events;

/// <summary>
/// The day a copied event is proposed for, and which days a copy may take. The alliance meets every few months, mostly
/// on the same weekday: "the same day one year later" was almost never the next meeting, and a year-old event copied
/// today proposed a day already past. Proposed: the same weekday, a quarter (13 weeks) after the original — or as many
/// quarters as it takes to leave at least four weeks to invite people.
/// </summary>
public static class CopyDay
{
    /// <summary>Weeks between meetings the proposal assumes: about three months, on the same weekday.</summary>
    public const int WeeksBetweenMeetings = 13;

    /// <summary>The least time to invite people the proposal leaves, from today.</summary>
    public const int DaysToInvite = 28;

    public static DateOnly Proposed(DateOnly original, DateOnly today)
    {
        var proposed = original.AddDays(WeeksBetweenMeetings * 7);
        while (proposed < today.AddDays(DaysToInvite))
        {
            proposed = proposed.AddDays(WeeksBetweenMeetings * 7);
        }

        return proposed;
    }

    /// <summary>Whether a copy can be planned on <paramref name="day"/>: today or later (in the event's time zone).</summary>
    public static bool IsOpen(DateOnly day, DateOnly today) => day >= today;

    /// <summary>Today in the time zone <paramref name="timeZoneId"/>.</summary>
    public static DateOnly Today(DateTime nowUtc, string timeZoneId) => DateOnly.FromDateTime(Common.EventTime.ToLocal(nowUtc, timeZoneId));
}
