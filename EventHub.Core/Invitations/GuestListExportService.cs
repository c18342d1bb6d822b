using EventHub.Core.Audit;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Texts;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Invitations;

/// <summary>
/// Streams an event's guest list as CSV or an Excel workbook for the current filter (the grid's <see cref="GuestQuery"/>, without paging).
/// Access needs are sensitive: the file only says whether someone has any, never which. After the door opened it also says
/// who came: arrival time, how (expected, admitted at the door, walk-in) and who checked them in.
/// </summary>
public sealed class GuestListExportService(IDbContextFactory<EventHubDbContext> dbFactory)
{
    private static readonly string[] Headers = ["Name", "Email", "Organisation", "Sector", "Status", "Sessions", "AnsweredAt", "ArrivedAt", "Arrival", "CheckedInBy", "HasNeeds", "DeclineReason", "DeclineNote"];

    /// <returns>False when the event does not exist (the caller answers 404).</returns>
    public async Task<bool> WriteAsync(int eventId, GuestQuery query, Stream destination, ExportOptions options, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Events.Where(e => e.Id == eventId).Select(e => new { e.TimeZoneId, e.Title }).SingleOrDefaultAsync(ct) is not { } @event)
        {
            return false;
        }

        var timeZoneId = @event.TimeZoneId;

        var rows = query.Order(query.Apply(db.Invitations.AsNoTracking().Where(i => i.EventId == eventId), db.OutboxMessages))
            .Select(i => new
            {
                Name = i.Contact.FirstName + " " + i.Contact.LastName,
                i.Contact.Email,
                OrganisationName = i.Organisation != null ? i.Organisation.Name : null,
                Sector = i.Organisation != null ? (Sector?)i.Organisation.Sector : null,
                i.Status,
                Sessions = i.Choices.OrderBy(c => c.Session.StartUtc).Select(c => new ChosenSession(c.Session.Title, c.Status == SessionChoiceStatus.Waitlisted)).ToList(),
                i.AnsweredAtUtc,
                i.CheckedInAtUtc,
                i.CheckedInByName,
                i.IsWalkIn,
                HasNeeds = i.AccessNeeds != AccessNeeds.None || i.DietaryNeeds != null,
                i.DeclineReason,
                i.DeclineNote,
            })
            .AsAsyncEnumerable();

        var text = Localized.Core(options.Language);
        var cells = rows.Select(row => (IReadOnlyList<object?>)
        [
            ErasedNames.Read(row.Name, text.Culture),
            // A walk-in who gave no address (and an erased contact) has a stand-in one: the file leaves the cell empty, as the screens say "no email address".
            Contact.IsRealEmail(row.Email) ? row.Email : null,
            row.OrganisationName,
            row.Sector is { } sector ? text.Name(sector) : null,
            // What the guest counts as, as the list shows it: someone who was checked in reads "Checked in", whatever they answered.
            text[GuestStanding.NameKey(row.Status, row.CheckedInAtUtc is not null)],
            string.Join(" | ", row.Sessions.Select(s => s.Text(title => text["GuestList_SessionWaitlisted", title]))),
            LocalTime(row.AnsweredAtUtc, timeZoneId),
            // Arrival: when (in the event's time zone), how (the same group the door's counts put them in) and by whom.
            LocalTime(row.CheckedInAtUtc, timeZoneId),
            row.CheckedInAtUtc is null ? null : text.Name(Invitation.ArrivalOf(row.Status, row.IsWalkIn)),
            row.CheckedInAtUtc is null ? null : ErasedNames.Read(row.CheckedInByName, text.Culture),
            text[row.HasNeeds ? "Export_Yes" : "Export_No"],
            row.DeclineReason is { } reason ? text.Name(reason) : null,
            // The note is there only while it is kept: retention deletes it 30 days after the event.
            row.DeclineNote,
        ]);
        var headers = Headers.Select(header => text[$"GuestListExport_{header}"]).ToList();
        var written = await TableExport.WriteAsync(headers, cells, destination, options, text["GuestListExport_FileName"], ct);
        await AuditTrail.RecordExportAsync(dbFactory, "Event", eventId, AuditSummary.Of("GuestListExported", written, options.Format.AuditName()), ct, @event.Title);
        return true;
    }

    /// <summary>A moment in the event's time zone: a date a spreadsheet can sort and filter, written as yyyy-MM-dd HH:mm in a CSV.</summary>
    private static DateTime? LocalTime(DateTime? utc, string timeZoneId) =>
        utc is { } instant ? EventTime.ToLocal(instant, timeZoneId) : null;
}
