using EventHub.Core.Actions;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;

namespace EventHub.Core.Privacy;

/// <summary>
/// Everything EventHub holds about one contact, for an access request (GDPR art. 15). Written as JSON with these property
/// names in camelCase and enum values as their names: the names are a contract with whoever reads the file, so rename
/// nothing here. Instants are UTC.
/// </summary>
public sealed record ContactExport(
    DateTime ExportedAtUtc,
    ExportedContact Contact,
    IReadOnlyList<ExportedMembership> Memberships,
    IReadOnlyList<ExportedInvitation> Invitations,
    IReadOnlyList<ExportedActionItem> ActionItems,
    IReadOnlyList<ExportedNomination> Nominations,
    IReadOnlyList<ExportedEmail> Emails,
    IReadOnlyList<ExportedFeedback> Feedback);

/// <summary>The directory's record of the person.</summary>
public sealed record ExportedContact(
    int Id, string FirstName, string LastName, string Email, string? Phone, string? JobTitle, string? Organisation,
    Language PreferredLanguage, ContactSource Source, bool IsArchived, DateTime CreatedAtUtc, DateTime UpdatedAtUtc,
    DateTime? DoNotInviteSinceUtc, DateTime? AnonymisedAtUtc);

/// <summary>A period at an organisation; open-ended while it lasts.</summary>
public sealed record ExportedMembership(string Organisation, DateTime StartedAtUtc, DateTime? EndedAtUtc);

/// <summary>One event the person was invited to, with their answer, sessions, needs (while kept), check-in and delegates.</summary>
public sealed record ExportedInvitation(
    string Event, DateTime EventStartUtc, string EventTimeZone, InvitationStatus Status, DateTime? SentAtUtc, DateTime? AnsweredAtUtc,
    DeclineReason? DeclineReason, string? DeclineNote, ExportedNeeds? Needs, DateTime? CheckedInAtUtc,
    string? PrivacyNoticeVersion, DateTime? PrivacyAcceptedAtUtc, IReadOnlyList<ExportedSessionChoice> Sessions,
    IReadOnlyList<ExportedDelegate> Delegates);

/// <summary>Access and dietary needs as stated; null once deleted after the event (or when none were stated).</summary>
public sealed record ExportedNeeds(IReadOnlyList<AccessNeeds> Access, string? InterpretationLanguage, string? OtherNeeds, string? DietaryNeeds);

public sealed record ExportedSessionChoice(string Session, DateTime StartUtc, SessionChoiceStatus Status);

/// <summary>A delegate the person nominated through their organisation invitation.</summary>
public sealed record ExportedDelegate(string Name, InvitationStatus Status);

public sealed record ExportedActionItem(
    string What, string Event, string Session, string Organisation, DateOnly DueOn, ActionItemStatus Status, DateTime CreatedAtUtc);

/// <summary>Whether the person named someone through their link, or was named by someone.</summary>
public enum NominationRole
{
    MadeByContact,
    NamingContact,
}

/// <summary>A nomination (a colleague instead of someone, or a delegate), with the name and address as typed.</summary>
public sealed record ExportedNomination(
    NominationRole Role, NominationKind Kind, string Event, string FirstName, string LastName, string Email, NominationStatus Status,
    DateTime CreatedAtUtc);

/// <summary>An email EventHub wrote to the person; personal links in the subject masked, as the Outbox page shows them.</summary>
public sealed record ExportedEmail(string Subject, string Kind, OutboxStatus Status, DateTime CreatedAtUtc, DateTime? SentAtUtc);

/// <summary>The person's answer to an event's feedback survey: their ratings (1–5) and what they wrote.</summary>
public sealed record ExportedFeedback(
    string Event, DateTime AnsweredAtUtc, DateTime UpdatedAtUtc, int Heard, int Worthwhile, int RightMix, string? ShouldChange, string? NextStep);
