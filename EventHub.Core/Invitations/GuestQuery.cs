using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Outbox;

namespace EventHub.Core.Invitations;

public enum GuestSort
{
    Name,
    Organisation,
    Status,
    AnsweredAt,
}

/// <summary>A view of one event's guest list: filters, search, sort and page; shared by the grid, bulk actions and the export.</summary>
/// <param name="HasAccessNeeds">Only people who stated access or dietary needs (true), or only those who did not (false).</param>
/// <param name="Search">Matches the name, the email address or the organisation's name.</param>
/// <param name="CheckedIn">Only people who have arrived (true), or only those who have not (false).</param>
/// <param name="NotDelivered">Only people whose latest email the mail server gave up on (<see cref="GuestListRow.DeliveryFailure"/>).</param>
public sealed record GuestQuery(
    InvitationStatus? Status = null,
    Sector? Sector = null,
    int? OrganisationId = null,
    int? SessionId = null,
    bool? HasAccessNeeds = null,
    string? Search = null,
    GuestSort Sort = GuestSort.Name,
    bool Descending = false,
    int Page = 0,
    int PageSize = 25,
    bool? CheckedIn = null,
    bool NotDelivered = false)
{
    /// <param name="messages">The outbox, for <see cref="NotDelivered"/>.</param>
    public IQueryable<Invitation> Apply(IQueryable<Invitation> invitations, IQueryable<OutboxMessage> messages)
    {
        var result = invitations;
        if (Status is { } status)
        {
            // What the guest counts as (GuestStanding): "coming" holds everyone who was checked in, whatever they answered.
            result = result.Where(GuestStanding.CountsUnder(status));
        }

        if (Sector is { } sector)
        {
            result = result.Where(i => i.Organisation != null && i.Organisation.Sector == sector);
        }

        if (OrganisationId is { } organisationId)
        {
            result = result.Where(i => i.OrganisationId == organisationId);
        }

        if (SessionId is { } sessionId)
        {
            result = result.Where(i => i.Choices.Any(c => c.SessionId == sessionId));
        }

        if (HasAccessNeeds is { } hasNeeds)
        {
            result = hasNeeds
                ? result.Where(i => i.AccessNeeds != AccessNeeds.None || i.DietaryNeeds != null)
                : result.Where(i => i.AccessNeeds == AccessNeeds.None && i.DietaryNeeds == null);
        }

        if (CheckedIn is { } checkedIn)
        {
            result = checkedIn ? result.Where(i => i.CheckedInAtUtc != null) : result.Where(i => i.CheckedInAtUtc == null);
        }

        if (NotDelivered)
        {
            result = result.Where(i => messages
                .Where(m => m.InvitationId == i.Id && !m.ToAddress.EndsWith("@" + OutboxMessage.NoEmailDomain))
                .OrderByDescending(m => m.Id)
                .Select(m => (OutboxStatus?)m.Status)
                .FirstOrDefault() == OutboxStatus.Failed);
        }

        if (!string.IsNullOrWhiteSpace(Search))
        {
            // Names are matched folded, as the contact keeps them (ContactNameKeys), like the directory's search.
            var text = Search.Trim().ToLowerInvariant();
            var folded = TextNormalizer.ForUniqueness(Search);
            result = result.Where(i =>
                i.Contact.SearchName.Contains(folded)
                || i.Contact.NormalizedEmail.Contains(text)
                || (i.Organisation != null && i.Organisation.NormalizedName.Contains(folded)));
        }

        return result;
    }

    public IQueryable<Invitation> Order(IQueryable<Invitation> invitations)
    {
        var ordered = (Sort, Descending) switch
        {
            (GuestSort.Organisation, false) => invitations.OrderBy(i => i.Organisation == null).ThenBy(i => i.Organisation!.NormalizedName),
            (GuestSort.Organisation, true) => invitations.OrderBy(i => i.Organisation == null).ThenByDescending(i => i.Organisation!.NormalizedName),
            // Status is stored as its English name, so this groups alphabetically; the waiting list stays in queue order.
            (GuestSort.Status, false) => invitations.OrderBy(i => i.Status).ThenBy(i => i.WaitlistNumber),
            (GuestSort.Status, true) => invitations.OrderByDescending(i => i.Status).ThenBy(i => i.WaitlistNumber),
            (GuestSort.AnsweredAt, false) => invitations.OrderBy(i => i.AnsweredAtUtc == null).ThenBy(i => i.AnsweredAtUtc),
            (GuestSort.AnsweredAt, true) => invitations.OrderBy(i => i.AnsweredAtUtc == null).ThenByDescending(i => i.AnsweredAtUtc),
            (_, true) => invitations.OrderByDescending(i => i.Contact.SortName),
            _ => invitations.OrderBy(i => i.Contact.SortName),
        };
        return ordered.ThenBy(i => i.Id);
    }
}

/// <summary>A row of the server-paged guest list, with the sessions the guest chose (a place, or one on the waiting list).</summary>
/// <param name="DeliveryFailure">Why the latest email about the invitation could not be delivered (the mail server's
/// answer), or null when it was sent or is still on its way. Walk-ins registered without an address are left out.</param>
/// <param name="DelegateSeatsTaken">For an organisation invitation: how many of its <paramref name="DelegateSeats"/> its
/// contact has filled (delegates invited who have not declined, and those waiting for an organiser's approval).</param>
public sealed record GuestListRow(
    int InvitationId,
    int ContactId,
    string Name,
    string Email,
    string? OrganisationName,
    Sector? Sector,
    InvitationStatus Status,
    IReadOnlyList<ChosenSession> Sessions,
    bool HasAccessNeeds,
    DateTime? AnsweredAtUtc,
    DateTime? CheckedInAtUtc = null,
    int DelegateSeats = 0,
    DeclineReason? DeclineReason = null,
    string? DeclineNote = null,
    ArrivalKind? Arrival = null,
    string? CheckedInBy = null,
    string? DeliveryFailure = null,
    int DelegateSeatsTaken = 0,
    bool MayBeInvitedAgain = false)
{
    /// <summary>The latest email about this invitation failed for good (a mistyped address, a mailbox that is gone).</summary>
    public bool NotDelivered => DeliveryFailure is not null;

    /// <summary>Sent and still in play: can be answered for, resent or cancelled.</summary>
    public bool IsOpen => Status is not (InvitationStatus.Listed or InvitationStatus.Cancelled or InvitationStatus.Substituted);
}

/// <summary>
/// A session a guest chose: a place in it, or a place on its waiting list. A list of who is in a full workshop must not
/// count the people waiting for a place in it.
/// </summary>
public sealed record ChosenSession(string Title, bool Waitlisted = false)
{
    /// <summary>The title, marked when the guest is waiting for a place (<c>GuestList_SessionWaitlisted</c>).</summary>
    public string Text(Func<string, string> waitlisted) => Waitlisted ? waitlisted(Title) : Title;
}
