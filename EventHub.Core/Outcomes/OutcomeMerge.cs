namespace EventHub.Core.Outcomes;

/// <summary>
/// Merging two versions of a record after a conflict: lists become their union (nothing either person wrote is
/// dropped), the notes are what the person settled on in the merge field, and the sector numbers are theirs to keep.
/// </summary>
public static class OutcomeMerge
{
    /// <summary>Both texts, mine first, for the person to edit into one; one text when they are the same.</summary>
    public static string BothNotes(string? mine, string? theirs)
    {
        var a = mine?.Trim() ?? "";
        var b = theirs?.Trim() ?? "";
        if (a == b || b.Length == 0)
        {
            return a;
        }

        return a.Length == 0 ? b : $"{a}\n\n{b}";
    }

    public static OutcomeDraft Union(OutcomeDraft mine, OutcomeDraft theirs, string? notes) => new(
        notes,
        Union(mine.Insights, theirs.Insights),
        Union(mine.Decisions, theirs.Decisions),
        mine.ThemeIds.Union(theirs.ThemeIds).ToList(),
        mine.SectorMix);

    /// <summary>Mine in my order, then theirs that I do not have (same text, ignoring case and outer spaces).</summary>
    private static List<StatementDraft> Union(IReadOnlyList<StatementDraft> mine, IReadOnlyList<StatementDraft> theirs)
    {
        var seen = mine.Select(s => Key(s.Text)).ToHashSet();
        return mine.Concat(theirs.Where(s => seen.Add(Key(s.Text)))).ToList();
    }

    private static string Key(string text) => text.Trim().ToUpperInvariant();
}
