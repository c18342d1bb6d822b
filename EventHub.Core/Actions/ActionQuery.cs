using System.Linq.Expressions;
using EventHub.Core.Common;
using EventHub.Core.Data;

namespace EventHub.Core.Actions;

public enum ActionSort
{
    DueOn,
    What,
    Owner,
    Status,
    Event,
    UpdatedAt,
}

/// <summary>A view of the action tracker: filters, search, sort and page.</summary>
/// <param name="OverdueOnly">Only open items whose due date is before today (in Amsterdam).</param>
/// <param name="ThemeId">Items of this theme: the themes of their session's outcome, or else those of their event.</param>
/// <param name="Search">Matches what, the owner organisation and person, and the event's and session's titles.</param>
public sealed record ActionQuery(
    int? OwnerOrganisationId = null,
    ActionItemStatus? Status = null,
    bool OverdueOnly = false,
    int? ThemeId = null,
    int? EventId = null,
    string? Search = null,
    ActionSort Sort = ActionSort.DueOn,
    bool Descending = false,
    int Page = 0,
    int PageSize = 25)
{
    public IQueryable<ActionItem> Apply(EventHubDbContext db, IActionThemes themes, DateOnly today, bool withStatus = true, bool withOverdue = true)
    {
        var result = db.ActionItems.AsQueryable();
        if (OwnerOrganisationId is { } organisationId)
        {
            result = result.Where(a => a.OwnerOrganisationId == organisationId);
        }

        if (withStatus && Status is { } status)
        {
            result = result.Where(a => a.Status == status);
        }

        if (withOverdue && OverdueOnly)
        {
            result = result.Where(Overdue(today));
        }

        if (ThemeId is { } themeId)
        {
            result = result.Where(themes.AnyOf(db, [themeId]));
        }

        if (EventId is { } eventId)
        {
            result = result.Where(a => a.Session.EventId == eventId);
        }

        if (!string.IsNullOrWhiteSpace(Search))
        {
            // Folded as the kept keys are: case and accents do not count ("coordinatie" finds "Coördinatie").
            var text = TextNormalizer.ForUniqueness(Search);
            result = result.Where(a => a.SearchWhat.Contains(text)
                || a.OwnerOrganisation.NormalizedName.Contains(text)
                || (a.OwnerContact != null && a.OwnerContact.SearchName.Contains(text))
                || a.Session.SearchTitle.Contains(text)
                || a.Session.Event.SearchTitle.Contains(text));
        }

        return result;
    }

    public IQueryable<ActionItem> Order(IQueryable<ActionItem> items)
    {
        var ordered = (Sort, Descending) switch
        {
            (ActionSort.What, false) => items.OrderBy(a => a.What),
            (ActionSort.What, true) => items.OrderByDescending(a => a.What),
            (ActionSort.Owner, false) => items.OrderBy(a => a.OwnerOrganisation.NormalizedName),
            (ActionSort.Owner, true) => items.OrderByDescending(a => a.OwnerOrganisation.NormalizedName),
            (ActionSort.Status, false) => items.OrderBy(a => a.Status),
            (ActionSort.Status, true) => items.OrderByDescending(a => a.Status),
            (ActionSort.Event, false) => items.OrderBy(a => a.Session.Event.StartUtc),
            (ActionSort.Event, true) => items.OrderByDescending(a => a.Session.Event.StartUtc),
            (ActionSort.UpdatedAt, false) => items.OrderBy(a => a.UpdatedAtUtc),
            (ActionSort.UpdatedAt, true) => items.OrderByDescending(a => a.UpdatedAtUtc),
            (_, true) => items.OrderByDescending(a => a.DueOn),
            _ => items.OrderBy(a => a.DueOn),
        };
        return ordered.ThenBy(a => a.Id);
    }

    /// <summary>Open (or in progress) and due before <paramref name="today"/>.</summary>
    public static Expression<Func<ActionItem, bool>> Overdue(DateOnly today) =>
        a => (a.Status == ActionItemStatus.Open || a.Status == ActionItemStatus.InProgress) && a.DueOn < today;
}
