namespace EventHub.Core.Events;

/// <summary>
/// The event as one person's meeting (iTIP, RFC 5546): their answer, the revision it is, and the texts written for them.
/// </summary>
/// <param name="ParticipationStatus">RFC 5545 PARTSTAT: ACCEPTED, TENTATIVE, DECLINED or NEEDS-ACTION.</param>
/// <param name="Sequence">Higher than any calendar this person got for the event before.</param>
/// <param name="Description">The whole description, already in the person's language.</param>
/// <param name="OrganizerEmail">Where replies go; null names no organiser.</param>
/// <param name="IncludeOnlineLink">The online link goes to those coming only.</param>
/// <param name="Cancelled">A cancellation (METHOD:CANCEL, STATUS:CANCELLED) instead of a request.</param>
public sealed record CalendarMeeting(
    string AttendeeEmail,
    string? AttendeeName,
    string ParticipationStatus,
    int Sequence,
    string? Description,
    string? OrganizerEmail,
    string? OrganizerName,
    bool IncludeOnlineLink,
    bool Cancelled);
