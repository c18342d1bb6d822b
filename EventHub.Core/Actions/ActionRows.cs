using System.Linq.Expressions;

namespace EventHub.Core.Actions;

/// <summary>The projection of an action item to a row, run in the database.</summary>
internal static class ActionRows
{
    public static Expression<Func<ActionItem, ActionRow>> Project(DateOnly today) => a => new ActionRow(
        a.Id,
        a.What,
        a.OwnerOrganisationId,
        a.OwnerOrganisation.Name,
        a.OwnerContact != null ? a.OwnerContact.FirstName + " " + a.OwnerContact.LastName : null,
        a.DueOn,
        a.Status,
        (a.Status == ActionItemStatus.Open || a.Status == ActionItemStatus.InProgress) && a.DueOn < today,
        a.Session.EventId,
        a.Session.Event.Title,
        a.Session.Event.StartUtc,
        a.Session.Event.TimeZoneId,
        a.SessionId,
        a.Session.Title,
        a.UpdatedAtUtc,
        a.Version);
}
