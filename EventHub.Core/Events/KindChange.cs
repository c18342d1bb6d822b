namespace EventHub.Core.Events;

/// <summary>
/// Who is in a session now (<see cref="IEventChangeHandler.HoldersAsync"/>): <paramref name="Registered"/> with a place,
/// <paramref name="Waiting"/> on its waiting list — both of those coming — and <paramref name="Coming"/>, everyone with a
/// seat at its event (all of whom a plenary holds).
/// </summary>
public sealed record SessionHolders(int Registered, int Waiting, int Coming);

/// <summary>
/// A session turning into a plenary or out of one (the kind in the session dialog), and what that does to the people in
/// it: a workshop that becomes a plenary lets go of its registrations and waiting places (everyone coming is in it); a
/// plenary that becomes a workshop holds nobody until partners pick it. <paramref name="GuestsTold"/>: the event is
/// published, so everyone coming is emailed the change with their calendar (their own programme gains or loses it).
/// </summary>
public sealed record KindChange(bool BecomesForEveryone, SessionHolders Holders, bool GuestsTold)
{
    /// <summary>Whether saving would drop anyone's place or take the session out of anyone's programme: worth a question first.</summary>
    public bool TouchesPeople => BecomesForEveryone
        ? Holders.Registered + Holders.Waiting > 0
        : Holders.Coming > 0;

    /// <summary>Whether going from <paramref name="from"/> to <paramref name="to"/> turns the session into a plenary or out of one.</summary>
    public static bool Flips(SessionKind from, SessionKind to) => Session.IsForEveryoneKind(from) != Session.IsForEveryoneKind(to);
}
