using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Outbox;

namespace EventHub.Core.Invitations;

/// <summary>Why someone the filter found was not sent a message to guests.</summary>
public enum GuestMessageLeftOut
{
    /// <summary>On the invite list, but never sent an invitation: a message would be the first they hear of the event.</summary>
    NotInvitedYet,

    /// <summary>The organisers withdrew the invitation.</summary>
    Withdrawn,

    /// <summary>They sent a colleague instead.</summary>
    PassedOn,

    /// <summary>Their contact data was erased.</summary>
    Erased,

    /// <summary>They asked not to be contacted (the "stop inviting me" link).</summary>
    DoNotContact,

    /// <summary>A walk-in who gave no email address at the door: there is nowhere to send it.</summary>
    NoEmail,
}

/// <summary>
/// An update an organiser sent to the guests a filter of the guest list found ("everyone coming": parking, a room
/// change, slides), kept on the event with whom it went to and whom it left out. The texts are Markdown; a language
/// left empty is filled by the other (<see cref="GuestMessageDraft.For"/>).
/// </summary>
public class GuestMessage
{
    private readonly List<GuestMessageRecipient> _recipients = [];

    private GuestMessage()
    {
    }

    internal GuestMessage(int eventId, GuestMessageDraft draft, string idempotencyKey, TeamMember sender, DateTime nowUtc)
    {
        EventId = eventId;
        IdempotencyKey = idempotencyKey;
        SenderId = sender.UserId;
        SenderName = sender.DisplayName;
        SentAtUtc = nowUtc;
        SubjectEn = GuestMessageDraft.Clean(draft.SubjectEn);
        TextEn = GuestMessageDraft.Clean(draft.TextEn);
        SubjectNl = GuestMessageDraft.Clean(draft.SubjectNl);
        TextNl = GuestMessageDraft.Clean(draft.TextNl);
        var filter = draft.Filter;
        FilterStatus = filter.Status;
        FilterSector = filter.Sector;
        FilterOrganisationId = filter.OrganisationId;
        FilterSessionId = filter.SessionId;
        FilterHasAccessNeeds = filter.HasAccessNeeds;
        FilterCheckedIn = filter.CheckedIn;
        FilterSearch = string.IsNullOrWhiteSpace(filter.Search) ? null : filter.Search.Trim();
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }

    /// <summary>Made by the dialog when it opens: a second submit of the same dialog finds this message and sends nothing.</summary>
    public string IdempotencyKey { get; private set; } = "";

    public DateTime SentAtUtc { get; private set; }
    public string SenderId { get; private set; } = "";
    public string SenderName { get; private set; } = "";
    public string? SubjectEn { get; private set; }
    public string? TextEn { get; private set; }
    public string? SubjectNl { get; private set; }
    public string? TextNl { get; private set; }

    public InvitationStatus? FilterStatus { get; private set; }
    public Sector? FilterSector { get; private set; }
    public int? FilterOrganisationId { get; private set; }
    public int? FilterSessionId { get; private set; }
    public bool? FilterHasAccessNeeds { get; private set; }
    public bool? FilterCheckedIn { get; private set; }
    public string? FilterSearch { get; private set; }

    /// <summary>How many were sent the message, and how many the filter found but left out.</summary>
    public int RecipientCount { get; private set; }
    public int LeftOutCount { get; private set; }

    public IReadOnlyList<GuestMessageRecipient> Recipients => _recipients;

    /// <summary>The guest-list filter the message went to, as the guest list reads it.</summary>
    public GuestQuery Filter => new(FilterStatus, FilterSector, FilterOrganisationId, FilterSessionId, FilterHasAccessNeeds, FilterSearch, CheckedIn: FilterCheckedIn);

    internal void SendTo(Invitation invitation, Language language, OutboxMessage email)
    {
        _recipients.Add(new GuestMessageRecipient(invitation, language, email, null));
        RecipientCount++;
    }

    internal void LeaveOut(Invitation invitation, GuestMessageLeftOut reason)
    {
        _recipients.Add(new GuestMessageRecipient(invitation, null, null, reason));
        LeftOutCount++;
    }
}

/// <summary>
/// One person the message's filter found: sent the email in the outbox (its row says whether it was delivered), or left
/// out with the reason. Name and address are read from the invitation's contact, so erasing a person erases them here too.
/// </summary>
public class GuestMessageRecipient
{
    private GuestMessageRecipient()
    {
    }

    internal GuestMessageRecipient(Invitation invitation, Language? language, OutboxMessage? email, GuestMessageLeftOut? leftOut)
    {
        Invitation = invitation;
        InvitationId = invitation.Id;
        Language = language;
        OutboxMessage = email;
        LeftOut = leftOut;
    }

    public int Id { get; private set; }
    public int GuestMessageId { get; private set; }
    public int InvitationId { get; private set; }
    public Invitation Invitation { get; private set; } = default!;

    /// <summary>The language the email was written in for them; null when left out.</summary>
    public Language? Language { get; private set; }

    public int? OutboxMessageId { get; private set; }
    public OutboxMessage? OutboxMessage { get; private set; }
    public GuestMessageLeftOut? LeftOut { get; private set; }
}
