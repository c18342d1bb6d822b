using EventHub.App.Components.Shared;
using EventHub.Core.Actions;
using EventHub.Core.Common;
using EventHub.Core.Engagement;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EventHub.App.Components.Pages.Directory.Engagement;

/// <summary>Shows one organisation's (<see cref="OrganisationId"/>) or one person's (<see cref="ContactId"/>) engagement, a page at a time.</summary>
public partial class TimelinePanel
{
    public const int PageSize = 15;

    private static readonly TimelineGroup?[] AllGroups =
        [null, TimelineGroup.Invitations, TimelineGroup.Attendance, TimelineGroup.Delegates, TimelineGroup.Actions, TimelineGroup.Decisions, TimelineGroup.Directory];

    private EngagementSummary? _summary;
    private Paged<TimelineEntry>? _page;
    private TimelineGroup? _group;
    private int _pageNumber;
    private DateOnly _today;

    [Parameter]
    public int? OrganisationId { get; set; }

    [Parameter]
    public int? ContactId { get; set; }

    [Inject]
    private EngagementTimeline Timeline { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    private int PageCount => _page is null ? 0 : (_page.TotalCount + PageSize - 1) / PageSize;

    // Decisions name organisations, not people: a person's timeline has no such filter.
    private IEnumerable<TimelineGroup?> Groups => ContactId is null ? AllGroups : AllGroups.Where(g => g != TimelineGroup.Decisions);

    protected override async Task OnParametersSetAsync()
    {
        _today = ActionDates.Today(Time);
        _group = null;
        _pageNumber = 0;
        _summary = ContactId is { } contact
            ? await Timeline.SummaryForContactAsync(contact)
            : await Timeline.SummaryForOrganisationAsync(OrganisationId!.Value);
        await LoadAsync();
    }

    /// <summary>Reads the page again (after the page changed the organisation or person).</summary>
    public async Task ReloadAsync()
    {
        await OnParametersSetAsync();
        StateHasChanged();
    }

    private async Task FilterAsync(TimelineGroup? group)
    {
        _group = group;
        _pageNumber = 0;
        await LoadAsync();
    }

    private async Task PageAsync(int number)
    {
        _pageNumber = number - 1;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var query = new TimelineQuery(_pageNumber, PageSize, _group);
        _page = ContactId is { } contact
            ? await Timeline.ForContactAsync(contact, query)
            : await Timeline.ForOrganisationAsync(OrganisationId!.Value, query);
    }

    private string SummaryText(EngagementSummary summary)
    {
        var parts = new List<string>
        {
            L.Plural("Timeline_Summary_Invited", summary.InvitedTo),
            L.Plural("Timeline_Summary_Came", summary.CameTo),
            L.Plural(ContactId is null ? "Timeline_Summary_Owns" : "Timeline_Summary_OwnsPerson", summary.OpenActionItems),
        };
        if (summary.OverdueActionItems > 0)
        {
            parts.Add(L["Timeline_Summary_Overdue", summary.OverdueActionItems]);
        }

        if (summary.LastSeenUtc is { } seen)
        {
            parts.Add(L["Timeline_Summary_LastSeen", EventDates.ShortDay(seen)]);
        }

        return string.Join(L["Timeline_Summary_Separator"], parts);
    }

    private string GroupName(TimelineGroup? group) => L[$"Timeline_Group_{group?.ToString() ?? "All"}"];

    private static string IconOf(TimelineKind kind) => kind switch
    {
        TimelineKind.Invited => Icons.Material.Outlined.MarkEmailUnread,
        TimelineKind.Answered => Icons.Material.Outlined.QuestionAnswer,
        TimelineKind.CheckedIn => Icons.Material.Outlined.HowToReg,
        TimelineKind.WalkedIn => Icons.Material.Outlined.DirectionsWalk,
        TimelineKind.DelegateNamed or TimelineKind.ColleagueSent => Icons.Material.Outlined.SwitchAccount,
        TimelineKind.ActionItemOwned => Icons.Material.Outlined.Assignment,
        TimelineKind.ActionItemProgress => Icons.Material.Outlined.AssignmentTurnedIn,
        TimelineKind.DecisionNamed => Icons.Material.Outlined.Gavel,
        TimelineKind.ContactJoined or TimelineKind.ContactAdded => Icons.Material.Outlined.PersonAdd,
        TimelineKind.ContactLeft => Icons.Material.Outlined.PersonRemove,
        TimelineKind.RecordMerged => Icons.Material.Outlined.JoinInner,
        _ => Icons.Material.Outlined.AddBusiness,
    };
}
