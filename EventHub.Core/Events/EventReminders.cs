namespace EventHub.Core.Events;

/// <summary>How an event's reminder days ("7,2") are written and read.</summary>
public static class EventReminders
{
    public const string DefaultDays = "7,2";
    public const int MaxCount = 5;
    public const int MaxDays = 60;

    /// <summary>Reads what an organiser typed ("7, 2"; empty means no reminders); false when a part is not a valid day count.</summary>
    public static bool TryParse(string? text, out IReadOnlyList<int> days)
    {
        var parts = (text ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries);
        var parsed = parts.Select(p => int.TryParse(p, out var n) ? n : 0).ToList();
        days = parsed.Distinct().OrderDescending().ToList();
        return parsed.All(n => n is >= 1 and <= MaxDays) && days.Count <= MaxCount;
    }

    /// <summary>The stored days, largest first; anything unreadable is ignored.</summary>
    public static IReadOnlyList<int> Parse(string? days) =>
        (days ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => int.TryParse(d, out var n) ? n : 0)
            .Where(n => n is >= 1 and <= MaxDays)
            .Distinct()
            .OrderDescending()
            .ToList();

    public static string Format(IEnumerable<int> days) => string.Join(",", days);

    /// <summary>The days as organisers read and type them: "7, 2".</summary>
    public static string Display(string? days) => string.Join(", ", Parse(days));
}
