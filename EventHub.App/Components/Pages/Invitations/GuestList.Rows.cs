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

        var status = new StringBuilder();
        if (guest.CheckedInAtUtc is { } arrived)
        {
            // Someone who was there reads as checked in, whatever they answered (GuestStanding, as the file and the counts);
            // below it how they came in (the door's groups), with the answer of someone admitted, and when and by whom.
            status.Append(Chip(PlainMarkup.Chip(Color.Success, extraClass: "eh-arrived"), CoreL[GuestStanding.NameKey(guest.Status, checkedIn: true)],
                Icons.Material.Filled.HowToReg));
            status.Append("<span class=\"mud-typography mud-typography-caption eh-muted d-block eh-arrival-detail\">")
                .Append(Encode(ArrivalDetail(guest, arrived))).Append("</span>");
        }
        else
        {
            status.Append(Chip(PlainMarkup.Chip(ColorOf(guest.Status)), CoreL.Name(guest.Status)));
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
    /// One row button: its icon and its own short label ("Check in"), which a phone and a touch screen show beside the
    /// icon and a wide screen with a mouse as a tooltip on hover and on keyboard focus (CSS: <c>.eh-row-action</c>). The
    /// accessible name names the guest ("Check in Anna de Vries") and contains the label, so speech input finds it by
    /// the words on screen (<see cref="ActionTexts"/>). It is not disabled while another action runs (that would rewrite
    /// every row, and move the keyboard's focus, twice per action): the table looks busy instead (<c>eh-busy</c>) and the
    /// click is ignored. The icon without MudIconButton's label span: the button centres it as the span did.
    /// </summary>
    private string ActionButton(GuestRowAction action, GuestListRow guest)
    {
        var (color, extraClass, icon) = action switch
        {
            GuestRowAction.Remove => (Color.Default, null, Icons.Material.Filled.PersonRemove),
            GuestRowAction.CheckIn => (Color.Success, "eh-check-in", Icons.Material.Filled.HowToReg),
            GuestRowAction.UndoCheckIn => (Color.Default, "eh-undo-check-in", Icons.Material.Filled.PersonOff),
            GuestRowAction.Answer => (Color.Default, "eh-answer-for", Icons.Material.Filled.Phone),
            GuestRowAction.Resend => (Color.Default, null, Icons.Material.Filled.Replay),
            GuestRowAction.InviteAgain => (Color.Default, "eh-invite-again", Icons.Material.Filled.PersonAdd),
            _ => (Color.Error, null, Icons.Material.Filled.Block),
        };
        var (label, name) = ActionTexts(action, guest.Name);
        return $"<button type=\"button\" class=\"{PlainMarkup.IconButton(color, extraClass is null ? "eh-row-action" : $"eh-row-action {extraClass}")}\" data-guest-action=\"{action}\" data-invitation=\"{guest.InvitationId.ToString(CultureInfo.InvariantCulture)}\" aria-label=\"{Encode(name)}\">"
            + $"{PlainMarkup.Icon(icon).Value}<span class=\"eh-row-action-label\" aria-hidden=\"true\">{Encode(label)}</span></button>";
    }

    /// <summary>A row button's short label, and its accessible name with the guest's name in it.</summary>
    internal (string Label, string Name) ActionTexts(GuestRowAction action, string guestName) => action switch
    {
        GuestRowAction.Remove => (L["GuestAction_Remove"], L["Invitations_RemoveNamed", guestName]),
        GuestRowAction.CheckIn => (L["GuestAction_CheckIn"], L["CheckIn_Named", guestName]),
        GuestRowAction.UndoCheckIn => (L["GuestAction_UndoCheckIn"], L["CheckIn_UndoNamed", guestName]),
        GuestRowAction.Answer => (L["GuestAction_Answer"], L["Invitations_AnswerForNamed", guestName]),
        GuestRowAction.Resend => (L["GuestAction_Resend"], L["Invitations_ResendNamed", guestName]),
        GuestRowAction.InviteAgain => (L["GuestAction_InviteAgain"], L["Invitations_InviteAgainNamed", guestName]),
        _ => (L["GuestAction_Cancel"], L["Invitations_CancelNamed", guestName]),
    };

    private static Color ColorOf(InvitationStatus status) => status switch
    {
        InvitationStatus.Accepted => Color.Success,
        InvitationStatus.Declined or InvitationStatus.Cancelled => Color.Error,
        InvitationStatus.Waitlisted or InvitationStatus.Tentative => Color.Warning,
        _ => Color.Default,
    };

    private static string Encode(string text) => PlainMarkup.Encode(text);

    /// <summary>
    /// "at 13:05, by Daan Visser" (without "by" when nobody at a desk was recorded), after how they came in when they were
    /// not expected: "Admitted at the door (their answer: Not coming) · at 13:05, by Daan Visser", "Walk-in · at 13:07".
    /// </summary>
    private string ArrivalDetail(GuestListRow guest, DateTime arrivedUtc)
    {
        var at = EventTime.ToLocal(arrivedUtc, TimeZoneId).ToString("HH:mm", CultureInfo.InvariantCulture);
        var when = guest.CheckedInBy is { } by ? L["Guests_CameAtBy", at, CoreL.Person(by)].Value : L["Guests_CameAt", at].Value;
        return guest.Arrival switch
        {
            ArrivalKind.Admitted => $"{L["Guests_AdmittedAfterAnswer", CoreL.Name(ArrivalKind.Admitted), CoreL.Name(guest.Status)]} · {when}",
            ArrivalKind.WalkIn => $"{CoreL.Name(ArrivalKind.WalkIn)} · {when}",
            _ => when,
        };
    }
}
