using System.Globalization;
using System.Text;
using EventHub.App.Components.Shared;
using EventHub.Core.Common;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EventHub.App.Components.Pages.Invitations;

/// <summary>
/// The guest list's rows: each row's cells, its action buttons included, as one piece of HTML with every text encoded,
/// and one handler on the table for the buttons. As elements and a handler per button a row was some ninety render
/// frames, kept twice (current and previous tree) in every open tab and sent in one batch. The look is MudBlazor's own
/// classes (see <see cref="PlainMarkup"/>).
/// </summary>
public sealed partial class GuestList
{
    /// <summary>
    /// What the row offers: take someone off the list before sending; afterwards check in (or undo), answer for them,
    /// resend or cancel; once withdrawn, invite again — resending, cancelling and inviting again only while the event is
    /// <paramref name="inviting"/> (published: not cancelled or over).
    /// </summary>
    internal static IReadOnlyList<GuestRowAction> ActionsFor(GuestListRow guest, bool inviting = true)
    {
        IReadOnlyList<GuestRowAction> actions = guest switch
        {
            { Status: InvitationStatus.Listed } => [GuestRowAction.Remove],
            { MayBeInvitedAgain: true } => [GuestRowAction.InviteAgain],
            { IsOpen: false } => [],
            { CheckedInAtUtc: null } => [GuestRowAction.CheckIn, GuestRowAction.Answer, GuestRowAction.Resend, GuestRowAction.Cancel],
            _ => [GuestRowAction.UndoCheckIn, GuestRowAction.Answer], // in the room: no new link, no "withdrawn" email
        };
        return inviting ? actions : actions.Where(a => a is not (GuestRowAction.Resend or GuestRowAction.Cancel or GuestRowAction.InviteAgain)).ToList();
    }

    /// <summary>
    /// A row button was clicked: the action runs only when the row on screen offers it, so a made-up click (another
    /// invitation, an action the row does not show) does nothing. While another action runs the page ignores it.
    /// </summary>
    private Task RowActionAsync(GuestActionEventArgs click)
    {
        if (Busy || !Enum.TryParse<GuestRowAction>(click.Action, out var action)
            || _rows.FirstOrDefault(row => row.InvitationId == click.InvitationId) is not { } guest
            || !ActionsFor(guest, Inviting).Contains(action))
        {
            return Task.CompletedTask;
        }

        return (action switch
        {
            GuestRowAction.Remove => OnRemove,
            GuestRowAction.CheckIn => OnCheckIn,
            GuestRowAction.UndoCheckIn => OnUndoCheckIn,
            GuestRowAction.Answer => OnAnswer,
            GuestRowAction.Resend => OnResend,
            GuestRowAction.InviteAgain => OnInviteAgain,
            _ => OnCancel,
        }).InvokeAsync(guest);
    }

    private IReadOnlyList<GuestListRow>? _cellsRows;
    private string? _cellsTimeZone;
    private bool _cellsInviting;
    private MarkupString[] _cells = [];

    /// <summary>
    /// The rows with their markup, made once per load (and again if the event's time zone or status changes): a render for
    /// another reason (an action running, a filter's count) reuses the same strings, so the tab keeps one copy of them,
    /// and a row that another open tab shows the same way is that tab's copy (<see cref="SharedMarkup"/>).
    /// </summary>
    private IEnumerable<(GuestListRow Guest, MarkupString Cells)> RowsWithCells()
    {
        if (!ReferenceEquals(_cellsRows, _rows) || _cellsTimeZone != TimeZoneId || _cellsInviting != Inviting)
        {
            (_cellsRows, _cellsTimeZone, _cellsInviting, _cells) = (_rows, TimeZoneId, Inviting, _rows.Select(RowCells).ToArray());
        }
        return _rows.Zip(_cells);
    }

