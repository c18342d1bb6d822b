namespace EventHub.Core.Events;

/// <summary>How an event's reminder days ("7,2") are written and read.</summary>
public static class EventReminders
{
    public const string DefaultDays = "7,2";
    public const int MaxCount = 5;
    public const int MaxDays = 60;

    public static IReadOnlyList<int> Parse(string? days) =>
        (days ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => int.TryParse(d, out var n) ? n : 0)
            .Where(n => n is >= 1 and <= MaxDays)
            .Distinct()
            .OrderDescending()
            .ToList();

    public static string Format(IEnumerable<int> days) => string.Join(",", days);
}
