using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Events;

namespace EventHub.Core.Actions;

/// <summary>
/// A commitment made in a session: what, which organisation (and optionally which person) owns it, by when.
/// Its history (<see cref="Updates"/>) follows it across events. The owner can update it through a personal
/// link whose token is stored only as a hash, like an RSVP link; the link reaches this one item only.
/// </summary>
public class ActionItem
{
    public const int WhatMaxLength = 500;

    private readonly List<ActionItemUpdate> _updates = [];

    private ActionItem()
    {
    }

    public ActionItem(Session session, string what, Organisation owner, Contact? ownerContact, DateOnly dueOn, DateTime nowUtc)
    {
        Session = session;
        SessionId = session.Id;
        CreatedAtUtc = nowUtc;
        UpdatedAtUtc = nowUtc;
        Describe(what, owner, ownerContact, dueOn);
    }

    public int Id { get; private set; }
    public int SessionId { get; private set; }
    public Session Session { get; private set; } = null!;
    public string What { get; private set; } = "";

    /// <summary>What is to be done, folded for search: case and accents do not count.</summary>
    public string SearchWhat { get; private set; } = "";

    /// <summary>Sets <see cref="SearchWhat"/>; also for items kept from before it.</summary>
    internal void KeepSearchKey() => SearchWhat = TextNormalizer.ForUniqueness(What);
    public int OwnerOrganisationId { get; private set; }
    public Organisation OwnerOrganisation { get; private set; } = null!;
    public int? OwnerContactId { get; private set; }
    public Contact? OwnerContact { get; private set; }
    public DateOnly DueOn { get; private set; }
    public ActionItemStatus Status { get; private set; } = ActionItemStatus.Open;

    /// <summary>Raised by one on every change; the concurrency token.</summary>
    public int Version { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>SHA-256 (hex) of the owner's personal link token; null until a link was sent.</summary>
    public string? OwnerTokenHash { get; private set; }

    public IReadOnlyList<ActionItemUpdate> Updates => _updates;

    public bool IsOpen => Status is ActionItemStatus.Open or ActionItemStatus.InProgress;

    public bool IsOverdue(DateOnly today) => IsOpen && DueOn < today;

    internal void Describe(string what, Organisation owner, Contact? ownerContact, DateOnly dueOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(what);
        What = TextNormalizer.OneLine(what);
        KeepSearchKey();
        OwnerOrganisation = owner;
        OwnerOrganisationId = owner.Id;
        OwnerContact = ownerContact;
        OwnerContactId = ownerContact?.Id;
        DueOn = dueOn;
    }

    /// <summary>Records progress: a new status and/or a note, kept in the history.</summary>
    internal ActionItemUpdate Progress(ActionItemStatus status, string? note, ActionUpdateSource source, TeamMember? by, int? atEventId, DateTime nowUtc)
    {
        var update = new ActionItemUpdate(status, note, source, by, atEventId, nowUtc);
        _updates.Add(update);
        Status = status;
        return update;
    }

    internal void Stamp(DateTime nowUtc)
    {
        Version++;
        UpdatedAtUtc = nowUtc;
    }

    internal void IssueOwnerLink(string tokenHash) => OwnerTokenHash = tokenHash;

    /// <summary>The owner's link stops working (the item changed hands, or its owner contact was anonymised); a new owner gets a new one.</summary>
    internal void RevokeOwnerLink() => OwnerTokenHash = null;
}
