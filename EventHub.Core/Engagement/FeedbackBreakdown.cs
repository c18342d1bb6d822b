using EventHub.Core.Directory;

namespace EventHub.Core.Engagement;

/// <summary>The three ratings' averages (1–5) over a group of respondents.</summary>
public sealed record RatingAverages(double Heard, double Worthwhile, double RightMix);

/// <summary>
/// A group's figures as they may be shown: null respondents and averages when the group is hidden
/// (<see cref="SmallGroups"/>), whether it is small itself or hidden to protect a small one — the figures do not say which,
/// so neither can a screen or an export; 0 respondents and no averages when nobody in it answered.
/// </summary>
public sealed record FeedbackFigures(int? Respondents, RatingAverages? Averages)
{
    public bool Hidden => Respondents is null;

    /// <summary>The figures of a group that <see cref="SmallGroups"/> hid.</summary>
    public static FeedbackFigures HiddenGroup { get; } = new(null, null);
}

/// <summary>One sector's row (null: respondents without an organisation).</summary>
public sealed record FeedbackSectorRow(Sector? Sector, FeedbackFigures Figures);

/// <summary>What one GROUP BY over the answers gives per group: how many answered and their averages.</summary>
public sealed record FeedbackTally(int Respondents, double Heard, double Worthwhile, double RightMix);

/// <summary>
/// Ratings by the respondents' sector, with the small-group rule applied once for every screen and export that shows
/// them: every sector is listed (0 respondents shows as "no answers"), respondents without an organisation only when
/// there are any, and the total — each hidden when <see cref="SmallGroups"/> says so.
/// </summary>
public sealed record FeedbackBreakdown(IReadOnlyList<FeedbackSectorRow> Sectors, FeedbackFigures Total)
{
    /// <summary>
    /// The total counts the groups shown only (<see cref="AcrossEvents"/>), not every respondent: its label must say so,
    /// or it reads as a smaller "all respondents" than the events' own totals.
    /// </summary>
    public bool TotalOfShownGroups { get; init; }

    public static FeedbackBreakdown Empty { get; } = From([]);

    /// <param name="tallies">Per sector (null: without an organisation), as the GROUP BY gave them; missing sectors had none.</param>
    /// <param name="hiddenElsewhere">Sectors whose answers were hidden where they were counted (see <see cref="AcrossEvents"/>):
    /// without answers here they show as hidden, not as "no answers".</param>
    public static FeedbackBreakdown From(IReadOnlyCollection<(Sector? Sector, FeedbackTally Tally)> tallies, IReadOnlySet<Sector?>? hiddenElsewhere = null)
    {
        FeedbackTally? Of(Sector? sector) => tallies.Where(t => t.Sector == sector).Select(t => t.Tally).FirstOrDefault();
        bool OnlyHiddenElsewhere(Sector? sector) => hiddenElsewhere?.Contains(sector) == true && Of(sector) is null or { Respondents: 0 };
        var keys = Enum.GetValues<Sector>().Select(s => (Sector?)s).ToList();
        if (Of(null) is { Respondents: > 0 } || OnlyHiddenElsewhere(null))
        {
            keys.Add(null);
        }

        var suppression = SmallGroups.Protect(keys.Select(k => (k, Of(k)?.Respondents ?? 0)));
        var rows = keys.Select(k => new FeedbackSectorRow(k, suppression.IsHidden(k) || OnlyHiddenElsewhere(k) ? FeedbackFigures.HiddenGroup : Figures(Of(k)))).ToList();
        var total = Combine(tallies.Select(t => t.Tally));
        return new FeedbackBreakdown(rows, suppression.TotalHidden ? FeedbackFigures.HiddenGroup : Figures(total));
    }

    /// <summary>
    /// Ratings by sector over several events, built only from what each event's own results show: a sector's shown
    /// figures at each event, combined. A group hidden at its event stays out, so no range of events (nor a year) gives it
    /// back as "this range minus that event"; a sector whose every answer is hidden at its events shows as hidden.
    /// </summary>
    public static FeedbackBreakdown AcrossEvents(IEnumerable<FeedbackBreakdown> events)
    {
        var rows = events.SelectMany(e => e.Sectors).ToList();
        var shown = rows.Where(r => r.Figures is { Respondents: > 0, Averages: not null })
            .GroupBy(r => r.Sector)
            .Select(g => (g.Key, Combine(g.Select(r => new FeedbackTally(r.Figures.Respondents!.Value, r.Figures.Averages!.Heard, r.Figures.Averages.Worthwhile, r.Figures.Averages.RightMix)))!))
            .ToList();
        return From(shown, rows.Where(r => r.Figures.Hidden).Select(r => r.Sector).ToHashSet()) with { TotalOfShownGroups = true };
    }

    /// <summary>The figures of several groups together (averages weighted by their respondents).</summary>
    public static FeedbackTally? Combine(IEnumerable<FeedbackTally> tallies)
    {
        var list = tallies.Where(t => t.Respondents > 0).ToList();
        var total = list.Sum(t => t.Respondents);
        return total == 0
            ? null
            : new FeedbackTally(total,
                list.Sum(t => t.Heard * t.Respondents) / total,
                list.Sum(t => t.Worthwhile * t.Respondents) / total,
                list.Sum(t => t.RightMix * t.Respondents) / total);
    }

    internal static FeedbackFigures Figures(FeedbackTally? tally) =>
        tally is null or { Respondents: 0 } ? new FeedbackFigures(0, null) : new FeedbackFigures(tally.Respondents, new RatingAverages(tally.Heard, tally.Worthwhile, tally.RightMix));
}
