using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Audit;

/// <summary>
/// An organiser renames an organisation and edits an event; the admin finds both changes in the audit log, old → new,
/// by filtering on the organiser; a guest's access needs appear there only as "changed".
/// </summary>
[Collection(DirectoryBrowserCollection.Name)]
public class AuditLogTests(DirectoryBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task Admin_SeesWhatTheOrganiserChanged_OldToNew_AndNeedsOnlyAsChanged()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var organiserName = await AppData.ReadAsync(browser.App, db => db.Users.Where(u => u.Email == "organiser@eventhub.example").Select(u => u.DisplayName).SingleAsync());
        var (eventId, oldTitle) = await AppData.ReadAsync(browser.App, db => db.Events
            .Where(e => e.Status == EventStatus.Published).OrderBy(e => e.Id).Select(e => new { e.Id, e.Title }).FirstAsync()
            .ContinueWith(t => (t.Result.Id, t.Result.Title)));

        var organiser = await browser.NewPageAsync();
        await organiser.SignInAsync("organiser@eventhub.example", at: "/organisations");
        var link = organiser.Locator("tbody tr").First.GetByRole(AriaRole.Link).First;
        var oldName = (await link.InnerTextAsync()).Trim();
        var newName = $"{oldName} {suffix}";
        await link.OpenPageAsync();
        await Expect(organiser.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(oldName);
        await organiser.Locator("#edit-organisation").OpenDialogAsync();
        await organiser.Locator("#organisation-name").FillAsync(newName);
        await organiser.Locator("#organisation-save").ClickAsync();
        await Expect(organiser.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(newName);

        var newTitle = $"{oldTitle} ({suffix})";
        await organiser.OpenAsync($"/events/{eventId}/edit", interactive: false);
        await Expect(organiser.Locator("#event-title")).ToHaveValueAsync(oldTitle); // the editor has loaded the event
        await organiser.Locator("#event-title").FillAsync(newTitle);
        await organiser.Locator("#event-save").OpenPageAsync(); // saved, the event's own page opens
        await Expect(organiser.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(newTitle);

        var invitationId = await StateNeedsAsync(eventId, "no nuts please");

        var admin = await browser.NewPageAsync();
        await admin.SignInAsync("admin@eventhub.example", at: "/admin/audit");
        await admin.Locator("#audit-who").ClickAsync();
        await admin.GetByRole(AriaRole.Option, new() { Name = organiserName, Exact = true }).ClickAsync();

        var renamed = admin.Locator("tbody tr", new() { HasText = $"{oldName} → {newName}" });
        await Expect(renamed).ToContainTextAsync($"Changed organisation “{newName}”");
        await Expect(renamed).ToContainTextAsync(organiserName);
        await Expect(admin.Locator("tbody tr", new() { HasText = $"{oldTitle} → {newTitle}" })).ToContainTextAsync($"Changed event “{newTitle}”");
        await admin.ScreenshotAsync("audit-log-by-organiser");
        await admin.AssertAccessibleAsync();

        await admin.Locator(".mud-select", new() { Has = admin.Locator("#audit-who") }).First.ClickAsync();
        await admin.GetByRole(AriaRole.Option, new() { Name = "System", Exact = true }).ClickAsync();
        await admin.Locator(".mud-select", new() { Has = admin.Locator("#audit-kind") }).First.ClickAsync();
        await admin.GetByRole(AriaRole.Option, new() { Name = "Invitation", Exact = true }).ClickAsync();
        await admin.Locator("#audit-record").FillAsync(invitationId.ToString());
        await Expect(admin.Locator("tbody tr").Filter(new() { HasNotText = $"Invitation #{invitationId}" })).ToHaveCountAsync(0);
        var needs = admin.Locator("tbody tr", new() { HasText = "Dietary needs" }).First;
        await Expect(needs).ToContainTextAsync("Dietary needs: changed");
        await Expect(admin.Locator("#audit-table")).Not.ToContainTextAsync("nuts");
        await admin.ScreenshotAsync("audit-log-needs-changed");
    }

    [Fact]
    public async Task Admin_OnAPhone_FindsTheRecordButton_UnderTheEndOfItsSentence_AsOnALaptopUnderItsStart()
    {
        // MudBlazor stacks a row as label–value lines at 600 px and below, each value at the line's end; the record
        // ("Organisation #12") sat at the start under an end-aligned sentence.
        var name = $"Stichting Rechtsuit {Guid.NewGuid().ToString("N")[..6]}";
        await AddAnOrganisationAsync(name);
        var admin = await browser.NewPageAsync();
        await admin.SetViewportSizeAsync(390, 844);
        await admin.SignInAsync("admin@eventhub.example", at: "/admin/audit");
        var row = admin.Locator("tbody tr", new() { HasText = name }).First;
        await Expect(row.Locator(".audit-record")).ToBeVisibleAsync();
        await Expect(row.Locator("td").First).ToHaveCSSAsync("display", "flex"); // the stacked row: a label–value line a cell

        await row.ScreenshotAsync("audit-row-390");
        var (sentenceStart, sentenceEnd, recordStart, recordEnd) = await EdgesAsync(row);
        Assert.True(Math.Abs(recordEnd - sentenceEnd) <= 1,
            $"On a phone the record ends at {recordEnd:0} px, its sentence at {sentenceEnd:0} px (they start at {recordStart:0} and {sentenceStart:0} px)");

        await admin.SetViewportSizeAsync(1280, 800);
        await Expect(row.Locator("td").First).ToHaveCSSAsync("display", "table-cell");
        (sentenceStart, _, recordStart, _) = await EdgesAsync(row);
        Assert.True(Math.Abs(recordStart - sentenceStart) <= 1,
            $"On a laptop the record starts at {recordStart:0} px, its sentence at {sentenceStart:0} px");
    }

    /// <summary>Where the row's sentence and record button start and end, left to right.</summary>
    private static async Task<(double SentenceStart, double SentenceEnd, double RecordStart, double RecordEnd)> EdgesAsync(ILocator row)
    {
        var edges = await row.EvaluateAsync<double[]>("""
            row => {
                const sentence = row.querySelector('.audit-what').getBoundingClientRect();
                const record = row.querySelector('.audit-record').getBoundingClientRect();
                return [sentence.left, sentence.right, record.left, record.right];
            }
            """);
        return (edges[0], edges[1], edges[2], edges[3]);
    }

    /// <summary>A new organisation, added through the app's own database access: an audit entry with its record.</summary>
    private async Task AddAnOrganisationAsync(string name)
    {
        await using var db = await browser.App.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        db.Organisations.Add(new Organisation(name, Sector.CivilSociety, SubSector.Foundation, DateTime.UtcNow));
        await db.SaveChangesAsync();
    }

    /// <summary>A guest's needs change through the app's own database access (a background write: the system).</summary>
    private async Task<int> StateNeedsAsync(int eventId, string dietary)
    {
        await using var db = await browser.App.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        var invitation = await db.Invitations.Where(i => i.EventId == eventId).OrderBy(i => i.Id).FirstAsync();
        invitation.StateNeeds(AccessNeeds.StepFreeAccess, null, null, dietary);
        await db.SaveChangesAsync();
        return invitation.Id;
    }
}
