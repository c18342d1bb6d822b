using EventHub.Core.Data;

namespace EventHub.Core.Events;

/// <summary>
/// What people did with a session that deleting it from the programme would take with it (the database removes it
/// with the session, and no one is told): partners who chose it (registered or waiting), people let in at its door,
/// its outcome record (notes, insights, decisions, themes, the mix of participants) and its action items.
/// A session with none of these can be deleted; one with any is refused (<see cref="ProgrammeService.DeleteAsync"/>).
/// </summary>
public sealed record SessionUse(int Chosen = 0, int LetIn = 0, bool HasRecord = false, int ActionItemCount = 0)
{
    public static readonly SessionUse None = new();

    public bool Any => Chosen > 0 || LetIn > 0 || HasRecord || ActionItemCount > 0;

    public static SessionUse operator +(SessionUse a, SessionUse b) =>
        new(a.Chosen + b.Chosen, a.LetIn + b.LetIn, a.HasRecord || b.HasRecord, a.ActionItemCount + b.ActionItemCount);
}

/// <summary>
/// Each feature built on sessions says what it holds for one (choices, door check-ins, records, action items).
/// Declared here so that Events does not depend on the features that answer.
/// </summary>
public interface ISessionUseSource
{
    Task<SessionUse> OfAsync(EventHubDbContext db, int sessionId, CancellationToken ct);
}
