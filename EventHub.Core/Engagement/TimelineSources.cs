using EventHub.Core.Actions;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Invitations;
using EventHub.Core.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Engagement;

/// <summary>
/// One SQL projection per kind of history, each onto the same flat <see cref="TimelineEntry"/> columns in the same
/// order, so <see cref="EngagementTimeline"/> can <c>Concat</c> them into one <c>UNION ALL</c>. The caller narrows the
/// invitations and action items to an organisation's or a person's; every projection stays a query (nothing loads here).
/// </summary>
internal static class TimelineSources
{
    private static readonly InvitationStatus[] Answers =
        [InvitationStatus.Accepted, InvitationStatus.Tentative, InvitationStatus.Declined, InvitationStatus.Waitlisted];

    public static IQueryable<TimelineEntry> Invited(IQueryable<Invitation> invitations) =>
        invitations.Where(i => i.SentAtUtc != null && !i.IsWalkIn)
            .Select(i => new TimelineEntry
            {
                AtUtc = i.SentAtUtc!.Value, Kind = TimelineKind.Invited, SourceId = i.Id,
                ContactId = i.ContactId, ContactName = i.Contact.FirstName + " " + i.Contact.LastName,
                OrganisationId = null, OrganisationName = null,
                EventId = i.EventId, EventTitle = i.Event.Title, ActionItemId = null, Text = null,
                AnswerName = null, DeclineReasonName = null, ActionStatusName = null, DueOn = null,
            });

    /// <summary>The answer as it stands (a later change of mind replaces it); decline reasons and notes come with it.</summary>
    public static IQueryable<TimelineEntry> Answered(IQueryable<Invitation> invitations) =>
        invitations.Where(i => i.AnsweredAtUtc != null && !i.IsWalkIn && Answers.Contains(i.Status))
            .Select(i => new TimelineEntry
            {
                AtUtc = i.AnsweredAtUtc!.Value, Kind = TimelineKind.Answered, SourceId = i.Id,
                ContactId = i.ContactId, ContactName = i.Contact.FirstName + " " + i.Contact.LastName,
                OrganisationId = null, OrganisationName = null,
                EventId = i.EventId, EventTitle = i.Event.Title, ActionItemId = null, Text = i.DeclineNote,
                AnswerName = i.Status.ToString(), DeclineReasonName = i.DeclineReason.ToString(), ActionStatusName = null, DueOn = null,
            });

    /// <summary>Attendance: a check-in at the door, or a walk-in (registered there without an invitation).</summary>
    public static IQueryable<TimelineEntry> Arrived(IQueryable<Invitation> invitations, bool walkIns) =>
        invitations.Where(i => i.CheckedInAtUtc != null && i.IsWalkIn == walkIns)
            .Select(i => new TimelineEntry
            {
                AtUtc = i.CheckedInAtUtc!.Value, Kind = walkIns ? TimelineKind.WalkedIn : TimelineKind.CheckedIn, SourceId = i.Id,
                ContactId = i.ContactId, ContactName = i.Contact.FirstName + " " + i.Contact.LastName,
                OrganisationId = null, OrganisationName = null,
                EventId = i.EventId, EventTitle = i.Event.Title, ActionItemId = null, Text = null,
                AnswerName = null, DeclineReasonName = null, ActionStatusName = null, DueOn = null,
            });

    /// <summary>A delegate named through an organisation invitation, or a colleague sent instead of the invitee.</summary>
    public static IQueryable<TimelineEntry> Delegated(IQueryable<Invitation> invitations, bool colleagues) =>
        invitations.Where(i => colleagues ? i.SubstituteForId != null : i.NominatedThroughId != null)
            .Select(i => new TimelineEntry
            {
                AtUtc = i.CreatedAtUtc, Kind = colleagues ? TimelineKind.ColleagueSent : TimelineKind.DelegateNamed, SourceId = i.Id,
                ContactId = i.ContactId, ContactName = i.Contact.FirstName + " " + i.Contact.LastName,
                OrganisationId = null, OrganisationName = null,
                EventId = i.EventId, EventTitle = i.Event.Title, ActionItemId = null, Text = null,
                AnswerName = null, DeclineReasonName = null, ActionStatusName = null, DueOn = null,
            });

    /// <summary>An action item owned, with where it stands now (status, due date: the screen says "overdue").</summary>
    public static IQueryable<TimelineEntry> ActionsOwned(IQueryable<ActionItem> actions) =>
        actions.Select(a => new TimelineEntry
        {
            AtUtc = a.CreatedAtUtc, Kind = TimelineKind.ActionItemOwned, SourceId = a.Id,
            ContactId = a.OwnerContactId, ContactName = a.OwnerContact == null ? null : a.OwnerContact.FirstName + " " + a.OwnerContact.LastName,
            OrganisationId = null, OrganisationName = null,
            EventId = a.Session.EventId, EventTitle = a.Session.Event.Title, ActionItemId = a.Id, Text = a.What,
            AnswerName = null, DeclineReasonName = null, ActionStatusName = a.Status.ToString(), DueOn = a.DueOn,
        });

