namespace EventHub.Core.Invitations;

/// <summary>What one kept total counts: the people in a group, one access need, one interpretation language, dietary needs.</summary>
public enum NeedTotalKind
{
    People,
    Need,
    InterpretationLanguage,
    Dietary,
}

/// <summary>
/// One number of an event's planning counts ("3 guests with a seat needed step-free access"), kept when the guests'
/// own needs are deleted after the event (<see cref="NeedsRetention"/>), so the event's numbers and reports stay right.
/// It holds counts only, never whose needs they were.
/// </summary>
public class NeedTotal
{
    private NeedTotal()
    {
    }

    private NeedTotal(int eventId, InvitationStatus group, NeedTotalKind kind, AccessNeeds need, string? language, int count, DateTime keptAtUtc)
    {
        EventId = eventId;
        Group = group;
        Kind = kind;
        Need = need;
        Language = language;
        Count = count;
        KeptAtUtc = keptAtUtc;
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }

    /// <summary>The guests counted: with a seat (<see cref="InvitationStatus.Accepted"/>) or waiting (<see cref="InvitationStatus.Waitlisted"/>).</summary>
    public InvitationStatus Group { get; private set; }

    public NeedTotalKind Kind { get; private set; }

    /// <summary>The single access need counted, for <see cref="NeedTotalKind.Need"/>.</summary>
    public AccessNeeds Need { get; private set; }

    /// <summary>The interpretation language counted, for <see cref="NeedTotalKind.InterpretationLanguage"/>.</summary>
    public string? Language { get; private set; }

    public int Count { get; private set; }
    public DateTime KeptAtUtc { get; private set; }

    /// <summary>The rows that keep <paramref name="counts"/>; a group's people are always kept, even when none.</summary>
    public static IReadOnlyList<NeedTotal> Keep(int eventId, PlanningCounts counts, DateTime nowUtc) =>
    [
        .. Rows(eventId, InvitationStatus.Accepted, counts.Accepted, nowUtc),
        .. Rows(eventId, InvitationStatus.Waitlisted, counts.Waitlisted, nowUtc),
    ];

    /// <summary>The planning counts the rows keep, as they were counted before the needs were deleted.</summary>
    public static PlanningCounts Read(IReadOnlyCollection<NeedTotal> totals) =>
        new(GroupOf(totals, InvitationStatus.Accepted), GroupOf(totals, InvitationStatus.Waitlisted));

    private static IEnumerable<NeedTotal> Rows(int eventId, InvitationStatus group, PlanningGroup counts, DateTime nowUtc)
    {
        yield return new NeedTotal(eventId, group, NeedTotalKind.People, AccessNeeds.None, null, counts.People, nowUtc);
        foreach (var need in counts.Needs)
        {
            yield return new NeedTotal(eventId, group, NeedTotalKind.Need, need.Need, null, need.Count, nowUtc);
        }

        foreach (var language in counts.InterpretationLanguages)
        {
            yield return new NeedTotal(eventId, group, NeedTotalKind.InterpretationLanguage, AccessNeeds.None, language.Language, language.Count, nowUtc);
        }

        if (counts.Dietary > 0)
        {
            yield return new NeedTotal(eventId, group, NeedTotalKind.Dietary, AccessNeeds.None, null, counts.Dietary, nowUtc);
        }
    }

    private static PlanningGroup GroupOf(IReadOnlyCollection<NeedTotal> totals, InvitationStatus group)
    {
        var rows = totals.Where(t => t.Group == group).ToList();
        return new PlanningGroup(
            rows.Where(t => t.Kind == NeedTotalKind.People).Sum(t => t.Count),
            rows.Where(t => t.Kind == NeedTotalKind.Need).OrderBy(t => t.Need).Select(t => new NeedCount(t.Need, t.Count)).ToList(),
            rows.Where(t => t.Kind == NeedTotalKind.InterpretationLanguage)
                .OrderByDescending(t => t.Count).ThenBy(t => t.Language, StringComparer.CurrentCultureIgnoreCase)
                .Select(t => new LanguageCount(t.Language!, t.Count)).ToList(),
            rows.Where(t => t.Kind == NeedTotalKind.Dietary).Sum(t => t.Count));
    }
}
