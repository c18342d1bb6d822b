using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;

namespace EventHub.Core.Engagement;

/// <summary>
/// The feedback survey sent to one person who attended an event (checked in or walked in): one per invitation, ever,
/// so the survey email goes once. Its personal link <c>/feedback/{token}</c> is a secret like the RSVP link: only the
/// token's SHA-256 is stored; the link opens this request's one answer and nothing else.
/// </summary>
public class FeedbackRequest
{
    public const string PathPrefix = "/feedback";

    private FeedbackRequest()
    {
    }

    internal FeedbackRequest(Invitation invitation, string tokenHash, DateTime sentAtUtc)
    {
        EventId = invitation.EventId;
        InvitationId = invitation.Id;
        TokenHash = tokenHash;
        SentAtUtc = sentAtUtc;
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public Event Event { get; private set; } = null!;
    public int InvitationId { get; private set; }
    public Invitation Invitation { get; private set; } = null!;

    /// <summary>SHA-256 (hex) of the survey link's token.</summary>
    public string TokenHash { get; private set; } = "";

    public DateTime SentAtUtc { get; private set; }

    /// <summary>The one answer this link gives; null until the person answers.</summary>
    public FeedbackAnswer? Answer { get; private set; }

    /// <summary>
    /// The link stops working (the person was erased): the stored hash becomes a value no token hashes to (a hash is 64
    /// hex digits), still unique as the index asks. The request stays, so the job never sends this person a survey again.
    /// </summary>
    internal void RevokeLink() => TokenHash = $"revoked:{Id}";
}

public static class FeedbackLinks
{
    /// <summary>The personal survey link <c>/feedback/{token}</c>.</summary>
    public static string Feedback(this SiteLinks links, string token) => new Uri(links.Root, $"feedback/{token}").ToString();
}
