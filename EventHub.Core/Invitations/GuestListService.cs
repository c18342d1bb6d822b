using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EventHub.Core.Invitations;

/// <summary>
/// The organiser's guest list for one event: paged, sorted and filtered in the database, counts per status, planning
/// counts for access needs, and bulk resend/cancel over a filter through <see cref="InvitationService"/>'s own
/// per-invitation rules (so a bulk cancel frees seats and promotes the waiting list exactly as a single one does).
/// </summary>
public sealed class GuestListService(IDbContextFactory<EventHubDbContext> dbFactory, InvitationService invitations, IOptions<PrivacyOptions> privacy)
{
    private static readonly AccessNeeds[] SingleNeeds = Enum.GetValues<AccessNeeds>().Where(n => n != AccessNeeds.None).ToArray();

    public async Task<Paged<GuestListRow>> ListAsync(int eventId, GuestQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var filtered = query.Apply(db.Invitations.Where(i => i.EventId == eventId), db.OutboxMessages);
        var total = await filtered.CountAsync(ct);
        var rows = await query.Order(filtered)
            .Skip(query.Page * query.PageSize)
            .Take(query.PageSize)
            .Select(i => new GuestListRow(
                i.Id,
                i.ContactId,
                i.Contact.FirstName + " " + i.Contact.LastName,
                i.Contact.Email,
                i.Organisation != null ? i.Organisation.Name : null,
                i.Organisation != null ? i.Organisation.Sector : null,
                i.Status,
                i.Choices.OrderBy(c => c.Session.StartUtc).Select(c => new ChosenSession(c.Session.Title, c.Status == SessionChoiceStatus.Waitlisted)).ToList(),
                i.AccessNeeds != AccessNeeds.None || i.DietaryNeeds != null,
                i.AnsweredAtUtc,
                i.CheckedInAtUtc,
                i.DelegateSeats,
                i.DeclineReason,
                i.DeclineNote,
                i.CheckedInAtUtc != null ? Invitation.ArrivalOf(i.Status, i.IsWalkIn) : null,
                i.CheckedInByName,
                db.OutboxMessages
                    .Where(m => m.InvitationId == i.Id && !m.ToAddress.EndsWith("@" + OutboxMessage.NoEmailDomain))
                    .OrderByDescending(m => m.Id)
                    .Select(m => m.Status == OutboxStatus.Failed ? m.LastError ?? "" : null)
                    .FirstOrDefault(),
                0, // the delegate seats taken, counted below
                // As Invitation.MayBeInvitedAgain says, in SQL.
                i.Status == InvitationStatus.Cancelled && !i.IsWalkIn && i.Contact.MergedIntoId == null && i.Contact.AnonymisedAtUtc == null))
            .AsSplitQuery()
            .ToListAsync(ct);
        var organisationInvitations = rows.Where(r => r.DelegateSeats > 0).Select(r => r.InvitationId).ToList();
        if (organisationInvitations.Count > 0)
        {
            // How many of an organisation's seats its contact has filled: the organisers see when they run out.
            var taken = await DelegateService.TakenOfAsync(db, organisationInvitations, ct);
            rows = rows.Select(r => r.DelegateSeats > 0 ? r with { DelegateSeatsTaken = taken.GetValueOrDefault(r.InvitationId) } : r).ToList();
        }

        return new Paged<GuestListRow>(rows, total);
    }

    /// <summary>
    /// How many invitations are in each status (every status present, zero when none): the filter chips. With a
    /// query, its other filters apply (its status filter does not), so the chips count what the list would show.
    /// </summary>
    public async Task<IReadOnlyDictionary<InvitationStatus, int>> StatusCountsAsync(int eventId, GuestQuery? within = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var invitations = db.Invitations.Where(i => i.EventId == eventId);
        if (within is not null)
        {
            invitations = (within with { Status = null }).Apply(invitations, db.OutboxMessages);
        }

        var counts = await GuestStanding.CountAsync(invitations, ct);
        return Enum.GetValues<InvitationStatus>().ToDictionary(s => s, s => counts.GetValueOrDefault(s));
    }

