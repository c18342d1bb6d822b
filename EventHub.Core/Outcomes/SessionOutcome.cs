using EventHub.Core.Common;
using EventHub.Core.Events;

namespace EventHub.Core.Outcomes;

/// <summary>
/// What one session produced: notes (Markdown), key insights, decisions, themes and the mix of participants
/// by sector. <see cref="Version"/> is an application-managed concurrency token (SQLite has no rowversion):
/// every save states the version it started from, and a stale save is refused instead of overwriting.
/// Action items live on their own (<see cref="Actions.ActionItem"/>) so they can be followed up across events.
/// </summary>
public class SessionOutcome
{
    public const int NotesMaxLength = 50_000;

    private readonly List<OutcomeStatement> _statements = [];
    private readonly List<Theme> _themes = [];
    private readonly List<SectorShare> _sectorMix = [];

    private SessionOutcome()
    {
    }

    public SessionOutcome(Session session, DateTime nowUtc)
    {
        Session = session;
        SessionId = session.Id;
        UpdatedAtUtc = nowUtc;
    }

    public int Id { get; private set; }
    public int SessionId { get; private set; }
    public Session Session { get; private set; } = null!;
    public string? Notes { get; private set; }
    public OutcomeStatus Status { get; private set; } = OutcomeStatus.Draft;

    /// <summary>Raised by one on every save; the concurrency token.</summary>
    public int Version { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }
    public string? UpdatedBy { get; private set; }

    /// <summary>
    /// The account that saved last (<see cref="UpdatedBy"/> its name then): removing that account finds the record by it,
    /// not by a name a colleague may share. Null for a save from before it was kept.
    /// </summary>
    public string? UpdatedByUserId { get; private set; }
    public DateTime? FinalisedAtUtc { get; private set; }

    public IReadOnlyList<OutcomeStatement> Statements => _statements;
    public IReadOnlyList<Theme> Themes => _themes;
    public IReadOnlyList<SectorShare> SectorMix => _sectorMix;

    public IEnumerable<OutcomeStatement> Insights => _statements.Where(s => s.Kind == StatementKind.Insight).OrderBy(s => s.SortOrder);
    public IEnumerable<OutcomeStatement> Decisions => _statements.Where(s => s.Kind == StatementKind.Decision).OrderBy(s => s.SortOrder);

    internal void Write(string? notes, IEnumerable<OutcomeStatement> statements, IEnumerable<Theme> themes, IEnumerable<SectorShare> sectorMix)
    {
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        _statements.Clear();
        _statements.AddRange(statements);
        _themes.Clear();
        _themes.AddRange(themes.DistinctBy(t => t.Id));
        _sectorMix.Clear();
        _sectorMix.AddRange(sectorMix.Where(s => s.Count > 0).DistinctBy(s => s.Sector));
    }

    internal void Stamp(TeamMember by, DateTime nowUtc)
    {
        Version++;
        (UpdatedBy, UpdatedByUserId) = (by.DisplayName, by.AccountId);
        UpdatedAtUtc = nowUtc;
    }

    internal void MarkFinal(DateTime nowUtc)
    {
        Status = OutcomeStatus.Final;
        FinalisedAtUtc = nowUtc;
    }

    internal void Reopen()
    {
        Status = OutcomeStatus.Draft;
        FinalisedAtUtc = null;
    }
}
