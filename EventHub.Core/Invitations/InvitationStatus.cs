namespace EventHub.Core.Invitations;

/// <summary>
/// Where an invitation stands. Listed (on the invite list, not sent yet) → Invited → Accepted / Tentative / Declined;
/// an acceptance for a full event becomes Waitlisted until a seat frees. Cancelled by the organiser;
/// Substituted when the invitee sent a colleague instead.
/// </summary>
public enum InvitationStatus
{
    Listed,
    Invited,
    Accepted,
    Tentative,
    Declined,
    Waitlisted,
    Cancelled,
    Substituted,
}

/// <summary>Why someone declined, so organisers learn what to change.</summary>
public enum DeclineReason
{
    Date,
    NotRelevant,
    NoCapacity,
    Other,
}

/// <summary>What a person needs to take part. Stored as flags; sensitive, visible to organisers only.</summary>
[Flags]
public enum AccessNeeds
{
    None = 0,
    StepFreeAccess = 1,
    SignLanguageInterpreter = 2,
    HearingLoop = 4,
    QuietRoom = 8,
    Childcare = 16,
    Interpretation = 32,
    Other = 64,
}

/// <summary>A session picked by an accepted invitee: registered, or waiting for a place.</summary>
public enum SessionChoiceStatus
{
    Registered,
    Waitlisted,
}