    /// <summary>The organisations of the people on the list, for the organisation filter.</summary>
    public async Task<IReadOnlyList<OrganisationOption>> OrganisationsAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var organisations = await db.Organisations
            .Where(o => db.Invitations.Any(i => i.EventId == eventId && i.OrganisationId == o.Id))
            .OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name, o.Sector })
            .ToListAsync(ct);
        return organisations.Select(o => new OrganisationOption(o.Id, o.Name, o.Sector)).ToList();
    }

    /// <summary>
    /// What to arrange for the people coming, and for the waiting list separately. Once the guests' own needs are
    /// deleted after the event (<see cref="NeedsRetention"/>), the totals kept at that moment.
    /// </summary>
    public async Task<PlanningCounts> PlanningCountsAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var kept = await db.NeedTotals.AsNoTracking().Where(t => t.EventId == eventId).ToListAsync(ct);
        return kept.Count > 0 ? NeedTotal.Read(kept) : await CountNeedsAsync(db, eventId, ct);
    }

    /// <summary>When the event's guests' needs and decline notes are deleted, or were; null when there is no such event.</summary>
    public async Task<NeedsDeletion?> NeedsDeletionAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var keptAt = await db.NeedTotals.Where(t => t.EventId == eventId).Select(t => (DateTime?)t.KeptAtUtc).MinAsync(ct);
        if (keptAt is { } done)
        {
            return new NeedsDeletion(done, Done: true);
        }

        var end = await db.Events.Where(e => e.Id == eventId).Select(e => (DateTime?)e.EndUtc).SingleOrDefaultAsync(ct);
        return end is { } endUtc ? new NeedsDeletion(NeedsRetention.DueAtUtc(endUtc, privacy.Value), Done: false) : null;
    }

    /// <summary>The planning counts from the guests' own needs, as they are now.</summary>
    internal static async Task<PlanningCounts> CountNeedsAsync(EventHubDbContext db, int eventId, CancellationToken ct)
    {
        // Only the people coming or waiting, a few columns each: small enough to count in memory.
        var guests = await db.Invitations.AsNoTracking()
            .Where(i => i.EventId == eventId && (i.Status == InvitationStatus.Accepted || i.Status == InvitationStatus.Waitlisted))
            .Select(i => new PlannedGuest(i.Status, i.AccessNeeds, i.InterpretationLanguage, i.DietaryNeeds != null))
            .ToListAsync(ct);
        return new PlanningCounts(Group(guests, InvitationStatus.Accepted), Group(guests, InvitationStatus.Waitlisted));
    }

    /// <summary>The sent, still-open invitations the filter finds (paging ignored): what a bulk action would touch.</summary>
    public async Task<IReadOnlyList<int>> OpenInvitationIdsAsync(int eventId, GuestQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await query.Apply(db.Invitations.Where(i => i.EventId == eventId), db.OutboxMessages)
            .Where(i => i.Status != InvitationStatus.Listed && i.Status != InvitationStatus.Cancelled && i.Status != InvitationStatus.Substituted)
            .OrderBy(i => i.Id)
            .Select(i => i.Id)
            .ToListAsync(ct);
    }

    /// <summary>
    /// The withdrawn invitations the filter finds that may be sent again (as <see cref="Invitation.MayBeInvitedAgain"/>
    /// says, in SQL): what "invite again" over the filter would touch, say to undo a wrong "cancel filtered".
    /// </summary>
    public async Task<IReadOnlyList<int>> InvitableAgainIdsAsync(int eventId, GuestQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await query.Apply(db.Invitations.Where(i => i.EventId == eventId), db.OutboxMessages)
            .Where(i => i.Status == InvitationStatus.Cancelled && !i.IsWalkIn && i.Contact.MergedIntoId == null && i.Contact.AnonymisedAtUtc == null)
            .OrderBy(i => i.Id)
            .Select(i => i.Id)
            .ToListAsync(ct);
    }

    /// <summary>Invites each withdrawn invitation again with a new link; who asked not to be invited (and the like) is skipped.</summary>
    public Task<BulkOutcome> InviteAgainAsync(int eventId, IReadOnlyList<int> invitationIds, TeamMember organiser, CancellationToken ct = default) =>
        ForEachAsync(invitationIds, id => invitations.InviteAgainAsync(id, organiser, ct));

    /// <summary>Sends each invitation again with a new link; one per transaction, so one failure does not undo the rest.</summary>
    public Task<BulkOutcome> ResendAsync(int eventId, IReadOnlyList<int> invitationIds, TeamMember organiser, CancellationToken ct = default) =>
        ForEachAsync(invitationIds, id => invitations.ResendAsync(id, organiser, ct));

    /// <summary>Reminds each person who has not answered yet; those who have are skipped.</summary>
    public Task<BulkOutcome> RemindAsync(int eventId, IReadOnlyList<int> invitationIds, TeamMember organiser, CancellationToken ct = default) =>
        ForEachAsync(invitationIds, id => invitations.RemindAsync(id, organiser, ct));

    /// <summary>Cancels each invitation; each freed seat goes to the first person waiting, as with a single cancel.</summary>
    public Task<BulkOutcome> CancelAsync(int eventId, IReadOnlyList<int> invitationIds, TeamMember organiser, CancellationToken ct = default) =>
        ForEachAsync(invitationIds, id => invitations.CancelAsync(id, organiser, ct));

    private static async Task<BulkOutcome> ForEachAsync(IReadOnlyList<int> invitationIds, Func<int, Task<Result>> action)
    {
        var done = 0;
        foreach (var id in invitationIds)
        {
            try
            {
                if ((await action(id)).Succeeded)
                {
                    done++;
                }
            }
            catch (DatabaseBusyException) when (done > 0)
            {
                // What is done stays done; the rest would meet the same busy database, so stop and say what happened.
                break;
            }
        }

        return new BulkOutcome(done, invitationIds.Count - done);
    }

    private static PlanningGroup Group(IReadOnlyList<PlannedGuest> guests, InvitationStatus status)
    {
        var group = guests.Where(g => g.Status == status).ToList();
        var needs = SingleNeeds
            .Select(need => new NeedCount(need, group.Count(g => g.Needs.HasFlag(need))))
            .Where(n => n.Count > 0)
            .ToList();
        // "Arabic" and "arabic " are the same interpreter: group on the trimmed, case-folded name, show the first spelling.
        var languages = group
            .Where(g => g.Needs.HasFlag(AccessNeeds.Interpretation) && !string.IsNullOrWhiteSpace(g.InterpretationLanguage))
            .GroupBy(g => g.InterpretationLanguage!.Trim(), StringComparer.CurrentCultureIgnoreCase)
            .Select(l => new LanguageCount(l.Key, l.Count()))
            .OrderByDescending(l => l.Count).ThenBy(l => l.Language, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        return new PlanningGroup(group.Count, needs, languages, group.Count(g => g.HasDietaryNeeds));
    }

    private sealed record PlannedGuest(InvitationStatus Status, AccessNeeds Needs, string? InterpretationLanguage, bool HasDietaryNeeds);
}

/// <summary>
/// How a bulk action went: done, and skipped because the invitation changed meanwhile (cancelled, say) or the database
/// stayed busy part-way (a bulk action that could do nothing at all reports the busy database instead).
/// </summary>
public sealed record BulkOutcome(int Done, int Skipped);
