using EventHub.Core.Events;

namespace EventHub.Core.Invitations;

/// <summary>A session an invitee picked: registered while the session has room, else waiting in order.</summary>
public class SessionChoice
{
    private SessionChoice()
    {
    }

    internal SessionChoice(Invitation invitation, Session session, SessionChoiceStatus status, DateTime nowUtc)
    {
        Invitation = invitation;
        Session = session;
        SessionId = session.Id;
        Status = status;
        ChosenAtUtc = nowUtc;
    }

    public int Id { get; private set; }
    public int InvitationId { get; private set; }
    public Invitation Invitation { get; private set; } = null!;
    public int SessionId { get; private set; }
    public Session Session { get; private set; } = null!;
    public SessionChoiceStatus Status { get; private set; }

    /// <summary>When the choice was made: the waitlist's order.</summary>
    public DateTime ChosenAtUtc { get; private set; }

    internal void Register() => Status = SessionChoiceStatus.Registered;
}
