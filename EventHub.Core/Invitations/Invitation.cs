using System.Linq.Expressions;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Events;

namespace EventHub.Core.Invitations;

/// <summary>
/// One contact invited to one event, with a personal link whose token is stored only as a hash.
/// The answer, session choices and access needs hang off it. Capacity is not decided here but in
/// <see cref="RsvpService"/>, inside one database transaction.
/// </summary>
public class Invitation
{
    public const int NoteMaxLength = 1000;

    /// <summary>
    /// The longest language for interpretation (a language's name, not a note): the column's length, what an answer may
    /// give (<see cref="RsvpService"/> refuses more) and what the form's field takes.
    /// </summary>
    public const int InterpretationLanguageMaxLength = 100;

    private readonly List<SessionChoice> _choices = [];

    private Invitation()
    {
    }

    /// <param name="comesFor">The organisation the guest comes for, when not the one they belong to now (a delegate named for the organisation invited).</param>
    public Invitation(Event @event, Contact contact, DateTime nowUtc, Organisation? comesFor = null)
    {
        Event = @event;
        EventId = @event.Id;
        Contact = contact;
        ContactId = contact.Id;
        if (comesFor is null)
        {
            FollowContact();
        }
        else
        {
            Organisation = comesFor;
            OrganisationId = comesFor.Id;
        }

        Language = contact.PreferredLanguage;
        CreatedAtUtc = nowUtc;
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public Event Event { get; private set; } = null!;
    public int ContactId { get; private set; }
    public Contact Contact { get; private set; } = null!;

    /// <summary>
    /// The organisation the guest comes for (none for an independent resident): what every report about the event's
    /// guests counts, so a meeting's sector mix stays as it was in the room when someone later changes jobs. While the
    /// event has not ended it follows the person (<see cref="InvitationsFollowContacts"/>); after that it is history.
    /// </summary>
    public int? OrganisationId { get; private set; }

    public Organisation? Organisation { get; private set; }

    /// <summary>The invitation this one replaces when a colleague was sent instead.</summary>
    public int? SubstituteForId { get; private set; }

    /// <summary>
    /// For an organisation invitation: how many delegates the organisation may nominate through this
    /// (its primary contact's) link. Zero for a personal invitation.
    /// </summary>
    public int DelegateSeats { get; private set; }

    /// <summary>The organisation invitation through which this delegate was nominated.</summary>
    public int? NominatedThroughId { get; private set; }

    /// <summary>
    /// Withdrawn by the organisation's contact who named them (not by an organiser): that contact may name them again.
    /// </summary>
    public bool WithdrawnByNominator { get; private set; }

    /// <summary>Short code shown as a QR code in the confirmation, scanned at the door; set when first sent.</summary>
    public string? CheckInCode { get; private set; }

    /// <summary>When the person was checked in at the event; null until they arrive.</summary>
    public DateTime? CheckedInAtUtc { get; private set; }

    /// <summary>The account that checked the person in, and its name as shown then ("at 13:05, by Daan").</summary>
    public string? CheckedInByUserId { get; private set; }

    public string? CheckedInByName { get; private set; }

    /// <summary>Let in at the door though not on the list (waitlisted, declined, no answer): counted apart from those expected.</summary>
    public bool AdmittedAtDoor { get; private set; }

    /// <summary>Registered at the door without an invitation (a walk-in); counted apart from those expected.</summary>
    public bool IsWalkIn { get; private set; }

    /// <summary>The door's own id for the check-in (a desk's queued operation), so sending it again changes nothing.</summary>
    public Guid? CheckInOperationId { get; private set; }

    public InvitationStatus Status { get; private set; } = InvitationStatus.Listed;
    public Language Language { get; private set; }

    /// <summary>SHA-256 (hex) of the personal link's token; null until sent.</summary>
    public string? TokenHash { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>
    /// When the invitation was first sent: the "invited" of the person's timeline and data export. A new link later — a
    /// reminder, the invitation sent again, one the partner asked for — does not move it; which email went when is in the
    /// outbox (<see cref="ReminderService"/> reads it there).
    /// </summary>
    public DateTime? SentAtUtc { get; private set; }
    public DateTime? AnsweredAtUtc { get; private set; }

    /// <summary>When the acceptance was put on the waitlist.</summary>
    public DateTime? WaitlistedAtUtc { get; private set; }

    /// <summary>Place in the queue for a seat, numbered per event in the order answers were written (1, 2, 3…).</summary>
    public long? WaitlistNumber { get; private set; }

    public DeclineReason? DeclineReason { get; private set; }
    public string? DeclineNote { get; private set; }
    public AccessNeeds AccessNeeds { get; private set; }
    public string? InterpretationLanguage { get; private set; }
    public string? OtherNeeds { get; private set; }
    public string? DietaryNeeds { get; private set; }
    public string? PrivacyNoticeVersion { get; private set; }
    public DateTime? PrivacyAcceptedAtUtc { get; private set; }
    public IReadOnlyList<SessionChoice> Choices => _choices;

    /// <summary>
    /// Personal calendars sent for this invitation (requests and cancellations). Added to the event's
    /// <see cref="Event.CalendarSequence"/>, it makes each calendar sent to this person newer than the one before, so a
    /// cancellation replaces the meeting and a later acceptance brings it back.
    /// </summary>
    public int CalendarsSent { get; private set; }

    /// <summary>Counts a personal calendar about to be sent and returns its SEQUENCE.</summary>
    internal int NextCalendarSequence(Event @event) => @event.CalendarSequence + ++CalendarsSent;

    /// <summary>Whether this invitation holds one of the event's seats.</summary>
    public bool HoldsSeat => Status == InvitationStatus.Accepted;

    public bool IsOrganisationInvitation => DelegateSeats > 0;

    public bool Attended => CheckedInAtUtc is not null;

    public bool IsOpen => IsOpenStatus(Status);

    /// <summary>Whether an invitation in <paramref name="status"/> still opens its link and can be answered; for reads that load only the status.</summary>
    public static bool IsOpenStatus(InvitationStatus status) =>
        status is not (InvitationStatus.Cancelled or InvitationStatus.Substituted or InvitationStatus.Listed);

    /// <summary>The guest comes for the organisation they belong to now (invited, or moved before the event ended).</summary>
    internal void FollowContact()
    {
        Organisation = Contact.Organisation;
        // The contact's organisation may not be loaded; its key says the same.
        OrganisationId = Contact.Organisation?.Id ?? Contact.OrganisationId;
    }

    /// <summary>
    /// Sends the invitation with a new link, or gives it a new one (a reminder, sent again, asked for): the old link stops
    /// working. <see cref="SentAtUtc"/> keeps the first time it was sent.
    /// </summary>
    public void Issue(string tokenHash, DateTime nowUtc)
    {
        if (Status is InvitationStatus.Cancelled or InvitationStatus.Substituted)
        {
            throw new InvalidOperationException($"A {Status} invitation cannot be sent.");
        }

        TokenHash = tokenHash;
        SentAtUtc ??= nowUtc;
        AssignCheckInCode();
        if (Status == InvitationStatus.Listed)
        {
            Status = InvitationStatus.Invited;
        }
    }

    /// <summary>
    /// Sends a new personal link (<see cref="Issue"/>) and returns its token for the email that carries it. The link
    /// before it stops working, so that email says to use this newest one.
    /// </summary>
    public string IssueNewLink(DateTime nowUtc)
    {
        var token = PersonalLinkTokens.NewToken();
        Issue(PersonalLinkTokens.Hash(token), nowUtc);
        return token;
    }

    /// <summary>Records an answer; whether an acceptance gets a seat was decided by the caller in the database.</summary>
    internal void Answer(InvitationStatus answer, DateTime nowUtc, long? waitlistNumber = null)
    {
        if (answer is not (InvitationStatus.Accepted or InvitationStatus.Tentative or InvitationStatus.Declined or InvitationStatus.Waitlisted))
        {
            throw new ArgumentOutOfRangeException(nameof(answer), answer, "Not an answer.");
        }

        if (!IsOpen)
        {
            throw new InvalidOperationException($"A {Status} invitation cannot be answered.");
        }

        if (answer == InvitationStatus.Waitlisted && WaitlistNumber is null && waitlistNumber is null)
        {
            throw new ArgumentNullException(nameof(waitlistNumber), "A new waitlist place needs its number.");
        }

        WaitlistedAtUtc = answer == InvitationStatus.Waitlisted ? WaitlistedAtUtc ?? nowUtc : null;
        WaitlistNumber = answer == InvitationStatus.Waitlisted ? WaitlistNumber ?? waitlistNumber : null;
        Status = answer;
        AnsweredAtUtc = nowUtc;
        if (answer != InvitationStatus.Declined)
        {
            DeclineReason = null;
            DeclineNote = null;
        }
        else
        {
            ForgetNeeds();
        }
    }

    internal void Promote(DateTime nowUtc)
    {
        if (Status != InvitationStatus.Waitlisted)
        {
            throw new InvalidOperationException("Only a waitlisted invitee can be given a seat.");
        }

        Status = InvitationStatus.Accepted;
        WaitlistedAtUtc = null;
        WaitlistNumber = null;
        AnsweredAtUtc ??= nowUtc;
    }

    public void Explain(DeclineReason? reason, string? note)
    {
        DeclineReason = reason;
        DeclineNote = Clean(note);
    }

    /// <summary>Records what the guest needs to take part; someone who is not coming keeps none (they are sensitive data).</summary>
    public void StateNeeds(AccessNeeds needs, string? interpretationLanguage, string? otherNeeds, string? dietaryNeeds)
    {
        if (Status == InvitationStatus.Declined)
        {
            ForgetNeeds();
            return;
        }

        AccessNeeds = needs;
        InterpretationLanguage = needs.HasFlag(AccessNeeds.Interpretation) ? Clean(interpretationLanguage, InterpretationLanguageMaxLength) : null;
        OtherNeeds = needs.HasFlag(AccessNeeds.Other) ? Clean(otherNeeds) : null;
        DietaryNeeds = Clean(dietaryNeeds);
    }

    /// <summary>Invitations that still hold something the retention period deletes (needs, a decline note); for queries.</summary>
    public static readonly Expression<Func<Invitation, bool>> HoldingNeedsOrNotes = i =>
        i.AccessNeeds != AccessNeeds.None || i.InterpretationLanguage != null || i.OtherNeeds != null || i.DietaryNeeds != null || i.DeclineNote != null;

    /// <summary>Deletes the access and dietary needs and the decline note (kept: the answer and its reason, for the reports).</summary>
    internal void DeleteNeedsAndNotes()
    {
        ForgetNeeds();
        DeclineNote = null;
    }

    /// <summary>The personal link stops working (the person was anonymised); needs and notes go with it.</summary>
    internal void RevokeLink()
    {
        TokenHash = null;
        DeleteNeedsAndNotes();
    }

    private void ForgetNeeds()
    {
        AccessNeeds = AccessNeeds.None;
        InterpretationLanguage = null;
        OtherNeeds = null;
        DietaryNeeds = null;
    }

    public void AcceptPrivacyNotice(string version, DateTime nowUtc)
    {
        PrivacyNoticeVersion = version;
        PrivacyAcceptedAtUtc = nowUtc;
    }

    /// <summary>Makes this an organisation invitation whose primary contact may nominate up to <paramref name="seats"/> delegates.</summary>
    public void OfferDelegateSeats(int seats)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(seats);
        DelegateSeats = seats;
    }

    internal void NominatedThrough(int organisationInvitationId) => NominatedThroughId = organisationInvitationId;

    /// <summary>Gives the guest a check-in code if they have none yet; a code once given never changes (it is on their confirmation and badge).</summary>
    internal void AssignCheckInCode() => CheckInCode ??= CheckInCodes.New();

    /// <summary>
    /// The one group a checked-in person counts in: a walk-in, expected (accepted), or admitted at the door (anyone
    /// else invited). The door's counts and every report use this, so they add up the same way.
    /// </summary>
    public static ArrivalKind ArrivalOf(InvitationStatus status, bool isWalkIn) =>
        isWalkIn ? ArrivalKind.WalkIn : status == InvitationStatus.Accepted ? ArrivalKind.Expected : ArrivalKind.Admitted;

    /// <summary>For seeding and tests: checked in with nobody at the desk recorded.</summary>
    internal void CheckIn(DateTime nowUtc) => CheckedInAtUtc ??= nowUtc;

    /// <summary>Makes this a walk-in's invitation: accepted at the door.</summary>
    internal void RegisterWalkIn(DateTime nowUtc)
    {
        IsWalkIn = true;
        Status = InvitationStatus.Accepted;
        AnsweredAtUtc = nowUtc;
        AssignCheckInCode();
    }

    internal void UndoCheckIn()
    {
        CheckedInAtUtc = null;
        CheckedInByUserId = null;
        CheckedInByName = null;
        AdmittedAtDoor = false;
        CheckInOperationId = null;
        if (IsWalkIn)
        {
            Status = InvitationStatus.Cancelled; // the registration was the mistake; the directory keeps the person
        }
    }

    /// <summary>Withdraws the invitation: by an organiser, or by the organisation's contact who named them as a delegate.</summary>
    internal void Cancel(bool byNominator = false)
    {
        Status = InvitationStatus.Cancelled;
        WithdrawnByNominator = byNominator;
    }

    /// <summary>
    /// Whether a withdrawn invitation can be sent again (a cancel by mistake, or a person who can come after all): not a
    /// walk-in's registration taken back at the door, nor a duplicate left with a record merged into another, nor that of
    /// an erased person (erasure withdrew it; there is no one to write to).
    /// </summary>
    public bool MayBeInvitedAgain => Status == InvitationStatus.Cancelled && !IsWalkIn && Contact.MergedIntoId == null && Contact.AnonymisedAtUtc == null;

    /// <summary>
    /// Sends a withdrawn invitation again with a new link, as a new one: no answer, no waiting-list place, no needs (the
    /// seat and session places it held went to others when it was withdrawn). Its check-in code stays.
    /// </summary>
    internal void InviteAgain(string tokenHash, DateTime nowUtc)
    {
        if (!MayBeInvitedAgain)
        {
            throw new InvalidOperationException($"A {Status} invitation cannot be sent again.");
        }

        Status = InvitationStatus.Listed;
        WithdrawnByNominator = false;
        AnsweredAtUtc = null;
        WaitlistedAtUtc = null;
        WaitlistNumber = null;
        DeclineReason = null;
        DeclineNote = null;
        ForgetNeeds();
        Issue(tokenHash, nowUtc);
    }

    /// <summary>The colleague goes instead; an organisation invitation's delegate seats go with them, who names the delegates from now on.</summary>
    internal void ReplaceBy(Invitation substitute)
    {
        Status = InvitationStatus.Substituted;
        substitute.SubstituteForId = Id;
        substitute.DelegateSeats = DelegateSeats;
        DelegateSeats = 0;
    }

    internal SessionChoice Choose(Session session, SessionChoiceStatus status, DateTime nowUtc)
    {
        var choice = new SessionChoice(this, session, status, nowUtc);
        _choices.Add(choice);
        return choice;
    }

    internal void Drop(SessionChoice choice) => _choices.Remove(choice);

    private static string? Clean(string? value, int maxLength = NoteMaxLength)
    {
        var text = TextNormalizer.MultiLine(value);
        return text is null ? null : text.Length > maxLength ? text[..maxLength] : text;
    }
}