    /// <summary>Progress on those action items: every update with the status it set.</summary>
    public static IQueryable<TimelineEntry> ActionProgress(EventHubDbContext db, IQueryable<ActionItem> actions) =>
        from u in db.ActionItemUpdates
        join a in actions on u.ActionItemId equals a.Id
        select new TimelineEntry
        {
            AtUtc = u.AtUtc, Kind = TimelineKind.ActionItemProgress, SourceId = u.Id,
            ContactId = null, ContactName = null,
            OrganisationId = null, OrganisationName = null,
            EventId = null, EventTitle = null, ActionItemId = a.Id, Text = a.What,
            AnswerName = null, DeclineReasonName = null, ActionStatusName = u.Status.ToString(), DueOn = a.DueOn,
        };

    /// <summary>Decisions that name the organisation — only statements whose organisations agreed to be named.</summary>
    public static IQueryable<TimelineEntry> Decisions(EventHubDbContext db, int organisationId) =>
        from s in db.OutcomeStatements
        where s.Kind == StatementKind.Decision && s.AgreedToBeNamed && NamedIn(db, organisationId).Contains(s.Id)
        join o in db.SessionOutcomes on s.SessionOutcomeId equals o.Id
        select new TimelineEntry
        {
            AtUtc = o.Session.StartUtc, Kind = TimelineKind.DecisionNamed, SourceId = s.Id,
            ContactId = null, ContactName = null,
            OrganisationId = null, OrganisationName = null,
            EventId = o.Session.EventId, EventTitle = o.Session.Event.Title, ActionItemId = null, Text = s.Text,
            AnswerName = null, DeclineReasonName = null, ActionStatusName = null, DueOn = null,
        };

    /// <summary>
    /// The statements naming the organisation, read from the join table by its key (organisation first), so the
    /// database does not visit every statement of every event to ask whether it names this one.
    /// </summary>
    private static IQueryable<int> NamedIn(EventHubDbContext db, int organisationId) =>
        db.Set<Dictionary<string, object>>("OutcomeStatementOrganisations")
            .Where(j => EF.Property<int>(j, "NamedOrganisationsId") == organisationId)
            .Select(j => EF.Property<int>(j, "OutcomeStatementId"));

    public static IQueryable<TimelineEntry> OrganisationAdded(EventHubDbContext db, int organisationId) =>
        db.Organisations.Where(o => o.Id == organisationId)
            .Select(o => new TimelineEntry
            {
                AtUtc = o.CreatedAtUtc, Kind = TimelineKind.OrganisationAdded, SourceId = o.Id,
                ContactId = null, ContactName = null,
                OrganisationId = o.Id, OrganisationName = o.Name,
                EventId = null, EventTitle = null, ActionItemId = null, Text = null,
                AnswerName = null, DeclineReasonName = null, ActionStatusName = null, DueOn = null,
            });

    public static IQueryable<TimelineEntry> ContactAdded(EventHubDbContext db, int contactId) =>
        db.Contacts.Where(c => c.Id == contactId)
            .Select(c => new TimelineEntry
            {
                AtUtc = c.CreatedAtUtc, Kind = TimelineKind.ContactAdded, SourceId = c.Id,
                ContactId = c.Id, ContactName = c.FirstName + " " + c.LastName,
                OrganisationId = null, OrganisationName = null,
                EventId = null, EventTitle = null, ActionItemId = null, Text = null,
                AnswerName = null, DeclineReasonName = null, ActionStatusName = null, DueOn = null,
            });

    /// <summary>Memberships starting (joined) or ending (left), for an organisation's or a person's affiliations.</summary>
    public static IQueryable<TimelineEntry> Memberships(IQueryable<ContactAffiliation> affiliations, bool left) =>
        affiliations.Where(a => !left || a.EndedAtUtc != null)
            .Select(a => new TimelineEntry
            {
                AtUtc = left ? a.EndedAtUtc!.Value : a.StartedAtUtc, Kind = left ? TimelineKind.ContactLeft : TimelineKind.ContactJoined, SourceId = a.Id,
                ContactId = a.ContactId, ContactName = a.Contact.FirstName + " " + a.Contact.LastName,
                OrganisationId = a.OrganisationId, OrganisationName = a.Organisation.Name,
                EventId = null, EventTitle = null, ActionItemId = null, Text = null,
                AnswerName = null, DeclineReasonName = null, ActionStatusName = null, DueOn = null,
            });

    public static IQueryable<TimelineEntry> Merges(EventHubDbContext db, MergeKind kind, int survivorId) =>
        db.DirectoryMerges.Where(m => m.Kind == kind && m.SurvivorId == survivorId)
            .Select(m => new TimelineEntry
            {
                AtUtc = m.MergedAtUtc, Kind = TimelineKind.RecordMerged, SourceId = m.Id,
                ContactId = null, ContactName = null,
                OrganisationId = null, OrganisationName = null,
                EventId = null, EventTitle = null, ActionItemId = null, Text = m.MergedName,
                AnswerName = null, DeclineReasonName = null, ActionStatusName = null, DueOn = null,
            });
}
