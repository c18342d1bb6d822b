namespace EventHub.Core.Engagement;

/// <summary>
/// Says an event's <see cref="ParticipationTally"/> rows are up to date. A change to one of the event's invitations, to
/// the organisation of one of its guests or to such an organisation's sector deletes the stamp in the same transaction
/// (database triggers), so a stamp that exists is never stale.
/// </summary>
public class ParticipationTallyStamp
{
    private ParticipationTallyStamp()
    {
    }

    internal ParticipationTallyStamp(int eventId, DateTime countedAtUtc)
    {
        EventId = eventId;
        CountedAtUtc = countedAtUtc;
    }

    public int EventId { get; private set; }
    public DateTime CountedAtUtc { get; private set; }
}
