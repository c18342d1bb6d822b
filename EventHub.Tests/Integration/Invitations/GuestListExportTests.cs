using System.Net;
using System.Text;
using EventHub.Core.Data;
using EventHub.App.Components.Pages.Invitations;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Integration.Invitations;

public class GuestListExportTests(EventHubAppFixture app) : IClassFixture<EventHubAppFixture>
{
    [Fact]
    public async Task GuestsCsv_Anonymous_RedirectsToLogin()
    {
        var response = await SignIn.NewClient(app.Factory).GetAsync($"/events/{await PublishedEventIdAsync()}/guests.csv");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task GuestsCsv_Facilitator_IsDenied()
    {
        var client = await SignIn.AsAsync(app.Factory, "facilitator@eventhub.example");

        var response = await client.GetAsync($"/events/{await PublishedEventIdAsync()}/guests.csv");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task GuestsCsv_OrganiserFiltersComing_GetsABomAndOnlyAYesNoForNeeds()
    {
        var client = await SignIn.AsAsync(app.Factory, "organiser@eventhub.example");

        var response = await client.GetAsync($"/events/{await PublishedEventIdAsync()}/guests.csv?status=Accepted&lang=en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        var lines = text.TrimEnd().Split("\r\n");
        Assert.Equal("Name,Email,Organisation,Sector,Status,Sessions,Answered at,Arrived at,Came in as,Checked in by,Has needs,Decline reason,Decline note", lines[0]);
        // The demo seeds nine acceptances, one of them needing a sign language interpreter.
        Assert.Equal(9, lines.Length - 1);
        Assert.All(lines[1..], line => Assert.Contains(",Coming,", line));
        Assert.Single(lines, line => line.EndsWith(",yes,,", StringComparison.Ordinal)); // no decline reason or note for people coming
        Assert.DoesNotContain("sign", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task GuestsCsv_DutchWithSemicolons_TranslatesHeadersAndStatuses()
    {
        var client = await SignIn.AsAsync(app.Factory, "organiser@eventhub.example");

        var response = await client.GetAsync($"/events/{await PublishedEventIdAsync()}/guests.csv?status=Declined&delimiter=semicolon&lang=nl");

        Assert.StartsWith("gastenlijst-", response.Content.Headers.ContentDisposition!.FileNameStar);
        var lines = Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..]).TrimEnd().Split("\r\n");
        Assert.StartsWith("Naam;E-mail;Organisatie;Sector;Status;", lines[0]);
        Assert.All(lines[1..], line => Assert.Contains(";Komt niet;", line));
    }

    [Fact]
    public async Task GuestsXlsx_DutchOrganiser_GetsAnExcelWorkbookWithTheSameGuests()
    {
        var client = await SignIn.AsAsync(app.Factory, "organiser@eventhub.example");

        var response = await client.GetAsync($"/events/{await PublishedEventIdAsync()}/guests.xlsx?status=Declined&lang=nl");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Matches(@"^gastenlijst-\d+-\d{4}-\d{2}-\d{2}\.xlsx$", response.Content.Headers.ContentDisposition!.FileNameStar);
        var workbook = OpenedWorkbook.Open(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Naam", "E-mail", "Organisatie", "Sector", "Status"], workbook.Rows[0][..5]);
        Assert.NotEmpty(workbook.Rows.Skip(1));
        Assert.All(workbook.Rows.Skip(1), row => Assert.Equal("Komt niet", row[4]));
    }

    [Fact]
    public async Task GuestsCsv_UnknownEvent_IsNotFound()
    {
        var client = await SignIn.AsAsync(app.Factory, "organiser@eventhub.example");

        var response = await client.GetAsync("/events/99999/guests.csv");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GuestsCsv_FromTheExportMenu_KeepsTheNotArrivedFilterAndTheSort_ToPhoneTheNoShows()
    {
        var client = await SignIn.AsAsync(app.Factory, "organiser@eventhub.example");
        int eventId;
        await using (var db = await app.Factory.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync())
        {
            eventId = await db.Events.Where(e => e.Status == EventStatus.Closed).Select(e => e.Id).SingleAsync();
        }

        var noShows = new GuestQuery(Status: InvitationStatus.Accepted, CheckedIn: false);
        var ascending = await RowsAsync(client, GuestListExportEndpoints.Link(eventId, noShows));
        var descending = await RowsAsync(client, GuestListExportEndpoints.Link(eventId, noShows with { Descending = true }));

        // The demo's closed evening: 33 said yes, 27 came.
        Assert.Equal(6, ascending.Count);
        Assert.All(ascending, row => Assert.Equal("", row.Split(',')[7])); // "Arrived at"
        Assert.Equal(ascending.AsEnumerable().Reverse(), descending);
    }

    private static async Task<List<string>> RowsAsync(HttpClient client, string link)
    {
        var response = await client.GetAsync("/" + link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').TrimEnd().Split("\r\n")[1..].ToList();
    }

    private async Task<int> PublishedEventIdAsync()
    {
        await using var db = await app.Factory.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        return await db.Events.Where(e => e.Status == EventStatus.Published).Select(e => e.Id).SingleAsync();
    }
}
