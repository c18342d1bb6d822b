using EventHub.App.Components.Shared;
using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Core.Invitations;
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
    private string? _controllerName;
    private string? _controllerEmail;
    private string? _controllerProblem;
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
        (_textEn, _textNl, _controllerName, _controllerEmail) = InForce;
    }

    /// <summary>The texts and the controller of the version partners read now (empty before the first, or before one was named).</summary>
    private (string En, string Nl, string Name, string Email) InForce => _versions is [var current, ..]
        ? (current.TextEn, current.TextNl, current.Controller?.Name ?? "", current.Controller?.Email ?? "")
        : ("", "", "", "");

    /// <summary>Whether the editor holds changes that leaving the page would lose.</summary>
    private bool Unpublished => _versions is not null && (_textEn ?? "", _textNl ?? "", _controllerName ?? "", _controllerEmail ?? "") != InForce;

    /// <summary>What is wrong with the controller's name or address, beside the field, after a try to publish.</summary>
    private string? NameProblem => _controllerProblem is PrivacyErrors.ControllerNameMissing or PrivacyErrors.ControllerNameTooLong ? Problem : null;

    private string? EmailProblem => _controllerProblem == PrivacyErrors.ControllerEmailInvalid ? Problem : null;

    private string? Problem => _controllerProblem is { } code ? CoreL.Describe(code, null) : null;

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
        var heading = L["Rights_Notice_VersionHeading", version.Version, published, CoreL.Person(version.PublishedBy)].Value;
        return version.IsCurrent ? $"{heading} · {L["Rights_Notice_InForce"]}" : heading;
    }

    private async Task PublishAsync()
    {
        // Checked before the confirmation, beside the fields; Core checks again.
        _controllerProblem = DataControllerRules.Check(_controllerName, _controllerEmail).Error;
        if (_controllerProblem is not null)
        {
            return;
        }

        if (!await ConfirmDialog.AskAsync(Dialogs, L["Rights_Notice_ConfirmTitle"], L["Rights_Notice_ConfirmMessage"], L["Rights_Notice_Publish"]))
        {
            return;
        }

        await _action.RunAsync(async () =>
        {
            var result = await Notices.PublishAsync(_actor, _textEn, _textNl, (_controllerName, _controllerEmail));
            Snackbar.Add(result.Succeeded ? L["Rights_Notice_Published", result.Value] : CoreL.Describe(result),
                result.Succeeded ? Severity.Success : Severity.Error);
            await LoadAsync();
        });
    }
}
