using EventHub.Core.Common;
using EventHub.Core.Directory;

namespace EventHub.Core.Invitations;

/// <summary>Whom a partner named through their personal link: a colleague to go instead of them, or a delegate.</summary>
public enum NominationKind
{
    Colleague,
    Delegate,
}

/// <summary>The partner who named the reader of an invitation, and as what: their email says so, as they may not know why it came.</summary>
public sealed record Nominator(string FullName, NominationKind Kind, string? OrganisationName);

/// <summary>
/// What became of a nomination: sent at once (an address at one of the organisation's own email domains), waiting for an
/// organiser (any other address), then approved (and sent) or refused (nothing was ever sent).
/// </summary>
public enum NominationStatus
{
    Sent,
    AwaitingApproval,
    Approved,
    Refused,
}

/// <summary>
/// Someone a partner named through their personal link, exactly as they typed it. It keeps the typed name and address
/// (so the partner's page never shows the directory's data about an address back), counts towards the nominations a
/// link may make in a day, and holds a nomination at an outside address until an organiser approves or refuses it.
/// </summary>
public class Nomination
{
    private Nomination()
    {
    }

    internal Nomination(Invitation by, NominationKind kind, ContactInput person, bool atOwnDomain, DateTime nowUtc)
    {
        InvitationId = by.Id;
        Invitation = by;
        EventId = by.EventId;
        Kind = kind;
        FirstName = person.FirstName.Trim();
        LastName = person.LastName.Trim();
        Email = person.Email.Trim();
        Language = person.PreferredLanguage;
        Status = atOwnDomain ? NominationStatus.Sent : NominationStatus.AwaitingApproval;
        CreatedAtUtc = nowUtc;
    }

    public int Id { get; private set; }

    /// <summary>The invitation whose link named this person.</summary>
    public int InvitationId { get; private set; }
    public Invitation Invitation { get; private set; } = default!;
    public int EventId { get; private set; }
    public NominationKind Kind { get; private set; }
    public string FirstName { get; private set; } = "";
    public string LastName { get; private set; } = "";
    public string Email { get; private set; } = "";
    public Language Language { get; private set; }
    public NominationStatus Status { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? DecidedAtUtc { get; private set; }
    /// <summary>The organiser who decided, by name then; null when the partner who named the delegate withdrew them (through their own link).</summary>
    public string? DecidedBy { get; private set; }

    /// <summary>The organiser's account (<see cref="DecidedBy"/> its name then); null for the partner's link, and for a decision from before it was kept.</summary>
    public string? DecidedByUserId { get; private set; }

    /// <summary>The invitation the nominee got, once sent.</summary>
    public int? NomineeInvitationId { get; private set; }
    public Invitation? NomineeInvitation { get; private set; }

    public string FullName => $"{FirstName} {LastName}";

    /// <summary>What the partner typed for the person, for erasing it from text: the names, and the address.</summary>
    internal PersonalValues TypedValues => new([FullName, FirstName, LastName], [Email]);

    /// <summary>Counts against the link's seats and daily limit: everything but a refused nomination.</summary>
    public bool IsLive => Status != NominationStatus.Refused;

    public ContactInput AsContact() => new(FirstName, LastName, Email, Language);

    /// <summary>The named person was erased: the nomination keeps its kind, status and dates, not who was typed in.</summary>
    internal void ForgetPerson(string firstName, string lastName, string email)
    {
        (FirstName, LastName, Email) = (firstName, lastName, email);
    }

    internal void Invited(Invitation nominee) => NomineeInvitation = nominee;

    /// <summary>
    /// The partner who named this delegate sent a colleague, who holds the organisation's seats now: the nomination
    /// counts against their seats, and they hear the organiser's decision (the old link no longer works).
    /// </summary>
    internal void HandOverTo(Invitation seatHolder)
    {
        InvitationId = seatHolder.Id;
        Invitation = seatHolder;
    }

    internal void Approve(Invitation nominee, TeamMember by, DateTime nowUtc)
    {
        Status = NominationStatus.Approved;
        NomineeInvitation = nominee;
        (DecidedBy, DecidedByUserId, DecidedAtUtc) = (by.DisplayName, by.AccountId, nowUtc);
    }

    /// <summary>
    /// Refused by an organiser, or (<paramref name="by"/> null) withdrawn by the partner who named the delegate: their
    /// link is the nomination's invitation, so the record keeps no copy of their name to outlive an erasure of them.
    /// </summary>
    internal void Refuse(TeamMember? by, DateTime nowUtc)
    {
        Status = NominationStatus.Refused;
        (DecidedBy, DecidedByUserId, DecidedAtUtc) = (by?.DisplayName, by?.AccountId, nowUtc);
    }

    /// <summary>The partner who withdrew the delegate was erased: a decision from before the record stopped copying their name forgets it.</summary>
    internal void ForgetDecider() => DecidedBy = null;
}
