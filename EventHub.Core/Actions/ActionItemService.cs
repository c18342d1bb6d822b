using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Door;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Actions;

/// <summary>
/// The action items of one session, written on the capture screen: what, which organisation (and optionally which
/// of its people) owns it, by when, and where it stands. <see cref="ActionItem.Version"/> guards edits: a stale edit
/// is refused with the stored item. Every change of status is kept in the item's history.
/// Facilitators edit the items of the sessions they facilitate, organisers all. When an item changes hands, the owner's
/// link moves with it (<see cref="ActionOwnerLinks.AfterOwnerChange"/>).
/// </summary>
public sealed class ActionItemService(IDbContextFactory<EventHubDbContext> dbFactory, SiteLinks links, TimeProvider time)
{
    public async Task<Result<IReadOnlyList<ActionItemView>>> ListAsync(int sessionId, TeamMember editor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await ActionAccess.DenyAsync(db, sessionId, editor, ct) is { } denied)
        {
            return Result<IReadOnlyList<ActionItemView>>.Failure(denied);
        }

        var items = await db.ActionItems.AsNoTracking().Where(a => a.SessionId == sessionId)
            .Include(a => a.OwnerOrganisation).Include(a => a.OwnerContact)
            .OrderBy(a => a.Id)
            .ToListAsync(ct);
        return Result<IReadOnlyList<ActionItemView>>.Success(items.Select(View).ToList());
    }

    /// <summary>The live contacts of an organisation, for the owner-contact choice.</summary>
    public async Task<IReadOnlyList<OwnerContactOption>> ContactsOfAsync(int organisationId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Contacts.Where(c => c.OrganisationId == organisationId && !c.IsArchived && c.MergedIntoId == null)
            .OrderBy(c => c.SortName).ThenBy(c => c.Id)
            .Select(c => new OwnerContactOption(c.Id, c.FirstName + " " + c.LastName))
            .ToListAsync(ct);
    }

    /// <summary>
    /// Live people whose name holds the search, with their organisation, for the owner field: in the room someone says
    /// "Anna takes this on", not the name of her employer. Those who took part in <paramref name="sessionId"/>
    /// (<see cref="SessionParticipants"/>: a place in it, or let in at its door) come first: they are the ones in the
    /// room. Erased, merged and archived people are not offered.
    /// </summary>
    public async Task<IReadOnlyList<OwnerPick>> PeopleAsync(string? search, int? sessionId = null, CancellationToken ct = default)
    {
        var name = TextNormalizer.ForUniqueness(search ?? "");
        if (name.Length == 0)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // The session's people, read once (a room's worth), rather than asked again for every name that matches; by the
        // rule "My sessions" and the participant list follow (a plenary: everyone coming, and whoever the event's door
        // let in — a walk-in, a guest beside their "no").
        var inTheRoom = sessionId is { } session ? await SessionParticipants.ContactIdsAsync(db, session, ct) : [];
        return await db.Contacts
            .Where(c => c.SearchName.Contains(name) && !c.IsArchived && c.MergedIntoId == null && c.AnonymisedAtUtc == null
                && c.Organisation != null && !c.Organisation.IsArchived && c.Organisation.MergedIntoId == null)
            .OrderByDescending(c => EF.Parameter(inTheRoom).Contains(c.Id))
            .ThenBy(c => c.SortName).ThenBy(c => c.Id).Take(20)
            .Select(c => new OwnerPick(c.Organisation!.Id, c.Organisation.Name, c.Id, c.FirstName + " " + c.LastName))
            .ToListAsync(ct);
    }

    public async Task<Result<ActionItemView>> CreateAsync(int sessionId, ActionItemDraft draft, TeamMember editor, CancellationToken ct = default)
    {
        if (Problem(draft) is { } problem)
        {
            return Result<ActionItemView>.Failure(problem);
        }

        return await dbFactory.WriteAsync(async (db, token) =>
        {
            if (await ActionAccess.DenyAsync(db, sessionId, editor, token) is { } denied)
            {
                return Result<ActionItemView>.Failure(denied);
            }

            var (owner, contact, invalid) = await OwnerAsync(db, draft, keptContactId: null, token);
            if (invalid is not null)
            {
                return Result<ActionItemView>.Failure(invalid);
            }

            var now = time.GetUtcNow().UtcDateTime;
            var session = await db.Sessions.SingleAsync(s => s.Id == sessionId, token);
            var item = new ActionItem(session, draft.What, owner!, contact, draft.DueOn, now);
            if (draft.Status != item.Status)
            {
                item.Progress(draft.Status, null, ActionUpdateSource.Team, editor, null, now);
            }

            item.Stamp(now);
            db.ActionItems.Add(item);
            await db.SaveChangesAsync(token);
            return Result<ActionItemView>.Success(View(item));
        }, ct);
    }

    /// <summary>Changes an item on top of <paramref name="expectedVersion"/>; refused with the stored item when it changed meanwhile.</summary>
    public async Task<SaveResult<ActionItemView>> EditAsync(int actionItemId, ActionItemDraft draft, int expectedVersion, TeamMember editor, CancellationToken ct = default)
    {
        if (Problem(draft) is { } problem)
        {
            return SaveResult<ActionItemView>.Failure(problem);
        }

        try
        {
            return await dbFactory.WriteAsync(async (db, token) =>
            {
                var item = await db.ActionItems.Include(a => a.OwnerOrganisation).Include(a => a.OwnerContact)
                    .Include(a => a.Session).ThenInclude(s => s.Event)
                    .SingleOrDefaultAsync(a => a.Id == actionItemId, token);
                if (item is null)
                {
                    return SaveResult<ActionItemView>.Failure(ActionErrors.Gone);
                }

                if (await ActionAccess.DenyAsync(db, item.SessionId, editor, token) is { } denied)
                {
                    return SaveResult<ActionItemView>.Failure(denied);
                }

                if (item.Version != expectedVersion)
                {
                    return SaveResult<ActionItemView>.Conflict(ActionErrors.Conflict, View(item));
                }

                var (owner, contact, invalid) = await OwnerAsync(db, draft, keptContactId: item.OwnerContactId, token);
                if (invalid is not null)
                {
                    return SaveResult<ActionItemView>.Failure(invalid);
                }

                var now = time.GetUtcNow().UtcDateTime;
                var (ownerBefore, contactBefore) = (item.OwnerOrganisationId, item.OwnerContactId);
                item.Describe(draft.What, owner!, contact, draft.DueOn);
                if (draft.Status != item.Status)
                {
                    item.Progress(draft.Status, null, ActionUpdateSource.Team, editor, null, now);
                }

                if (item.OwnerOrganisationId != ownerBefore || item.OwnerContactId != contactBefore)
                {
                    ActionOwnerLinks.AfterOwnerChange(db, item, links, now);
                }

                item.Stamp(now);
                return SaveResult<ActionItemView>.Success(View(item));
            }, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else's change won the race (the version is the concurrency token): refuse with theirs.
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var theirs = await db.ActionItems.AsNoTracking().Include(a => a.OwnerOrganisation).Include(a => a.OwnerContact)
                .SingleAsync(a => a.Id == actionItemId, ct);
            return SaveResult<ActionItemView>.Conflict(ActionErrors.Conflict, View(theirs));
        }
    }

    private static string? Problem(ActionItemDraft draft)
    {
        if (string.IsNullOrWhiteSpace(draft.What))
        {
            return ActionErrors.WhatRequired;
        }

        return draft.What.Trim().Length > ActionItem.WhatMaxLength ? ActionErrors.WhatTooLong : null;
    }

    /// <summary>
    /// The owner organisation and person the draft names. A person newly named must still be in the directory as
    /// themselves: not a record merged into another (name the survivor) and not erased. The person an item already has
    /// stays while other fields change.
    /// </summary>
    private static async Task<(Directory.Organisation? Owner, Directory.Contact? Contact, string? Problem)> OwnerAsync(
        EventHubDbContext db, ActionItemDraft draft, int? keptContactId, CancellationToken ct)
    {
        var owner = await db.Organisations.SingleOrDefaultAsync(o => o.Id == draft.OwnerOrganisationId, ct);
        if (owner is null)
        {
            return (null, null, ActionErrors.UnknownOrganisation);
        }

        if (draft.OwnerContactId is not { } contactId)
        {
            return (owner, null, null);
        }

        var contact = await db.Contacts.SingleOrDefaultAsync(c => c.Id == contactId, ct);
        if (contact is not null && contactId != keptContactId && (contact.MergedIntoId is not null || contact.AnonymisedAtUtc is not null))
        {
            return (owner, null, ActionErrors.ContactGone);
        }

        return contact?.OrganisationId == owner.Id ? (owner, contact, null) : (owner, null, ActionErrors.ContactNotOfOwner);
    }

    private ActionItemView View(ActionItem item) => new(
        item.Id, item.SessionId, item.What, item.OwnerOrganisationId, item.OwnerOrganisation.Name,
        item.OwnerContactId, item.OwnerContact?.FullName, item.DueOn, item.Status, item.Version, item.UpdatedAtUtc,
        item.IsOverdue(ActionDates.Today(time)));
}
