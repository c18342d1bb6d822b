using EventHub.Core.Common;
using EventHub.Core.Invitations;

namespace EventHub.Core.Engagement;

/// <summary>Puts hourly answer counts on the days of the event's time zone, with the quiet days in between as zero.</summary>
internal static class AnswerDays
{
    /// <summary>Longest run of days filled in with zeros; a longer answering period lists only the days with answers.</summary>
    public const int MaxFilledDays = 92;

    public static IReadOnlyList<AnswerDay> From(IEnumerable<(DateTime HourUtc, InvitationStatus Status, int Count)> hours, string timeZoneId)
    {
        var byDay = hours.GroupBy(h => DateOnly.FromDateTime(EventTime.ToLocal(h.HourUtc, timeZoneId)))
            .ToDictionary(g => g.Key, g => new AnswerDay(g.Key,
                Yes: g.Where(h => h.Status is InvitationStatus.Accepted or InvitationStatus.Waitlisted).Sum(h => h.Count),
                Maybe: g.Where(h => h.Status == InvitationStatus.Tentative).Sum(h => h.Count),
                No: g.Where(h => h.Status == InvitationStatus.Declined).Sum(h => h.Count)));
        if (byDay.Count == 0)
        {
            return [];
        }

        var (first, last) = (byDay.Keys.Min(), byDay.Keys.Max());
        return last.DayNumber - first.DayNumber >= MaxFilledDays
            ? byDay.Values.OrderBy(d => d.Day).ToList()
            : Enumerable.Range(0, last.DayNumber - first.DayNumber + 1).Select(first.AddDays)
                .Select(day => byDay.GetValueOrDefault(day) ?? new AnswerDay(day, 0, 0, 0)).ToList();
    }
}
