using AngleSharp.Html.Parser;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Integration;

/// <summary>
/// The page a browser shows before the circuit has started (the prerendered HTML; on a phone on a slow network, a second
/// or more) must not tell an organiser that a list is empty when it is not: it says "Loading…" where the rows will come,
/// and its pager ("0-0 of 0") is hidden until then.
/// </summary>
public class ListsBeforeTheirRowsTests(EventHubAppFixture app) : IClassFixture<EventHubAppFixture>
{
    [Theory]
    [InlineData("organiser@eventhub.example", "/events", "There are no events yet.")]
    [InlineData("organiser@eventhub.example", "/organisations", "The directory is empty.")]
    [InlineData("organiser@eventhub.example", "/organisations/1", "No contacts at this organisation yet.")]
    [InlineData("organiser@eventhub.example", "/contacts", "No contacts yet.")]
    [InlineData("organiser@eventhub.example", "/events/1", "No messages sent yet.")]
    [InlineData("facilitator@eventhub.example", "/actions", "No action items yet")]
    [InlineData("organiser@eventhub.example", "/outbox", "No email has been written yet.")]
    [InlineData("admin@eventhub.example", "/admin/audit", "No entries match these filters.")]
    public async Task AListOpened_BeforeItsRowsCome_SaysLoading_NotThatItIsEmpty_AndHidesItsPager(string email, string path, string emptyText)
    {
        var client = await SignIn.AsAsync(app.Factory, email);

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(path));

        Assert.DoesNotContain(emptyText, page.Body!.Text());
        var emptyRows = page.QuerySelectorAll(".mud-table-empty-row");
        Assert.NotEmpty(emptyRows);
        Assert.All(emptyRows, row => Assert.Equal("Loading…", row.QuerySelector("[role=status]")?.Text()));
        var pagers = page.QuerySelectorAll(".mud-table-pagination");
        Assert.Equal(emptyRows.Length, pagers.Length);
        Assert.All(pagers, pager => Assert.True(pager.QuerySelector(".eh-grid-pager")?.HasAttribute("hidden"), pager.OuterHtml));
    }

    [Fact]
    public async Task TheActionTracker_BeforeItsRowsCome_CountsItsFilters()
    {
        var items = await AppData.ReadAsync(app.Factory, db => db.ActionItems.CountAsync());
        Assert.True(items > 0, "the demo has action items");
        var client = await SignIn.AsAsync(app.Factory, "facilitator@eventhub.example");

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/actions"));

        Assert.Equal($"All ({items})", page.QuerySelector("#action-status-all")!.Text());
    }
}
