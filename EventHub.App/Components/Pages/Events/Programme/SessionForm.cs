using System.ComponentModel.DataAnnotations;
using System.Globalization;
using EventHub.App.Resources;
using EventHub.Core.Common;
using EventHub.Core.Events;

namespace EventHub.App.Components.Pages.Events.Programme;

/// <summary>The session form: times on the event's day (in its zone), as the browser's time inputs give them.</summary>
public sealed class SessionForm
{
    [Required(ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_Required))]
    [StringLength(Session.TitleMaxLength, ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_TooLong))]
    public string Title { get; set; } = "";

    /// <summary>
    /// Empty for a new session: the organiser chooses, as the kind decides what partners may pick (not a break) and which
    /// sessions are asked for a record. A default of "Workshop" saved breaks and plenaries as workshops when nobody looked.
    /// </summary>
    [Required(ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Sessions_KindRequired))]
    public SessionKind? Kind { get; set; }

    [Required(ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_Required))]
    public string Date { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_Required))]
    public string StartTime { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_Required))]
    public string EndTime { get; set; } = "";

    public int? RoomId { get; set; }

    [Range(1, 100_000, ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_AtLeastOne))]
    public int? Capacity { get; set; }

    [StringLength(Session.DescriptionMaxLength, ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_TooLong))]
    public string? Description { get; set; }

    public IReadOnlyCollection<string> FacilitatorIds { get; set; } = [];

    /// <summary>The session as this form was opened (<see cref="Session.EditedState"/>); null for a new one.</summary>
    public string? StartedFrom { get; set; }

    /// <summary>The input for Core, or null while the kind is not chosen or the times cannot be read yet.</summary>
    public SessionInput? ToInput() =>
        Kind is { } kind && EventForm.At(Date, StartTime) is { } start && EventForm.At(Date, EndTime) is { } end
            ? new SessionInput(Title, kind, start, end, RoomId, Capacity, Description, FacilitatorIds.ToList(), StartedFrom)
            : null;

    /// <summary>A new session starts where the programme ends (or at the event's start), for an hour.</summary>
    public static SessionForm NewFor(Event @event)
    {
        var lastEnd = @event.Sessions.Count == 0 ? @event.StartUtc : @event.Sessions.Max(s => s.EndUtc);
        var start = EventTime.ToLocal(lastEnd < @event.EndUtc ? lastEnd : @event.StartUtc, @event.TimeZoneId);
        return new SessionForm
        {
            Date = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            StartTime = start.ToString("HH:mm", CultureInfo.InvariantCulture),
            EndTime = start.AddHours(1).ToString("HH:mm", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>
    /// The form for editing <paramref name="session"/> of <paramref name="event"/>. A capacity the room gave is left empty,
    /// as it was when the session was added, so a session moved to another room takes that room's capacity; only a
    /// capacity typed for the session stays with it.
    /// </summary>
    public static SessionForm From(Session session, Event @event)
    {
        var start = EventTime.ToLocal(session.StartUtc, @event.TimeZoneId);
        var end = EventTime.ToLocal(session.EndUtc, @event.TimeZoneId);
        return new SessionForm
        {
            Title = session.Title,
            Kind = session.Kind,
            Date = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            StartTime = start.ToString("HH:mm", CultureInfo.InvariantCulture),
            EndTime = end.ToString("HH:mm", CultureInfo.InvariantCulture),
            RoomId = session.RoomId,
            Capacity = session.CapacityFollowsRoom(@event.Capacity) ? null : session.Capacity,
            Description = session.Description,
            FacilitatorIds = session.Facilitators.Select(f => f.Id).ToList(),
            StartedFrom = session.EditedState,
        };
    }
}
