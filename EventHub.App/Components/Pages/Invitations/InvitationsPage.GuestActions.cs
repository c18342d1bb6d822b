using EventHub.App.Components.Pages.Invitations.Messages;
using EventHub.App.Components.Shared;
using EventHub.Core.Common;
using EventHub.Core.Invitations;
using MudBlazor;

namespace EventHub.App.Components.Pages.Invitations;

/// <summary>The guest list's answers by phone and bulk actions over its filter.</summary>
public partial class InvitationsPage
{
    private async Task AnswerAsync(GuestListRow guest)
    {
        await _action.RunAsync(async () =>
        {
            if (await PhoneAnswers.GetAsync(guest.InvitationId) is not { } view)
            {
                Snackbar.Add(CoreL["Error_Invitation_NotFound"], Severity.Error);
                return;
            }

            // The dialog saves through PhoneAnswerService itself, so a refusal shows there and the organiser can correct it.
            if (await AnswerForPersonDialog.ShowAsync(Dialogs, view) is { } status)
            {
                Snackbar.Add(L["Invitations_Answered", guest.Name, CoreL.Name(status)], Severity.Success);
                await ReloadAsync();
            }
        });
    }

    /// <summary>
    /// Checks in someone coming; anyone else (no answer, maybe, waiting, declined) only once the organiser confirms letting
    /// them in, as the door's "Admit" does: they count as admitted at the door.
    /// </summary>
    private async Task CheckInAsync(GuestListRow guest)
    {
        if (guest.Status == InvitationStatus.Accepted)
        {
            await _action.RunAsync(async () => await CheckIns.CheckInAsync(Id, guest.InvitationId, _member), L["CheckIn_Done", guest.Name], ReloadAsync);
        }
        else if (await ConfirmDialog.AskAsync(Dialogs, L["CheckIn_AdmitTitle", guest.Name], L["CheckIn_AdmitMessage", guest.Name, CoreL.Name(guest.Status)], L["Door_Admit"], destructive: false))
        {
            await _action.RunAsync(async () => await CheckIns.AdmitAsync(Id, guest.InvitationId, _member), L["Door_Answer_Admitted", guest.Name], ReloadAsync);
        }
    }

    private Task UndoCheckInAsync(GuestListRow guest) =>
        _action.RunAsync(() => CheckIns.UndoAsync(Id, guest.InvitationId, _member), L["CheckIn_Undone", guest.Name], ReloadAsync);

    private Task MessageGuestsAsync(GuestSelection selection) =>
        _action.RunAsync(async () =>
        {
            if (await GuestMessageDialog.ShowAsync(Dialogs, Id, selection.Query, selection.Description, _member) is not { } sent)
            {
                return;
            }

            var text = sent.AlreadySent ? L["GuestMessage_AlreadySent"].Value : L.Plural("GuestMessage_Sent", sent.Sent).Value;
            Snackbar.Add(sent.LeftOut == 0 ? text : $"{text} {L.Plural("GuestMessage_SentLeftOut", sent.LeftOut)}", Severity.Success);
        });

    private Task BulkResendAsync(GuestQuery query) =>
        BulkAsync(() => Guests.OpenInvitationIdsAsync(Id, query), L["Invitations_BulkResendTitle"], n => L.Plural("Invitations_BulkResendMessage", n), n => L["Invitations_BulkResendConfirm", n],
            destructive: false, Guests.ResendAsync, n => L.Plural("Invitations_BulkResent", n));

    private Task BulkRemindAsync(GuestQuery query) =>
        BulkAsync(() => Guests.OpenInvitationIdsAsync(Id, query with { Status = InvitationStatus.Invited }), L["Invitations_BulkRemindTitle"], n => L.Plural("Invitations_BulkRemindMessage", n), n => L["Invitations_BulkRemindConfirm", n],
            destructive: false, Guests.RemindAsync, n => L.Plural("Invitations_BulkReminded", n));

    private Task BulkCancelAsync(GuestQuery query) =>
        BulkAsync(() => Guests.OpenInvitationIdsAsync(Id, query), L["Invitations_BulkCancelTitle"], n => L.Plural("Invitations_BulkCancelMessage", n), n => L.Plural("Invitations_BulkCancelConfirm", n),
            destructive: true, Guests.CancelAsync, n => L.Plural("Invitations_BulkCancelled", n));

    /// <summary>Undoes a wrong "cancel filtered" in one go; says how many could not be invited again, and why that may be.</summary>
    private Task BulkInviteAgainAsync(GuestQuery query) =>
        BulkAsync(() => Guests.InvitableAgainIdsAsync(Id, query), L["Invitations_BulkInviteAgainTitle"], n => L.Plural("Invitations_BulkInviteAgainMessage", n), n => L["Invitations_BulkInviteAgainConfirm", n],
            destructive: false, Guests.InviteAgainAsync, n => L.Plural("Invitations_BulkInvitedAgain", n), n => L.Plural("Invitations_BulkNotInvitedAgain", n));

    /// <summary>Finds who the filter covers (<paramref name="find"/>), asks with that number, and acts on exactly those people.</summary>
    private async Task BulkAsync(
        Func<Task<IReadOnlyList<int>>> find, string title, Func<int, string> message, Func<int, string> confirm, bool destructive,
        Func<int, IReadOnlyList<int>, TeamMember, CancellationToken, Task<BulkOutcome>> action, Func<int, string> done, Func<int, string>? skipped = null)
    {
        await _action.RunAsync(async () =>
        {
            var ids = await find();
            if (ids.Count == 0)
            {
                Snackbar.Add(L["Invitations_BulkNone"], Severity.Info);
                return;
            }

            if (!await ConfirmDialog.AskAsync(Dialogs, title, message(ids.Count), confirm(ids.Count), destructive))
            {
                return;
            }

            var outcome = await action(Id, ids, _member, CancellationToken.None);
            var text = outcome.Skipped > 0 && skipped is not null ? $"{done(outcome.Done)} {skipped(outcome.Skipped)}" : done(outcome.Done);
            Snackbar.Add(text, outcome.Skipped == 0 ? Severity.Success : Severity.Warning);
            await ReloadAsync();
        });
    }
}
