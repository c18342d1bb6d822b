using EventHub.Core.Door;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Core.Directory;

namespace EventHub.Core.Outcomes;

/// <summary>An organisation named with a statement (only when it agreed to be named).</summary>
public sealed record NamedOrganisation(int Id, string Name);

/// <summary>A key insight or a decision as written: unattributed unless <see cref="AgreedToBeNamed"/>.</summary>
public sealed record StatementDraft(string Text, bool AgreedToBeNamed = false, IReadOnlyList<NamedOrganisation>? Organisations = null)
{
    public IReadOnlyList<NamedOrganisation> Named => Organisations ?? [];
}

/// <summary>What a facilitator wrote for a session; saved as a whole on top of the version it started from.</summary>
public sealed record OutcomeDraft(
    string? Notes,
    IReadOnlyList<StatementDraft> Insights,
    IReadOnlyList<StatementDraft> Decisions,
    IReadOnlyList<int> ThemeIds,
    IReadOnlyDictionary<Sector, int> SectorMix)
{
    public static OutcomeDraft Empty { get; } = new(null, [], [], [], new Dictionary<Sector, int>());
}

/// <summary>
/// A session's outcome as stored (or, at <see cref="Version"/> 0, the empty draft nobody saved yet, with the
/// sector mix pre-filled from the participants).
/// </summary>
public sealed record OutcomeRecord(
    int SessionId,
    int Version,
    OutcomeStatus Status,
    OutcomeDraft Draft,
    string? UpdatedBy,
    DateTime? UpdatedAtUtc,
    DateTime? FinalisedAtUtc)
{
    public bool Exists => Version > 0;
}

/// <summary>The session an outcome belongs to, for the capture screen's header.</summary>
public sealed record OutcomeSession(
    int SessionId,
    string Title,
    SessionKind Kind,
    int EventId,
    string EventTitle,
    DateTime StartUtc,
    DateTime EndUtc,
    string TimeZoneId,
    string? RoomName,
    IReadOnlyList<string> Facilitators);

/// <summary>A theme that can be chosen for an outcome; <see cref="OfEvent"/> when the event itself is tagged with it.</summary>
public sealed record ThemeOption(int Id, string Name, bool OfEvent);

/// <summary>Everything the capture screen needs to start: the session, the current record and the themes to offer.</summary>
public sealed record OutcomeView(OutcomeSession Session, OutcomeRecord Record, IReadOnlyList<ThemeOption> Themes);

/// <summary>
/// Someone taking part in a session. <see cref="Needs"/> is filled only for organisers: access needs are
/// sensitive and a facilitator does not see them. <see cref="CameAtUtc"/>: checked in at the session's own door;
/// <see cref="AdmittedToSession"/>: let in there though not registered for it.
/// </summary>
public sealed record Participant(string Name, string? Organisation, Sector? Sector, ParticipantNeeds? Needs,
    DateTime? CameAtUtc = null, bool AdmittedToSession = false);

/// <summary>What a participant needs to take part (organisers only).</summary>
public sealed record ParticipantNeeds(AccessNeeds Access, string? InterpretationLanguage, string? Other);

/// <summary>
/// A session in a facilitator's list, with where its outcome stands (null: nothing recorded yet) and how many take part
/// (<see cref="ParticipantCount"/>).
/// </summary>
public sealed record MySession(
    int SessionId,
    string Title,
    SessionKind Kind,
    int EventId,
    string EventTitle,
    DateTime StartUtc,
    DateTime EndUtc,
    string TimeZoneId,
    string? RoomName,
    OutcomeStatus? OutcomeStatus,
    ParticipantCount Count)
{
    /// <summary>How many its list of participants names.</summary>
    public int Participants => Count.Participants;
}

/// <summary>A facilitator's sessions: those still to come (soonest first) and those that ended (latest first).</summary>
public sealed record MySessions(IReadOnlyList<MySession> Upcoming, IReadOnlyList<MySession> Past);
