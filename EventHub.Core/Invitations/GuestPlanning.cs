namespace EventHub.Core.Invitations;

/// <summary>What to arrange for one group of guests: "2 sign language interpreters, 3 quiet room places".</summary>
/// <param name="People">Guests in the group, with or without needs.</param>
/// <param name="Needs">Per access need (single flags, never <see cref="AccessNeeds.None"/>), how many people need it; only needs someone has.</param>
/// <param name="InterpretationLanguages">Languages to interpret into, most asked first.</param>
/// <param name="Dietary">People who stated dietary needs.</param>
public sealed record PlanningGroup(
    int People,
    IReadOnlyList<NeedCount> Needs,
    IReadOnlyList<LanguageCount> InterpretationLanguages,
    int Dietary)
{
    public static readonly PlanningGroup Empty = new(0, [], [], 0);

    public int Count(AccessNeeds need) => Needs.FirstOrDefault(n => n.Need == need)?.Count ?? 0;
}

public sealed record NeedCount(AccessNeeds Need, int Count);

public sealed record LanguageCount(string Language, int Count);

/// <summary>Planning counts for the guests with a seat, and separately for those waiting (who may still get one).</summary>
public sealed record PlanningCounts(PlanningGroup Accepted, PlanningGroup Waitlisted);

/// <summary>
/// When an event's guests' own needs and decline notes are deleted (<see cref="NeedsRetention"/>): the day it is due,
/// or, once <paramref name="Done"/>, when it was done and the counts were kept.
/// </summary>
public sealed record NeedsDeletion(DateTime AtUtc, bool Done);
