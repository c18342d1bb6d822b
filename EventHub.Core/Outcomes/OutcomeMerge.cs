namespace EventHub.Core.Outcomes;

/// <summary>
/// Merging two versions of a record after a conflict, against the version both started from: what either person
/// added is kept (each statement once), what either deleted stays deleted unless the other changed it, the notes are
/// what the person settled on in the merge field, and the sector numbers are theirs to keep.
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

    /// <param name="common">The version mine was written on; null when it is not known (then nothing counts as deleted).</param>
    public static MergedOutcome Merge(OutcomeDraft? common, OutcomeDraft mine, OutcomeDraft theirs, string? notes)
    {
        var insights = Merge(common?.Insights, mine.Insights, theirs.Insights);
        var decisions = Merge(common?.Decisions, mine.Decisions, theirs.Decisions);
        var draft = new OutcomeDraft(
            notes,
            insights.Statements,
            decisions.Statements,
            mine.ThemeIds.Union(theirs.ThemeIds).ToList(),
            mine.SectorMix);
        return new MergedOutcome(draft, [.. insights.KeptThoughDeleted, .. decisions.KeptThoughDeleted]);
    }

    /// <summary>
    /// Mine in my order, then theirs that I do not have. A statement of the common version that one side no longer has
    /// was deleted (or rewritten) there, so the other side's unchanged copy goes too. Statements have no identity but
    /// their text: one I rewrote is recognised by its place, the common version's statement at the same position.
    /// </summary>
    private static (List<StatementDraft> Statements, List<StatementDraft> KeptThoughDeleted) Merge(
        IReadOnlyList<StatementDraft>? common, IReadOnlyList<StatementDraft> mine, IReadOnlyList<StatementDraft> theirs)
    {
        var before = (common ?? []).Select(s => Key(s.Text)).ToHashSet();
        var mineKeys = mine.Select(s => Key(s.Text)).ToHashSet();
        var theirKeys = theirs.Select(s => Key(s.Text)).ToHashSet();
        bool DeletedByThem(string key) => before.Contains(key) && !theirKeys.Contains(key);
        bool DeletedByMe(string key) => before.Contains(key) && !mineKeys.Contains(key);

        var merged = new List<StatementDraft>();
        var keptThoughDeleted = new List<StatementDraft>();
        for (var i = 0; i < mine.Count; i++)
        {
            var key = Key(mine[i].Text);
            if (DeletedByThem(key))
            {
                continue;
            }

            merged.Add(mine[i]);
            var rewritten = !before.Contains(key) && !theirKeys.Contains(key) && common is not null && i < common.Count;
            if (rewritten && Key(common![i].Text) is var original && DeletedByThem(original) && DeletedByMe(original))
            {
                keptThoughDeleted.Add(mine[i]);
            }
        }

        var seen = merged.Select(s => Key(s.Text)).ToHashSet();
        merged.AddRange(theirs.Where(s => !DeletedByMe(Key(s.Text)) && seen.Add(Key(s.Text))));
        return (merged, keptThoughDeleted);
    }

    private static string Key(string text) => text.Trim().ToUpperInvariant();
}

/// <summary>The merged draft, and the statements kept because I changed them although the other person had deleted them.</summary>
public sealed record MergedOutcome(OutcomeDraft Draft, IReadOnlyList<StatementDraft> KeptThoughDeleted);
