using System.Globalization;
using EventHub.App.Components.Shared;
using EventHub.App.Hosting;
using EventHub.Core.Common;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Core.Texts;
using EventHub.Core.Directory;

namespace EventHub.App.Components.Pages.Invitations;

/// <summary>
/// <c>GET /events/{id}/guests.csv</c> (or <c>.xlsx</c>, an Excel workbook): the guest list's current filter, streamed, for
/// organisers. Query parameters mirror <see cref="GuestQuery"/>, plus <c>delimiter=semicolon|comma</c> and <c>lang=nl|en</c>.
/// </summary>
public static class GuestListExportEndpoints
{
    public static IEndpointRouteBuilder MapGuestListExport(this IEndpointRouteBuilder endpoints)
    {
        foreach (var pattern in ExportRoutes.Patterns("/events/{id:int}/guests"))
        {
            endpoints.MapGet(pattern, ExportAsync).RequireAuthorization(Policies.Organise);
        }

        return endpoints;
    }

    /// <summary>The link the guest list's export menu offers, carrying its filter, its sort and the person's language.</summary>
    public static string Link(int eventId, GuestQuery query, bool semicolon = false, ExportFormat format = ExportFormat.Csv) =>
        ExportRoutes.Link($"events/{eventId}/guests", semicolon, format,
            ("status", query.Status?.ToString()),
            ("sector", query.Sector?.ToString()),
            ("organisationId", query.OrganisationId?.ToString(CultureInfo.InvariantCulture)),
            ("sessionId", query.SessionId?.ToString(CultureInfo.InvariantCulture)),
            ("hasNeeds", query.HasAccessNeeds is { } needs ? (needs ? "true" : "false") : null),
            ("search", query.Search),
            ("checkedIn", query.CheckedIn is { } arrived ? (arrived ? "true" : "false") : null),
            ("notDelivered", query.NotDelivered ? "true" : null),
            ("sort", query.Sort == GuestSort.Name ? null : query.Sort.ToString()),
            ("descending", query.Descending ? "true" : null));

    private static async Task<IResult> ExportAsync(
        int id, GuestListExportService export, EventService events, TimeProvider time, HttpContext context,
        InvitationStatus? status, Sector? sector, int? organisationId, int? sessionId, bool? hasNeeds, string? search, bool? checkedIn, bool? notDelivered,
        GuestSort? sort, bool? descending, string? delimiter, string? lang)
    {
        // Checked before streaming starts: once the first byte is out, a 404 can no longer be sent.
        if (TableExport.OptionsFor(context.Request.Path.Value, delimiter, lang) is not { } options || await events.GetAsync(id, context.RequestAborted) is null)
        {
            return TypedResults.NotFound();
        }

        var query = new GuestQuery(status, sector, organisationId, sessionId, hasNeeds, search, sort ?? GuestSort.Name, descending ?? false,
            CheckedIn: checkedIn, NotDelivered: notDelivered == true);
        var today = EventTime.ToLocal(time.GetUtcNow().UtcDateTime, EventTime.DefaultTimeZoneId);
        var name = Localized.Core(options.Language)["GuestListExport_FileName"];
        return TypedResults.Stream(
            stream => export.WriteAsync(id, query, stream, options, context.RequestAborted),
            options.Format.ContentType(),
            $"{name}-{id}-{today:yyyy-MM-dd}.{options.Format.Extension()}");
    }
}
