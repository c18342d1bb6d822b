using EventHub.App.Components.Shared;
using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Core.Privacy;
using EventHub.Core.Texts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace EventHub.App.Components.Pages.Privacy;

public partial class PrivacyNoticePage
{
    private IReadOnlyList<PrivacyNoticeVersion>? _versions;
    private string? _textEn;
    private string? _textNl;
    private UserAction _action = default!;
    private TeamMember _actor = default!;

    [Inject]
    private PrivacyNoticeService Notices { get; set; } = default!;

    [Inject]
    private IOptions<PrivacyOptions> PrivacyOptions { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = default!;

    /// <summary>The sentence partners read under the notice, from the settings, in the admin's language.</summary>
    private string RetentionSentence =>
        Localized.Partner(Languages.OfReader)
            .Plural("Privacy_NeedsDeleted", PrivacyOptions.Value.NeedsRetentionDays);

    protected override async Task OnInitializedAsync()
    {
        _action = new UserAction(Snackbar, L, CoreL);
        _actor = TeamMembers.Of((await Authentication).User);
        await LoadAsync();
        (_textEn, _textNl) = InForce;
    }

    /// <summary>The texts of the version partners read now (empty before the first).</summary>
    private (string En, string Nl) InForce => _versions is [var current, ..] ? (current.TextEn, current.TextNl) : ("", "");

    /// <summary>Whether the editor holds changes that leaving the page would lose.</summary>
    private bool Unpublished => _versions is not null && (_textEn ?? "", _textNl ?? "") != InForce;

    private async Task LeavingAsync(LocationChangingContext leaving)
    {
        if (Unpublished && !await ConfirmDialog.AskAsync(Dialogs, L["Rights_Notice_LeaveTitle"], L["Rights_Notice_LeaveMessage"],
                L["Rights_Notice_Leave"], destructive: true))
        {
            leaving.PreventNavigation();
        }
    }

    private async Task LoadAsync()
    {
        var listed = await Notices.ListAsync(_actor);
        _versions = listed.Succeeded ? listed.Value : [];
    }

    private string Heading(PrivacyNoticeVersion version)
    {
        var published = EventTime.ToLocal(version.PublishedAtUtc, EventTime.DefaultTimeZoneId).ToString("d MMMM yyyy");
        var heading = L["Rights_Notice_VersionHeading", version.Version, published, version.PublishedBy].Value;
        return version.IsCurrent ? $"{heading} · {L["Rights_Notice_InForce"]}" : heading;
    }

    private async Task PublishAsync()
    {
        if (!await ConfirmDialog.AskAsync(Dialogs, L["Rights_Notice_ConfirmTitle"], L["Rights_Notice_ConfirmMessage"], L["Rights_Notice_Publish"]))
        {
            return;
        }

        await _action.RunAsync(async () =>
        {
            var result = await Notices.PublishAsync(_actor, _textEn, _textNl);
            Snackbar.Add(result.Succeeded ? L["Rights_Notice_Published", result.Value] : CoreL.Describe(result),
                result.Succeeded ? Severity.Success : Severity.Error);
            await LoadAsync();
        });
    }
}