    private MarkupString RowCells(GuestListRow guest)
    {
        var html = new StringBuilder(2048);
        void Cell(string label, string content, string cssClass = "mud-table-cell") => html.AppendCell(label, content, cssClass);
        static string Chip(string classes, string text, string? icon = null, string? title = null) =>
            $"<div class=\"mud-chip-container\"><div class=\"{classes}\"{(title is null ? "" : $" title=\"{Encode(title)}\"")}>"
            + (icon is null ? "" : PlainMarkup.Icon(icon, "mud-chip-icon").Value)
            + $"<span class=\"mud-chip-content\">{Encode(text)}</span></div></div>";

        Cell(L["Contacts_Name"], $"<a href=\"contacts/{guest.ContactId.ToString(CultureInfo.InvariantCulture)}\" class=\"mud-typography mud-link mud-primary-text mud-link-underline-hover mud-typography-body2\">{Encode(guest.Name)}</a>");
        Cell(L["Contacts_Organisation"], Encode((guest.OrganisationName ?? L["Contacts_Independent"]) + (guest.Sector is { } sector ? $" · {CoreL.Name(sector)}" : "")));

        var status = new StringBuilder(Chip(PlainMarkup.Chip(ColorOf(guest.Status)), CoreL.Name(guest.Status)));
        if (guest.CheckedInAtUtc is { } arrived)
        {
            // How and when they came in, and who let them in (the door's groups: expected, admitted, walk-in).
            status.Append(Chip(PlainMarkup.Chip(Color.Success, extraClass: "eh-arrived"),
                guest.Arrival is { } kind and not ArrivalKind.Expected ? CoreL.Name(kind) : L["CheckIn_Arrived"],
                Icons.Material.Filled.HowToReg, ArrivalDetail(arrived, guest.CheckedInBy)));
        }
        if (guest.DeliveryFailure is { } failure)
        {
            // The mail server gave up on the latest email: fix the address on the contact, then send it again. When
            // EventHub gave up itself (erased, or no address), no server answered and it says why in its own words.
            status.Append(Chip(PlainMarkup.Chip(Color.Error, Variant.Outlined, "eh-not-delivered"), L["Guests_NotDelivered"],
                Icons.Material.Filled.ErrorOutline));
            var answer = failure.Length > 160 ? failure[..159] + "…" : failure;
            var hint = OutboxMessage.OwnErrorCode(failure) is null ? L["Guests_NotDeliveredHint", answer].Value : CoreL.DeliveryError(failure);
            status.Append("<span class=\"mud-typography mud-typography-caption eh-muted d-block eh-delivery-failure\">")
                .Append(Encode(hint)).Append("</span>");
        }
        if (guest.DelegateSeats > 0)
        {
            status.Append(Chip(PlainMarkup.Chip(Color.Default, Variant.Text), L["Delegates_SeatsChip", guest.DelegateSeats, guest.DelegateSeatsTaken], Icons.Material.Filled.Business));
        }
        if (guest.DeclineReason is not null || guest.DeclineNote is not null)
        {
            // Why they declined; the note only while it is kept (retention deletes it 30 days after the event).
            status.Append("<div class=\"eh-decline-reason\">");
            if (guest.DeclineReason is { } reason)
            {
                status.Append("<span class=\"mud-typography mud-typography-caption d-block\">").Append(Encode(CoreL.Name(reason))).Append("</span>");
            }
            if (guest.DeclineNote is { } note)
            {
                status.Append("<span class=\"mud-typography mud-typography-caption eh-muted d-block\">“").Append(Encode(note)).Append("”</span>");
            }
            status.Append("</div>");
        }
        Cell(L["Events_Status"], $"<div class=\"eh-cell-wrap\">{status}</div>");
        Cell(L["Invitations_Sessions"], Encode(string.Join(", ", guest.Sessions.Select(s => s.Text(title => CoreL["GuestList_SessionWaitlisted", title])))));
        Cell(L["Invitations_Needs"], guest.HasAccessNeeds ? Encode(L["Invitations_HasNeeds"]) : "");
        Cell(L["Sessions_Actions"], $"<span class=\"eh-cell-wrap\">{string.Concat(ActionsFor(guest, Inviting).Select(action => ActionButton(action, guest)))}</span>", "mud-table-cell eh-nowrap");
        return new MarkupString(SharedMarkup.Share(html.ToString()));
    }

    /// <summary>
    /// One row button. It is not disabled while another action runs (that would rewrite every row, and move the
    /// keyboard's focus, twice per action): the table looks busy instead (<c>eh-busy</c>) and the click is ignored. The
    /// icon without MudIconButton's label span: the button centres it as the span did, in 43 characters less per button.
    /// </summary>
    private string ActionButton(GuestRowAction action, GuestListRow guest)
    {
        var (classes, icon, label) = action switch
        {
            GuestRowAction.Remove => (PlainMarkup.IconButton(), Icons.Material.Filled.PersonRemove, L["Invitations_RemoveNamed", guest.Name]),
            GuestRowAction.CheckIn => (PlainMarkup.IconButton(Color.Success, "eh-check-in"), Icons.Material.Filled.HowToReg, L["CheckIn_Named", guest.Name]),
            GuestRowAction.UndoCheckIn => (PlainMarkup.IconButton(extraClass: "eh-undo-check-in"), Icons.Material.Filled.PersonOff, L["CheckIn_UndoNamed", guest.Name]),
            GuestRowAction.Answer => (PlainMarkup.IconButton(extraClass: "eh-answer-for"), Icons.Material.Filled.Phone, L["Invitations_AnswerForNamed", guest.Name]),
            GuestRowAction.Resend => (PlainMarkup.IconButton(), Icons.Material.Filled.Replay, L["Invitations_ResendNamed", guest.Name]),
            GuestRowAction.InviteAgain => (PlainMarkup.IconButton(extraClass: "eh-invite-again"), Icons.Material.Filled.PersonAdd, L["Invitations_InviteAgainNamed", guest.Name]),
            _ => (PlainMarkup.IconButton(Color.Error), Icons.Material.Filled.Block, L["Invitations_CancelNamed", guest.Name]),
        };
        return $"<button type=\"button\" class=\"{classes}\" data-guest-action=\"{action}\" data-invitation=\"{guest.InvitationId.ToString(CultureInfo.InvariantCulture)}\" aria-label=\"{Encode(label)}\">"
            + $"{PlainMarkup.Icon(icon).Value}</button>";
    }

    private static Color ColorOf(InvitationStatus status) => status switch
    {
        InvitationStatus.Accepted => Color.Success,
        InvitationStatus.Declined or InvitationStatus.Cancelled => Color.Error,
        InvitationStatus.Waitlisted or InvitationStatus.Tentative => Color.Warning,
        _ => Color.Default,
    };

    private static string Encode(string text) => PlainMarkup.Encode(text);

    /// <summary>"Checked in at 13:05 by Daan Visser" (without "by" when nobody at a desk was recorded).</summary>
    private string ArrivalDetail(DateTime arrivedUtc, string? by)
    {
        var at = EventTime.ToLocal(arrivedUtc, TimeZoneId).ToString("HH:mm", CultureInfo.InvariantCulture);
        return by is null ? L["Guests_ArrivedAt", at] : L["Guests_ArrivedAtBy", at, CoreL.Person(by)];
    }
}
