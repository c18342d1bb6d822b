using System.Globalization;
using EventHub.App.Components.Pages.Accounts;
using EventHub.App.Components.Shared;
using EventHub.Core.Common;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace EventHub.App.Components.Pages.Events;

public partial class EventEditor
{
    /// <summary>The zones people in the alliance meet in; Amsterdam first, as the default.</summary>
    private static readonly string[] TimeZones = [EventTime.DefaultTimeZoneId, "Europe/London", "Europe/Brussels", "Europe/Berlin", "UTC"];

    /// <summary>"Nederland (Amsterdam)" for "Europe/Amsterdam": a place a person knows; a zone without a text keeps its id.</summary>
    private string ZoneName(string? zone) =>
        zone is null ? "" : L[$"Events_Zone_{zone.Replace('/', '_')}"] is { ResourceNotFound: false } name ? name.Value : zone;

    private EventForm? _form;

    /// <summary>The event as it was loaded (null for a new one): its start and sessions decide the programme option.</summary>
    private Event? _loaded;
    private IReadOnlyList<Theme> _themes = [];
    private IReadOnlyList<Venue> _venues = [];
    private string? _error;

    /// <summary>The event as someone else saved it while this form was open; shown until this form is saved.</summary>
    private Event? _theirs;
    private string? _newTheme;
    private string? _newThemeDutch;
    private UserAction _action = default!;
    private TeamMember _member = default!;

    [Parameter]
    public int? Id { get; set; }

    [Inject]
    private EventService Events { get; set; } = default!;

    [Inject]
    private EventPlanningService Planning { get; set; } = default!;

    [Inject]
    private ThemeService Themes { get; set; } = default!;

    [Inject]
    private VenueService Venues { get; set; } = default!;

