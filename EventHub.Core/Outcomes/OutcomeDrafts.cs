using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Outcomes;

/// <summary>Checks a draft before it is stored, and turns stored outcomes back into drafts.</summary>
internal static class OutcomeDrafts
{
    /// <summary>Null when the draft can be stored; otherwise the first problem (detail: which statement, 1-based).</summary>
    public static (string Code, string? Detail)? Problem(OutcomeDraft draft)
    {
        if (draft.Notes is { } notes && notes.Trim().Length > SessionOutcome.NotesMaxLength)
        {
            return (OutcomeErrors.NotesTooLong, SessionOutcome.NotesMaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var (statement, index) in draft.Insights.Concat(draft.Decisions).Select((s, i) => (s, i)))
        {
            if (StatementProblem(statement) is { } code)
            {
                var number = index < draft.Insights.Count ? index + 1 : index - draft.Insights.Count + 1;
                return (code, number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return draft.SectorMix.Values.Any(count => count < 0) ? (OutcomeErrors.NegativeSectorCount, null) : null;
    }

    private static string? StatementProblem(StatementDraft statement)
    {
        if (string.IsNullOrWhiteSpace(statement.Text))
        {
            return OutcomeErrors.StatementTextRequired;
        }

        if (statement.Text.Trim().Length > OutcomeStatement.TextMaxLength)
        {
            return OutcomeErrors.StatementTooLong;
        }

        // Chatham House by default: a statement names organisations only when they agreed to be named.
        return !statement.AgreedToBeNamed && statement.Named.Count > 0 ? OutcomeErrors.NamedWithoutAgreement : null;
    }

    public static IQueryable<SessionOutcome> WithEverything(this IQueryable<SessionOutcome> outcomes) =>
        outcomes.Include(o => o.Statements).ThenInclude(s => s.NamedOrganisations)
            .Include(o => o.Themes)
            .Include(o => o.SectorMix)
            .Include(o => o.Session)
            .AsSplitQuery();

    public static Task<SessionOutcome?> LoadAsync(EventHubDbContext db, int sessionId, CancellationToken ct) =>
        db.SessionOutcomes.WithEverything().SingleOrDefaultAsync(o => o.SessionId == sessionId, ct);

    public static OutcomeRecord ToRecord(SessionOutcome outcome) => new(
        outcome.SessionId,
        outcome.Version,
        outcome.Status,
        new OutcomeDraft(
            outcome.Notes,
            outcome.Insights.Select(ToDraft).ToList(),
            outcome.Decisions.Select(ToDraft).ToList(),
            outcome.Themes.Select(t => t.Id).Order().ToList(),
            outcome.SectorMix.ToDictionary(s => s.Sector, s => s.Count)),
        outcome.UpdatedBy,
        outcome.UpdatedAtUtc,
        outcome.FinalisedAtUtc);

    private static StatementDraft ToDraft(OutcomeStatement statement) => new(
        statement.Text,
        statement.AgreedToBeNamed,
        statement.NamedOrganisations.OrderBy(o => o.Name).Select(o => new NamedOrganisation(o.Id, o.Name)).ToList());
}
