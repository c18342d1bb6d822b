using EventHub.Core.Common;
using EventHub.Core.Events;

namespace EventHub.Core.Invitations;

/// <summary>What a partner submits on the RSVP page.</summary>
public sealed record RsvpAnswer(
    InvitationStatus Answer,
    IReadOnlyList<int>? SessionIds = null,
    AccessNeeds Needs = AccessNeeds.None,
    string? InterpretationLanguage = null,
    string? OtherNeeds = null,
    string? DietaryNeeds = null,
    bool PrivacyAccepted = false,
    DeclineReason? DeclineReason = null,
    string? DeclineNote = null,
    string? PrivacyNoticeVersion = null)
{
    public IReadOnlyList<int> Sessions => SessionIds ?? [];
}

/// <summary>The invitation a personal link belongs to, in any state (<see cref="RsvpService.LinkAsync"/>).</summary>
public sealed record RsvpLink(int InvitationId, InvitationStatus Status, Language Language)
{
    /// <summary>The language the page speaks; null for a replaced or closed link, which opens nothing.</summary>
    public Language? OpenLanguage => Invitation.IsOpenStatus(Status) ? Language : null;
}

/// <summary>Where the answer left the partner: a seat or a waitlist place, and per chosen session the same.</summary>
public sealed record RsvpOutcome(int EventId, InvitationStatus Status, int? WaitlistPosition, IReadOnlyDictionary<int, SessionChoiceStatus> Sessions);

/// <summary>Everything the RSVP page shows for one personal link.</summary>
public sealed record RsvpView(
    Invitation Invitation,
    Event Event,
    int? WaitlistPosition,
    IReadOnlyDictionary<int, bool> SessionIsFull,
    bool CanChange,
    PrivacyNotice Notice)
{
    /// <summary>For someone coming, their place in each waiting list of a chosen session (by session id; 1 is next).</summary>
    public IReadOnlyDictionary<int, int> SessionWaitlistPositions { get; init; } = new Dictionary<int, int>();

    /// <summary>The partner answered under an older notice: the page shows that it changed, and asks again.</summary>
    public bool NoticeChanged => Invitation.PrivacyNoticeVersion is { } version && version != Notice.Version;

    /// <summary>The partner has acknowledged the notice in force.</summary>
    public bool NoticeAcknowledged => Invitation.PrivacyNoticeVersion == Notice.Version;
}
