using System.ComponentModel.DataAnnotations;
using System.Globalization;
using EventHub.App.Components.Shared;
using EventHub.App.Resources;
using EventHub.Core.Common;
using EventHub.Core.Events;

namespace EventHub.App.Components.Pages.Events;

/// <summary>The event form: dates and times as the browser's date and time inputs give them, in the event's zone.</summary>
public sealed class EventForm : IValidatableObject
{
    private const string DateFormat = "yyyy-MM-dd";
    private const string TimeFormat = "HH:mm";

    [Required(ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_Required))]
    [StringLength(Event.TitleMaxLength, ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_TooLong))]
    public string Title { get; set; } = "";

    [StringLength(20_000, ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_TooLong))]
    public string? Description { get; set; }

    [Required(ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_Required))]
    public string StartDate { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_Required))]
    public string StartTime { get; set; } = "13:00";

    [Required(ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_Required))]
    public string EndTime { get; set; } = "17:00";

    /// <summary>Only for events that run past midnight; empty means the same day.</summary>
    public string? EndDate { get; set; }

    public string TimeZoneId { get; set; } = EventTime.DefaultTimeZoneId;

    public int? VenueId { get; set; }

    [Url(ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_Https))]
    public string? OnlineUrl { get; set; }

    /// <summary>Show the online link on the public page and in the public calendar (off: only those coming get it).</summary>
    public bool ShowOnlineLinkPublicly { get; set; }

    [Range(1, 100_000, ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Events_CapacityAtLeastOne))]
    public int? Capacity { get; set; }

    public string? DeadlineDate { get; set; }

    public string? DeadlineTime { get; set; } = "17:00";

    [StringLength(200, ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_TooLong))]
    public string? OrganiserName { get; set; }

    [Email(ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_Email))]
    public string? OrganiserEmail { get; set; }

    public IReadOnlyCollection<int> ThemeIds { get; set; } = [];

    [Range(1, 100, ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_Percent))]
    public int SectorBalanceThreshold { get; set; } = 50;

    /// <summary>Days before the deadline to remind people who have not answered, as typed: "7, 2".</summary>
    public string? ReminderDays { get; set; } = EventReminders.Display(EventReminders.DefaultDays);

    /// <summary>The language title, description and sessions are written in.</summary>
    public Language Language { get; set; } = Language.Nl;

    /// <summary>On an edit that changes the start: take the sessions along (the default) or leave them where they are.</summary>
    public bool MoveProgramme { get; set; } = true;

    /// <summary>The version of the event this form was filled from: the save is refused when it has changed since.</summary>
    public int Version { get; set; }

    /// <summary>The start and RSVP deadline the edited event had: the deadline keeps its distance to the start (below).</summary>
    private DateTime? _loadedStart;
    private DateTime? _loadedDeadline;

    /// <summary>The deadline as <see cref="KeepDeadlineWithStart"/> last set it; once the organiser types another, it stays theirs.</summary>
    private DateTime? _followedDeadline;

    public DateTime? LocalStart => At(StartDate, StartTime);

    public DateTime? LocalEnd => At(string.IsNullOrWhiteSpace(EndDate) ? StartDate : EndDate, EndTime);

    public DateTime? LocalDeadline => string.IsNullOrWhiteSpace(DeadlineDate) ? null : At(DeadlineDate, string.IsNullOrWhiteSpace(DeadlineTime) ? "23:59" : DeadlineTime);

    /// <summary>
    /// After a new start (or a change of <see cref="MoveProgramme"/>): while the programme moves along, the RSVP deadline
    /// moves by as much as the start, in wall-clock time as the sessions do (<see cref="Event.Move"/>), so a week before
    /// stays a week before; otherwise it is back where it was. A deadline the organiser typed is left alone, and so is one
    /// that moving would put before <paramref name="localNow"/> (the event's time): answers would close at once, unnoticed.
    /// If it is then after the new start, the form refuses it at the field and the organiser chooses.
    /// </summary>
    public void KeepDeadlineWithStart(DateTime localNow)
    {
        if (_loadedStart is not { } loadedStart || _loadedDeadline is not { } loadedDeadline || LocalDeadline != _followedDeadline)
        {
            return;
        }

        var moved = MoveProgramme && LocalStart is { } start ? loadedDeadline + (start - loadedStart) : loadedDeadline;
        var deadline = moved > localNow ? moved : loadedDeadline;
        (DeadlineDate, DeadlineTime) = (deadline.ToString(DateFormat, CultureInfo.InvariantCulture), deadline.ToString(TimeFormat, CultureInfo.InvariantCulture));
        _followedDeadline = deadline;
    }

    /// <summary>The deadline the event had, while the form shows it moved along with the start; else null.</summary>
    public DateTime? DeadlineMovedFrom =>
        LocalDeadline is { } deadline && deadline == _followedDeadline && deadline != _loadedDeadline ? _loadedDeadline : null;

    public EventInput ToInput() => new(
        Title, LocalStart!.Value, LocalEnd!.Value, TimeZoneId, Description, VenueId, OnlineUrl, Capacity, LocalDeadline,
        OrganiserName, OrganiserEmail, ThemeIds.ToList(), SectorBalanceThreshold, ReminderDays ?? "", Language,
        ShowOnlineLinkPublicly, MoveProgramme);

    /// <summary>The cross-field rules, so the form shows them at the field they concern.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (LocalStart is not { } start)
        {
            yield return new ValidationResult(AppStrings.Validation_DateTime, [nameof(StartDate)]);
        }
        else
        {
            if (LocalEnd is not { } end || end <= start)
            {
                yield return new ValidationResult(AppStrings.Events_EndAfterStart, [nameof(EndTime)]);
            }

            if (LocalDeadline is { } deadline && deadline >= start)
            {
                yield return new ValidationResult(AppStrings.Events_DeadlineBeforeStart, [nameof(DeadlineDate)]);
            }
        }

        if (!EventReminders.TryParse(ReminderDays, out _))
        {
            yield return new ValidationResult(AppStrings.Events_ReminderDaysInvalid, [nameof(ReminderDays)]);
        }

        if (!string.IsNullOrWhiteSpace(OnlineUrl) && !OnlineUrl.Trim().StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult(AppStrings.Validation_Https, [nameof(OnlineUrl)]);
        }
    }

    public static EventForm From(Event @event)
    {
        var deadline = @event.RsvpDeadlineUtc is { } utc ? EventTime.ToLocal(utc, @event.TimeZoneId) : (DateTime?)null;
        var form = Fields(@event, deadline);
        (form._loadedStart, form._loadedDeadline, form._followedDeadline) = (@event.LocalStart, deadline, deadline);
        return form;
    }

    private static EventForm Fields(Event @event, DateTime? deadline) => new()
    {
        Title = @event.Title,
        Description = @event.Description,
        StartDate = @event.LocalStart.ToString(DateFormat, CultureInfo.InvariantCulture),
        StartTime = @event.LocalStart.ToString(TimeFormat, CultureInfo.InvariantCulture),
        EndDate = @event.LocalEnd.Date == @event.LocalStart.Date ? null : @event.LocalEnd.ToString(DateFormat, CultureInfo.InvariantCulture),
        EndTime = @event.LocalEnd.ToString(TimeFormat, CultureInfo.InvariantCulture),
        TimeZoneId = @event.TimeZoneId,
        VenueId = @event.VenueId,
        OnlineUrl = @event.OnlineUrl,
        ShowOnlineLinkPublicly = @event.ShowOnlineLinkPublicly,
        Capacity = @event.Capacity,
        DeadlineDate = deadline?.ToString(DateFormat, CultureInfo.InvariantCulture),
        DeadlineTime = deadline?.ToString(TimeFormat, CultureInfo.InvariantCulture) ?? "17:00",
        OrganiserName = @event.OrganiserName,
        OrganiserEmail = @event.OrganiserEmail,
        ThemeIds = @event.Themes.Select(t => t.Id).ToList(),
        SectorBalanceThreshold = @event.SectorBalanceThreshold,
        ReminderDays = EventReminders.Display(@event.ReminderDays),
        Language = @event.Language,
        Version = @event.Version,
    };

    /// <summary>Browsers send times as "13:00", and some as "13:00:00".</summary>
    private static readonly string[] DateTimeFormats = [$"{DateFormat} {TimeFormat}", $"{DateFormat} {TimeFormat}:ss"];

    internal static DateTime? At(string? date, string? time) =>
        DateTime.TryParseExact($"{date} {time}", DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : null;
}
