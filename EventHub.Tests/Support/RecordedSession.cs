using EventHub.Core.Actions;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Data;
using EventHub.Core.Outcomes;
using EventHub.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Support;

/// <summary>
/// A session record and its action items, written straight through the entities (as the capture screen's service
/// does), so report tests do not depend on that screen. Organisations and themes are found by name, or created.
/// </summary>
public sealed class RecordedSession
{
    private readonly List<(StatementKind Kind, string Text, bool Agreed, string[] Organisations)> _statements = [];
    private readonly List<string> _themes = [];
    private readonly List<(Sector Sector, int Count)> _mix = [];
    private readonly List<(string What, string Owner, Contact? Contact, DateOnly Due, ActionItemStatus Status)> _actions = [];
    private string? _notes;
    private string? _by;
    private bool _final;

    public RecordedSession Notes(string notes, string by)
    {
        (_notes, _by) = (notes, by);
        return this;
    }

    public RecordedSession Insight(string text) => Add(StatementKind.Insight, text, false, []);

    public RecordedSession Decision(string text) => Add(StatementKind.Decision, text, false, []);

    /// <summary>A statement naming organisations that agreed to be named.</summary>
    public RecordedSession Named(StatementKind kind, string text, params string[] organisations) => Add(kind, text, true, organisations);

    public RecordedSession Themes(params string[] names)
    {
        _themes.AddRange(names);
        return this;
    }

    public RecordedSession Sector(Sector sector, int count)
    {
        _mix.Add((sector, count));
        return this;
    }

    public RecordedSession Action(string what, string owner, DateOnly due, ActionItemStatus status = ActionItemStatus.Open, Contact? contact = null)
    {
        _actions.Add((what, owner, contact, due, status));
        return this;
    }

    public RecordedSession Final()
    {
        _final = true;
        return this;
    }

    /// <summary>Saves the record (when it has anything besides action items, or is final) and the action items of the session.</summary>
    public async Task SaveAsync(IDbContextFactory<EventHubDbContext> dbFactory, int sessionId, DateTime nowUtc)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var session = await db.Sessions.SingleAsync(s => s.Id == sessionId);
        var organisations = new Dictionary<string, Organisation>();
        async Task<Organisation> OrganisationAsync(string name) =>
            organisations.TryGetValue(name, out var known) ? known
                : organisations[name] = await db.Organisations.FirstOrDefaultAsync(o => o.Name == name)
                    ?? db.Organisations.Add(new Organisation(name, EventHub.Core.Directory.Sector.CivilSociety, null, nowUtc)).Entity;

        if (_statements.Count > 0 || _themes.Count > 0 || _mix.Count > 0 || _notes is not null || _final)
        {
            var statements = new List<OutcomeStatement>();
            foreach (var (kind, text, agreed, names) in _statements)
            {
                var statement = new OutcomeStatement(kind, text, statements.Count);
                var named = new List<Organisation>();
                foreach (var name in names)
                {
                    named.Add(await OrganisationAsync(name));
                }

                statement.Attribute(agreed, named);
                statements.Add(statement);
            }

            var themes = new List<Theme>();
            foreach (var name in _themes)
            {
                themes.Add(await db.Themes.FirstOrDefaultAsync(t => t.Name == name) ?? db.Themes.Add(new Theme(name)).Entity);
            }

            var outcome = new SessionOutcome(session, nowUtc);
            outcome.Write(_notes, statements, themes, _mix.Select(m => new SectorShare(m.Sector, m.Count)));
            outcome.Stamp(EventHub.Core.Common.TeamMember.InRoles("", _by ?? ""), nowUtc);
            if (_final)
            {
                outcome.MarkFinal(nowUtc);
            }

            db.SessionOutcomes.Add(outcome);
        }

        foreach (var (what, owner, contact, due, status) in _actions)
        {
            var item = new ActionItem(session, what, await OrganisationAsync(owner), contact, due, nowUtc);
            if (status != ActionItemStatus.Open)
            {
                item.Progress(status, null, ActionUpdateSource.Team, _by is null ? null : EventHub.Core.Common.TeamMember.InRoles("", _by), session.EventId, nowUtc);
            }

            db.ActionItems.Add(item);
        }

        await db.SaveChangesAsync();
    }

    private RecordedSession Add(StatementKind kind, string text, bool agreed, string[] organisations)
    {
        _statements.Add((kind, text, agreed, organisations));
        return this;
    }

    /// <summary>A contact for an action item's owner; its person data must never reach a public page.</summary>
    public static Contact Contact(string firstName, string lastName, string email, DateTime nowUtc) =>
        new(firstName, lastName, email, Language.Nl, nowUtc);
}
