using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Door;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Core.Directory;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Outcomes;

/// <summary>
/// Recording what a session produced. Every save states the version it started from; a save on top of a newer
/// version is refused with that version (<see cref="SaveResult{T}.Theirs"/>), so two facilitators on one record
/// never overwrite each other silently. Facilitators edit the sessions they facilitate, organisers all.
/// </summary>
public sealed class OutcomeService(IDbContextFactory<EventHubDbContext> dbFactory, TimeProvider time)
{
    /// <summary>The sessions <paramref name="userId"/> facilitates (of events that were not cancelled).</summary>
    public async Task<MySessions> MySessionsAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.Facilitators.Any(f => f.Id == userId) && s.Event.Status != EventStatus.Cancelled)
            .Select(s => new
            {
                s.Id, s.Title, s.Kind, s.EventId, EventTitle = s.Event.Title, s.StartUtc, s.EndUtc, s.Event.TimeZoneId,
                RoomName = s.Room == null ? null : s.Room.Name,
            })
            .ToListAsync(ct);
        var ids = sessions.Select(s => s.Id).ToList();
        var statuses = await db.SessionOutcomes.Where(o => ids.Contains(o.SessionId))
            .ToDictionaryAsync(o => o.SessionId, o => o.Status, ct);
        var counts = await SessionParticipants.CountAsync(db, sessions.Select(s => new SessionOfEvent(s.Id, s.EventId, Session.IsForEveryoneKind(s.Kind))).ToList(), ct);
        var mine = sessions.Select(s => new MySession(
                s.Id, s.Title, s.Kind, s.EventId, s.EventTitle, s.StartUtc, s.EndUtc, s.TimeZoneId, s.RoomName,
                statuses.TryGetValue(s.Id, out var status) ? status : null, counts[s.Id]))
            .ToList();
        var now = time.GetUtcNow().UtcDateTime;
        return new MySessions(
            mine.Where(s => s.EndUtc >= now).OrderBy(s => s.StartUtc).ToList(),
            mine.Where(s => s.EndUtc < now).OrderByDescending(s => s.StartUtc).ToList());
    }

    /// <summary>Who takes part in the session; their access needs only when <paramref name="editor"/> is an organiser.</summary>
    public async Task<Result<IReadOnlyList<Participant>>> ParticipantsAsync(int sessionId, TeamMember editor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await SessionAccess.DenyAsync(db, sessionId, editor, ct) is { } denied)
        {
            return Result<IReadOnlyList<Participant>>.Failure(denied);
        }

        var session = (await SessionOfEvent.FindAsync(db, sessionId, ct))!.Value; // there is one: access was checked
        // Those in it and who came through its door (Door.SessionDoorService), with those admitted there though not registered.
        var (invitations, arrivals) = await SessionParticipants.ListAsync(db, session, ct);
        return Result<IReadOnlyList<Participant>>.Success(invitations.Select(i => new Participant(
            i.Contact.FullName,
            i.Organisation?.Name,
            i.Organisation?.Sector,
            editor.IsOrganiser ? new ParticipantNeeds(i.AccessNeeds, i.InterpretationLanguage, i.OtherNeeds) : null,
            arrivals.GetValueOrDefault(i.Id)?.AtUtc,
            arrivals.GetValueOrDefault(i.Id)?.Admitted ?? false)).ToList());
    }

    /// <summary>The session, its current record (or an empty draft at version 0) and the themes to choose from.</summary>
    public async Task<Result<OutcomeView>> GetAsync(int sessionId, TeamMember editor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await SessionAccess.DenyAsync(db, sessionId, editor, ct) is { } denied)
        {
            return Result<OutcomeView>.Failure(denied);
        }

        var session = await db.Sessions.AsNoTracking()
            .Include(s => s.Event).ThenInclude(e => e.Themes)
            .Include(s => s.Room)
            .Include(s => s.Facilitators)
            .AsSplitQuery()
            .SingleAsync(s => s.Id == sessionId, ct);
        var outcome = await OutcomeDrafts.LoadAsync(db, sessionId, ct);
        var record = outcome is null ? await EmptyAsync(db, session, ct) : OutcomeDrafts.ToRecord(outcome);
        var eventThemes = session.Event.Themes.Select(t => t.Id).ToHashSet();
        var themes = await db.Themes.AsNoTracking()
            .Where(t => !t.IsArchived || record.Draft.ThemeIds.Contains(t.Id) || eventThemes.Contains(t.Id))
            .OrderBy(t => t.Id)
            .ToListAsync(ct);
        return Result<OutcomeView>.Success(new OutcomeView(
            new OutcomeSession(
                session.Id, session.Title, session.Kind, session.EventId, session.Event.Title, session.StartUtc, session.EndUtc,
                session.Event.TimeZoneId, session.Room?.Name, session.Facilitators.Select(f => f.DisplayName).Order().ToList()),
            record,
            themes.Select(t => new ThemeOption(t.Id, t.LocalName, eventThemes.Contains(t.Id))).OrderByDescending(t => t.OfEvent).ToList()));
    }

    /// <summary>
    /// Stores <paramref name="draft"/> on top of <paramref name="expectedVersion"/> (0: nothing saved yet) and
    /// returns the new record; when someone saved in between, refuses with their record and changes nothing.
    /// </summary>
    public async Task<SaveResult<OutcomeRecord>> SaveAsync(int sessionId, OutcomeDraft draft, int expectedVersion, TeamMember editor, CancellationToken ct = default)
    {
        if (OutcomeDrafts.Problem(draft) is { } problem)
        {
            return SaveResult<OutcomeRecord>.Failure(problem.Code, problem.Detail);
        }

        return await GuardedAsync(sessionId, expectedVersion, editor, async (db, outcome, token) =>
        {
            if (outcome?.Status == OutcomeStatus.Final)
            {
                return SaveResult<OutcomeRecord>.Failure(OutcomeErrors.IsFinal);
            }

            var themeIds = draft.ThemeIds.Distinct().ToList();
            var themes = await db.Themes.Where(t => themeIds.Contains(t.Id)).ToListAsync(token);
            var organisationIds = draft.Insights.Concat(draft.Decisions).SelectMany(s => s.Named).Select(o => o.Id).Distinct().ToList();
            var organisations = await db.Organisations.Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, token);
            if (themes.Count != themeIds.Count)
            {
                return SaveResult<OutcomeRecord>.Failure(OutcomeErrors.UnknownTheme);
            }

            if (organisations.Count != organisationIds.Count)
            {
                return SaveResult<OutcomeRecord>.Failure(OutcomeErrors.UnknownOrganisation);
            }

            var now = time.GetUtcNow().UtcDateTime;
            if (outcome is null)
            {
                outcome = new SessionOutcome(await db.Sessions.SingleAsync(s => s.Id == sessionId, token), now);
                db.SessionOutcomes.Add(outcome);
            }

            outcome.Write(draft.Notes, Statements(draft, organisations), themes, draft.SectorMix.Select(s => new SectorShare(s.Key, s.Value)));
            outcome.Stamp(editor, now);
            return SaveResult<OutcomeRecord>.Success(OutcomeDrafts.ToRecord(outcome));
        }, ct);
    }

    /// <summary>Draft → Final: the facilitator is done with the record; only once the session has started.</summary>
    public Task<SaveResult<OutcomeRecord>> MarkFinalAsync(int sessionId, int expectedVersion, TeamMember editor, CancellationToken ct = default) =>
        TransitionAsync(sessionId, expectedVersion, editor, OutcomeStatus.Draft, (outcome, now) =>
        {
            if (!outcome.Session.HasStarted(now))
            {
                return OutcomeErrors.NotStarted;
            }

            outcome.MarkFinal(now);
            return null;
        }, ct);

    /// <summary>Final → Draft: opens the record for changes again.</summary>
    public Task<SaveResult<OutcomeRecord>> ReopenAsync(int sessionId, int expectedVersion, TeamMember editor, CancellationToken ct = default) =>
        TransitionAsync(sessionId, expectedVersion, editor, OutcomeStatus.Final, (outcome, _) =>
        {
            outcome.Reopen();
            return null;
        }, ct);

    private Task<SaveResult<OutcomeRecord>> TransitionAsync(
        int sessionId, int expectedVersion, TeamMember editor, OutcomeStatus from, Func<SessionOutcome, DateTime, string?> change, CancellationToken ct) =>
        GuardedAsync(sessionId, expectedVersion, editor, (_, outcome, _) =>
        {
            if (outcome is null || outcome.Status != from)
            {
                return Task.FromResult(SaveResult<OutcomeRecord>.Failure(OutcomeErrors.InvalidTransition));
            }

            var now = time.GetUtcNow().UtcDateTime;
            if (change(outcome, now) is { } refused)
            {
                return Task.FromResult(SaveResult<OutcomeRecord>.Failure(refused));
            }

            outcome.Stamp(editor, now);
            return Task.FromResult(SaveResult<OutcomeRecord>.Success(OutcomeDrafts.ToRecord(outcome)));
        }, ct);

    /// <summary>
    /// One write transaction that first checks access and the version the caller started from. A stale version is
    /// refused with the stored record. On SQLite the transaction takes the write lock up front, so two writers are
    /// serialized and the second sees the first's version; where that is not so, the version column (concurrency
    /// token) and the unique index on the session turn a race into an exception, answered with the same refusal.
    /// </summary>
    private async Task<SaveResult<OutcomeRecord>> GuardedAsync(
        int sessionId, int expectedVersion, TeamMember editor,
        Func<EventHubDbContext, SessionOutcome?, CancellationToken, Task<SaveResult<OutcomeRecord>>> work, CancellationToken ct)
    {
        try
        {
            return await dbFactory.WriteAsync(async (db, token) =>
            {
                if (await SessionAccess.DenyAsync(db, sessionId, editor, token) is { } denied)
                {
                    return SaveResult<OutcomeRecord>.Failure(denied);
                }

                var outcome = await OutcomeDrafts.LoadAsync(db, sessionId, token);
                if ((outcome?.Version ?? 0) != expectedVersion)
                {
                    return SaveResult<OutcomeRecord>.Conflict(OutcomeErrors.Conflict, await CurrentAsync(db, sessionId, token));
                }

                return await work(db, outcome, token);
            }, ct);
        }
        catch (DbUpdateException)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var current = await CurrentAsync(db, sessionId, ct);
            if (current.Version == expectedVersion)
            {
                throw;
            }

            return SaveResult<OutcomeRecord>.Conflict(OutcomeErrors.Conflict, current);
        }
    }

    private static async Task<OutcomeRecord> CurrentAsync(EventHubDbContext db, int sessionId, CancellationToken ct)
    {
        var outcome = await db.SessionOutcomes.AsNoTracking().WithEverything().SingleOrDefaultAsync(o => o.SessionId == sessionId, ct);
        if (outcome is not null)
        {
            return OutcomeDrafts.ToRecord(outcome);
        }

        var session = await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == sessionId, ct);
        return await EmptyAsync(db, session, ct);
    }

    /// <summary>
    /// Nothing saved yet: an empty draft with the event's theme chosen when it has one (of several, the facilitator
    /// chooses what the session was about: choosing them all filed every round table under every theme of the day, and
    /// the synthesis listed each of its statements once per theme) and the mix by sector filled in — of who came through
    /// the session's own door (for a plenary, the event's) when it had check-ins, else of the participants expected.
    /// </summary>
    private static async Task<OutcomeRecord> EmptyAsync(EventHubDbContext db, Session session, CancellationToken ct)
    {
        // Who came: through the session's own door, or for a plenary through the event's (Door.SessionDoorService).
        var read = SessionOfEvent.Of(session);
        var cameIds = (await Door.SessionDoorService.ArrivalsAsync(db, read, ct)).Select(a => a.InvitationId).ToList();
        var came = await db.Invitations.Where(i => cameIds.Contains(i.Id))
            .Select(i => i.Organisation != null ? (Sector?)i.Organisation.Sector : null)
            .ToListAsync(ct);
        var sectors = came.Count > 0
            ? came.OfType<Sector>().ToList()
            : (await SessionParticipants.ListAsync(db, read, ct)).People
                .Where(p => p.Organisation is not null).Select(p => p.Organisation!.Sector).ToList();
        var mix = sectors.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        var eventThemes = await db.Events.Where(e => e.Id == session.EventId)
            .SelectMany(e => e.Themes).Where(t => !t.IsArchived).Select(t => t.Id).Take(2).ToListAsync(ct);
        var themeIds = eventThemes.Count == 1 ? eventThemes : [];
        return new OutcomeRecord(session.Id, 0, OutcomeStatus.Draft, OutcomeDraft.Empty with { ThemeIds = themeIds, SectorMix = mix }, null, null, null);
    }

    private static IEnumerable<OutcomeStatement> Statements(OutcomeDraft draft, IReadOnlyDictionary<int, Organisation> organisations) =>
        draft.Insights.Select((s, i) => Statement(StatementKind.Insight, s, i, organisations))
            .Concat(draft.Decisions.Select((s, i) => Statement(StatementKind.Decision, s, i, organisations)));

    private static OutcomeStatement Statement(StatementKind kind, StatementDraft draft, int sortOrder, IReadOnlyDictionary<int, Organisation> organisations)
    {
        var statement = new OutcomeStatement(kind, draft.Text.Trim(), sortOrder);
        statement.Attribute(draft.AgreedToBeNamed, draft.Named.Select(o => organisations[o.Id]));
        return statement;
    }
}
