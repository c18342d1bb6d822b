using EventHub.App.Components.Pages.Directory.Engagement;
using EventHub.App.Components.Pages.Privacy;
using EventHub.App.Components.Shared;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Privacy;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace EventHub.App.Components.Pages.Directory.Contacts;

public partial class ContactPage
{
    private bool _loading = true;
    private UserAction _action = default!;
    private ContactDetails? _details;
    private TimelinePanel? _timeline;

    [Parameter]
    public int Id { get; set; }

    [Inject]
    private ContactService Contacts { get; set; } = default!;

    [Inject]
    private DoNotInviteService DoNotInvite { get; set; } = default!;

    [Inject]
    private ContactErasure Erasure { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private List<BreadcrumbItem> Breadcrumbs =>
    [
        new(L["Contacts_Title"], href: "contacts"),
    ];

    protected override void OnInitialized() => _action = new UserAction(Snackbar, L, CoreL);

    protected override async Task OnParametersSetAsync()
    {
        _loading = true;
        _details = await Contacts.GetAsync(Id);
        _loading = false;
    }

    private string Since(Membership membership)
    {
        return membership.EndedAtUtc is { } ended
            ? L["Contacts_MemberFromTo", EventDates.ShortDay(membership.StartedAtUtc), EventDates.ShortDay(ended)]
            : L["Contacts_MemberSince", EventDates.ShortDay(membership.StartedAtUtc)];
    }

    private async Task EditAsync()
    {
        if (await ContactEditDialog.ShowAsync(Dialogs, L["Contacts_Edit"], Id, ContactForm.From(_details!.Contact)) is not null)
        {
            Snackbar.Add(L["Common_Saved"], Severity.Success);
        }

        // Also when cancelled: the dialog may have said another organiser saved meanwhile, and the page then shows theirs.
        _details = await Contacts.GetAsync(Id);
    }

    private async Task ArchiveAsync()
    {
        var confirmed = await ConfirmDialog.AskAsync(Dialogs, L["Contacts_ArchiveTitle"],
            L["Contacts_ArchiveMessage", CoreL.Person(_details!.Contact.FullName)], L["Directory_Archive"], destructive: true);
        if (confirmed)
        {
            await RunAsync(async () => await Contacts.ArchiveAsync(Id, await TeamMembers.OfAsync(Authentication)), L["Contacts_Archived"]);
        }
    }

    /// <summary>The person objected by phone, email or in person: recorded as if they had used their "stop inviting me" link.</summary>
    private async Task RecordDoNotInviteAsync()
    {
        var name = CoreL.Person(_details!.Contact.FullName);
        if (await ConfirmDialog.AskAsync(Dialogs, L["Privacy_DoNotInvite_RecordTitle", name], L["Privacy_DoNotInvite_RecordMessage", name],
                L["Privacy_DoNotInvite_RecordConfirm"]))
        {
            await RunAsync(async () => await DoNotInvite.RecordAsync(Id, await TeamMembers.OfAsync(Authentication)), L["Privacy_DoNotInvite_Recorded"]);
        }
    }

    /// <summary>Only when the person asked: the organiser confirms that, and Core refuses without it.</summary>
    private async Task LiftDoNotInviteAsync()
    {
        var personAsked = await ConfirmDialog.AskAsync(Dialogs, L["Privacy_DoNotInvite_LiftTitle"],
            L["Privacy_DoNotInvite_LiftMessage", CoreL.Person(_details!.Contact.FullName)], L["Privacy_DoNotInvite_LiftConfirm"]);
        if (personAsked)
        {
            await RunAsync(async () => await DoNotInvite.LiftAsync(Id, personAsked: true, await TeamMembers.OfAsync(Authentication)), L["Privacy_DoNotInvite_Lifted"]);
        }
    }

    /// <summary>
    /// An erasure request: the dialog says what will happen, with how many upcoming invitations are withdrawn, and the
    /// admin types the name to confirm; Core checks the role and the name again.
    /// </summary>
    private async Task EraseAsync()
    {
        var name = _details!.Contact.FullName;
        var actor = await TeamMembers.OfAsync(Authentication);
        var upcoming = await Erasure.UpcomingInvitationsAsync(actor, Id);
        if (await EraseContactDialog.AskAsync(Dialogs, L["Rights_Erase_Title", name], name, upcoming.Succeeded ? upcoming.Value : 0) is { } typed)
        {
            await RunAsync(() => Erasure.EraseAsync(actor, Id, typed), L["Rights_Erase_Done"]);
        }
    }

    private Task RestoreAsync() => RunAsync(async () => await Contacts.RestoreAsync(Id, await TeamMembers.OfAsync(Authentication)), L["Contacts_Restored"]);

    private Task RunAsync(Func<Task<Result>> action, string success) => _action.RunAsync(action, success, ReloadAsync);

    /// <summary>The details and the timeline: after an erasure the timeline names the person by their stand-in, not as before.</summary>
    private async Task ReloadAsync()
    {
        _details = await Contacts.GetAsync(Id);
        if (_timeline is not null)
        {
            await _timeline.ReloadAsync();
        }
    }
}
