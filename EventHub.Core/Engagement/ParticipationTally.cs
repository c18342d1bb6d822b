using EventHub.Core.Directory;

namespace EventHub.Core.Engagement;

/// <summary>
/// One event's counted invitations of one sector and sub-sector (no organisation: both empty), kept so the alliance
/// dashboard over years reads a few rows per event instead of every invitation with its contact and organisation.
/// <see cref="ParticipationTallies"/> counts an event again whenever its <see cref="ParticipationTallyStamp"/> is gone,
/// which database triggers see to on every change that could alter the counts (migration <c>KeepParticipationTallies</c>).
/// </summary>
public class ParticipationTally
{
    private ParticipationTally()
    {
    }

    internal ParticipationTally(int eventId, Sector? sector, SubSector? subSector, int invited, int accepted, int attended, int walkIns)
    {
        EventId = eventId;
        Sector = sector;
        SubSector = subSector;
        Invited = invited;
        Accepted = accepted;
        Attended = attended;
        WalkIns = walkIns;
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public Sector? Sector { get; private set; }
    public SubSector? SubSector { get; private set; }

    /// <summary>Invitations sent (walk-ins were never invited).</summary>
    public int Invited { get; private set; }

    /// <summary>Invited people who accepted (walk-ins not included).</summary>
    public int Accepted { get; private set; }

    /// <summary>People checked in, walk-ins included.</summary>
    public int Attended { get; private set; }

    public int WalkIns { get; private set; }
}
