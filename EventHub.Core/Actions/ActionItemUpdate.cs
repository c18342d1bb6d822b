using EventHub.Core.Common;

namespace EventHub.Core.Actions;

/// <summary>One entry in an action item's history: a status change and/or a progress note, with where it came from.</summary>
public class ActionItemUpdate
{
    public const int NoteMaxLength = 2000;

    private ActionItemUpdate()
    {
    }

    internal ActionItemUpdate(ActionItemStatus status, string? note, ActionUpdateSource source, TeamMember? by, int? atEventId, DateTime nowUtc)
    {
        Status = status;
        Note = note;
        Source = source;
        (By, ByUserId) = (by?.DisplayName, by?.AccountId);
        AtEventId = atEventId;
        AtUtc = nowUtc;
    }

    public int Id { get; private set; }
    public int ActionItemId { get; private set; }
    public DateTime AtUtc { get; private set; }
    public ActionItemStatus Status { get; private set; }
    public string? Note { get; private set; }
    public ActionUpdateSource Source { get; private set; }

    /// <summary>Display name of the person in the app, or null for the owner's link (shown as "the owner").</summary>
    public string? By { get; private set; }

    /// <summary>The account of the person in the app (<see cref="By"/> its name then); null for the owner's link, and for an entry from before it was kept.</summary>
    public string? ByUserId { get; private set; }

    /// <summary>The event at which progress was reported back, when it was.</summary>
    public int? AtEventId { get; private set; }
}