    [Inject]
    private InvitationService Invitations { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = default!;

    private string Heading => Id is null ? L["Events_New"] : L["Events_Edit"];

    private List<BreadcrumbItem> Breadcrumbs => [new(L["Events_Title"], href: "events")];

    protected override void OnInitialized() => _action = new UserAction(Snackbar, L, CoreL);

    protected override async Task OnParametersSetAsync()
    {
        _member = TeamMembers.Of((await Authentication).User);
        _themes = await Themes.ListAsync();
        _venues = await Venues.ListAsync();
        if (Id is { } id)
        {
            var @event = _loaded = await Events.GetAsync(id);
            _form = @event is null ? null : EventForm.From(@event);
            _error = @event is null ? CoreL["Error_Event_NotFound"].Value : null;
            _form ??= new EventForm();
            return;
        }

        // A new event starts four weeks out, with the organiser as the contact.
        var user = (await Authentication).User;
        var start = EventTime.ToLocal(Time.GetUtcNow().UtcDateTime, EventTime.DefaultTimeZoneId).Date.AddDays(28);
        _form = new EventForm
        {
            StartDate = start.ToString("yyyy-MM-dd"),
            OrganiserName = user.FindFirst(AppClaimsPrincipalFactory.DisplayNameClaim)?.Value,
            OrganiserEmail = user.Identity?.Name,
            Language = Languages.OfReader,
        };
    }

    /// <summary>The deadline follows a new start (<see cref="EventForm.KeepDeadlineWithStart"/>), never into the past.</summary>
    private void KeepDeadlineWithStart() =>
        _form?.KeepDeadlineWithStart(EventTime.ToLocal(Time.GetUtcNow().UtcDateTime, _form.TimeZoneId));

    private async Task SaveAsync()
    {
        if (Id is { } eventId && MovesPublishedEvent && !await InviteesAgreeToBeToldAsync(eventId))
        {
            return;
        }

        await _action.RunAsync(async () =>
        {
            var input = _form!.ToInput();
            if (Id is { } id)
            {
                var updated = await Planning.UpdateAsync(id, input, _form.Version, _member);
                if (updated.ErrorCode == EventErrors.ChangedMeanwhile && await Events.GetAsync(id) is { } theirs)
                {
                    ShowTheirs(theirs);
                    return;
                }

                Finish(updated, id);
                if (updated.Succeeded)
                {
                    TellAboutProgramme(updated.Value);
                }
            }
            else
            {
                var created = await Planning.CreateAsync(input, _member);
                Finish(created, created.Succeeded ? created.Value : 0);
            }
        });
    }

    /// <summary>Whether the form moves a published event in time or place: every invitee still open is emailed on saving.</summary>
    private bool MovesPublishedEvent =>
        _loaded is { Status: EventStatus.Published } loaded && _form is { LocalStart: not null, LocalEnd: not null } form
        && EventPlanningService.Moves(loaded, form.ToInput());

    /// <summary>Says how many people the save emails before it does (none asked: nothing to say).</summary>
    private async Task<bool> InviteesAgreeToBeToldAsync(int eventId)
    {
        var told = await Invitations.ToldOfChangesAsync(eventId);
        return told == 0 || await ConfirmDialog.AskAsync(Dialogs, L["Events_TellInviteesTitle"], L.Plural("Events_TellInviteesMessage", told),
            L["Events_SaveAndTell"], destructive: false);
    }

    /// <summary>Adds a theme to the shared list and ticks it for this event.</summary>
    private Task AddThemeAsync() =>
        _action.RunAsync(async () =>
        {
            var added = await Themes.AddAsync(_newTheme ?? "", _newThemeDutch, _member);
            if (added.Succeeded)
            {
                _themes = await Themes.ListAsync();
                _form!.ThemeIds = _form.ThemeIds.Append(added.Value).Distinct().ToList();
                (_newTheme, _newThemeDutch) = (null, null);
            }
        });

    /// <summary>Offered when an event with a programme gets a new start (or zone): move the sessions along, or leave them.</summary>
    private bool OffersProgrammeMove =>
        _loaded is { Sessions.Count: > 0 } loaded && _form?.LocalStart is { } start && (start != loaded.LocalStart || _form.TimeZoneId != loaded.TimeZoneId);

    /// <summary>The sessions that would lie outside the times in the form if they stay where they are.</summary>
    private int SessionsLeftOutside =>
        _loaded is { } loaded && _form is { LocalStart: { } start, LocalEnd: { } end } form && end > start
            ? loaded.Sessions.Count(s => !s.FitsWithin(EventTime.ToUtc(start, form.TimeZoneId), EventTime.ToUtc(end, form.TimeZoneId)))
            : 0;

    /// <summary>The day written out with its times; when the event ends on another day, the end time goes with that day.</summary>
    private string? StartSpelled => _form is not { } form ? null
        : string.IsNullOrWhiteSpace(form.EndDate) || form.EndDate == form.StartDate
            ? EventDates.Spelled(form.StartDate, form.StartTime, form.EndTime)
            : EventDates.Spelled(form.StartDate, form.StartTime);

    private string? EndSpelled => _form is { EndDate: { } end } form && end != form.StartDate ? EventDates.Spelled(end, form.EndTime) : null;

    /// <summary>A meeting still being planned whose start, as typed, has passed: a typo in the year or month, most likely.</summary>
    private bool StartsInThePast =>
        _loaded is null or { Status: EventStatus.Draft or EventStatus.Published } && _form?.LocalStart is { } start
        && EventTime.ToUtc(start, _form.TimeZoneId) < Time.GetUtcNow().UtcDateTime;

    /// <summary>Says so when the deadline moved along with a new start, and where it was.</summary>
    private string? DeadlineHelp =>
        _form?.DeadlineMovedFrom is { } was ? L["Events_DeadlineMovedAlong", was.ToString("ddd d MMM HH:mm", CultureInfo.CurrentCulture)].Value : null;

    /// <summary>
    /// A stale save keeps what this organiser typed and shows what is stored now; saving again puts theirs on top, from
    /// the stored event (its start decides whether the programme moves along).
    /// </summary>
    private void ShowTheirs(Event theirs)
    {
        (_theirs, _loaded, _error) = (theirs, theirs, null);
        _form!.Version = theirs.Version;
        Snackbar.Add(CoreL["Error_Event_ChangedMeanwhile"], Severity.Warning);
    }

    private string TheirsText(Event theirs) => L["Events_ChangedMeanwhile", theirs.Title, EventDates.Days(theirs.StartUtc, theirs.EndUtc, theirs.TimeZoneId),
        EventDates.Times(theirs.StartUtc, theirs.EndUtc, theirs.TimeZoneId),
        theirs.Venue?.Name ?? theirs.OnlineUrl ?? L["Events_NoPlace"].Value,
        theirs.Capacity?.ToString("N0", CultureInfo.CurrentCulture) ?? L["Events_NoLimit"].Value];

    private void TellAboutProgramme(EventSaved saved)
    {
        if (saved.SessionsMoved > 0)
        {
            Snackbar.Add(L.Plural("Events_ProgrammeMoved", saved.SessionsMoved), Severity.Info);
        }

        if (saved.SessionsOutside > 0)
        {
            Snackbar.Add(L.Plural("Events_SessionsOutside", saved.SessionsOutside), Severity.Warning, o => o.RequireInteraction = true);
        }
    }

    private void Finish(Result result, int id)
    {
        if (!result.Succeeded)
        {
            (_error, _theirs) = (CoreL.Describe(result), null);
            return;
        }

        Snackbar.Add(L["Common_Saved"], Severity.Success);
        Navigation.NavigateTo($"events/{id}");
    }
}
