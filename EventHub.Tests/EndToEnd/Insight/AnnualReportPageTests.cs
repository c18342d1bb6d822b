using System.Text;
using System.Text.RegularExpressions;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Core.Outcomes;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Insight;

/// <summary>
/// The coordinator's annual report (issue 16, section 5): read on screen in English and Dutch, printed on A4 (checked as
/// the PDF chromium prints), downloaded as Markdown; and its public version, which the organiser publishes and anyone can then open, which quotes
/// no decision and hides access provisions counted for fewer than 5 guests. The year is 2019, which no other story uses.
/// </summary>
[Collection(InsightBrowserCollection.Name)]
public partial class AnnualReportPageTests(InsightBrowserFixture browser) : BrowserStory(browser)
{
    private const int Year = 2019;
    private const string Title = "Jaarverslagdialoog 2019";
    private const string Decision = "Elke school krijgt een ouderconsulent";

    [Fact]
    public async Task Organiser_ReadsPrintsAndDownloadsTheAnnualReport_TheWorldReadsThePublicVersion()
    {
        await YearAsync();
        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example", at: $"/insight/annual-report/{Year}");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex($"[Aa]nnual report {Year}$"));
        await Expect(page.Locator("#annual-glance li")).ToContainTextAsync(["1 event held", "2 organisations took part (2 invited)", "2 organisations took part for the first time", "6 people took part", "1 decision recorded"]);
        var row = page.Locator("#annual-events tbody tr");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("th")).ToHaveTextAsync(Title);
        await Expect(row.Locator("td")).ToHaveTextAsync(["14 May", "7", "6", "6", "Read the report: " + Title]);
        await Expect(page.Locator("#annual-decisions li")).ToContainTextAsync([Decision]);
        await Expect(page.Locator("#annual-provisions tbody :is(th, td)")).ToHaveTextAsync(["Step-free access", "1"]);
        await Expect(page.Locator("#annual-years a", new() { HasText = $"{Year + 1}" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("annual-report-en");

        // Printed: the buttons stay on screen, the report fills A4 pages.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator("nav.eh-print-toolbar")).ToBeHiddenAsync();
        await Expect(page.Locator("#annual-publication")).ToBeHiddenAsync();
        var pdf = await page.PdfAsync(new() { Format = "A4", PreferCSSPageSize = true, Path = Path.Combine(RepositoryPaths.Screenshots, "annual-report.pdf") });
        using (var document = PdfDocument.Open(pdf))
        {
            Assert.InRange(document.NumberOfPages, 1, 3);
            Assert.All(document.GetPages(), p => Assert.True(Math.Abs(p.Width - 595.3) < 1 && Math.Abs(p.Height - 841.9) < 1, $"{p.Width} x {p.Height} pt is not A4"));
            var text = Squeezed(string.Concat(document.GetPages().Select(p => p.Text)));
            Assert.Contains(Squeezed($"annual report {Year}"), text, StringComparison.OrdinalIgnoreCase);
            Assert.Contains(Squeezed(Title), text);
            Assert.Contains(Squeezed(Decision), text);
            Assert.DoesNotContain(Squeezed("Download as Markdown"), text);
        }

        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#annual-markdown").ClickAsync());
        Assert.Equal($"annual-report-{Year}.md", download.SuggestedFilename);
        var markdown = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains($"| {Title} | 14 May | 7 | 6 | 6 | [Read the report](http", markdown);
        Assert.Contains(Decision, markdown);

        // In Dutch, through the report's own language link.
        await page.Locator("#annual-language a[lang=nl]").OpenPageAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex($"[Jj]aarverslag {Year}$"));
        await Expect(page.Locator("#annual-provisions tbody :is(th, td)")).ToHaveTextAsync(["Drempelvrije toegang", "1"]);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("annual-report-nl");

        // Not public until the alliance publishes it: a visitor is told it does not exist; the organiser publishes after
        // a confirmation that says what becomes public.
        var visitor = await browser.NewPageAsync();
        Assert.Equal(404, (await visitor.GotoAsync($"/alliance/{Year}"))!.Status);
        await page.Locator("#annual-publish").ClickAsync();
        await Expect(page.Locator("#annual-publish-confirm")).ToContainTextAsync($"{Year}");
        await page.Locator("#annual-publish-confirmed").OpenPageAsync(); // published, the page is loaded anew
        await Expect(page.Locator("#annual-publication-status")).ToContainTextAsync($"/alliance/{Year}");
        await Expect(page.Locator("#annual-withdraw")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        // The public version, for anyone, on a phone: figures and the published report, no decision, no small counts.
        await visitor.SetViewportSizeAsync(390, 844);
        await visitor.GotoAsync($"/alliance/{Year}");
        await Expect(visitor.Locator("#annual-public-note")).ToBeVisibleAsync();
        await Expect(visitor.Locator("#annual-glance li").Nth(4)).ToHaveTextAsync("1 decision recorded");
        await Expect(visitor.Locator("#annual-decisions")).ToHaveCountAsync(0);
        await Expect(visitor.GetByText(Decision)).ToHaveCountAsync(0);
        await Expect(visitor.Locator("#annual-provisions tbody td")).ToHaveTextAsync(["fewer than 5"]);
        await visitor.AssertAccessibleAsync();
        await visitor.ScreenshotAsync("annual-report-public-phone");
        await visitor.Locator("#annual-events a").ClickAsync();
        await Expect(visitor).ToHaveURLAsync(new Regex("/e/.+/report$"));
    }

    /// <summary>One meeting on 14 May 2019: seven invited from two organisations, six came (one in a wheelchair), one decision; its report published.</summary>
    private async Task YearAsync()
    {
        var services = browser.App.Services;
        var dbFactory = services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        var start = new DateTime(2019, 5, 14, 13, 0, 0, DateTimeKind.Utc);
        if (await (await dbFactory.CreateDbContextAsync()).Events.AnyAsync(e => e.Title == Title))
        {
            return;
        }

        var @event = await ReportEvents.CreateAsync(dbFactory, Title, start);
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            var tracked = await db.Events.SingleAsync(e => e.Id == @event.Id);
            var school = new Organisation($"Jaarverslagschool {Guid.NewGuid():N}"[..30], Sector.Education, SubSector.Primary, start.AddYears(-1));
            var city = new Organisation($"Jaarverslaggemeente {Guid.NewGuid():N}"[..30], Sector.Government, SubSector.Municipality, start.AddYears(-1));
            for (var i = 0; i < 7; i++)
            {
                var contact = new Contact("Gast", $"Jaarverslag{i}", $"jaarverslag.{i}.{Guid.NewGuid():N}@example.org", Language.Nl, start.AddYears(-1));
                contact.MoveTo(i < 4 ? school : city, start.AddYears(-1));
                var invitation = new Invitation(tracked, contact, start.AddDays(-20));
                invitation.Issue(Guid.NewGuid().ToString("N"), start.AddDays(-20));
                invitation.Answer(i < 6 ? InvitationStatus.Accepted : InvitationStatus.Declined, start.AddDays(-10));
                invitation.StateNeeds(i == 0 ? AccessNeeds.StepFreeAccess : AccessNeeds.None, null, null, null);
                if (i < 6)
                {
                    invitation.CheckIn(start);
                }

                db.Invitations.Add(invitation);
            }

            await db.SaveChangesAsync();
        }

        await new RecordedSession().Decision(Decision).Final()
            .SaveAsync(dbFactory, ReportEvents.SessionId(@event, ReportEvents.RoundTable), start.AddHours(5));
        await using var scope = services.CreateAsyncScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<EventReportService>().PublishAsync(@event.Id)).Succeeded);
    }

    /// <summary>
    /// The PDF's text without white space, and with the ligatures chromium sets ("ﬀ" in a title ending "84ff2a") read as
    /// their letters again (NFKC), so random test data never decides the outcome.
    /// </summary>
    private static string Squeezed(string text) => WhiteSpace().Replace(text.Normalize(NormalizationForm.FormKC), "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
