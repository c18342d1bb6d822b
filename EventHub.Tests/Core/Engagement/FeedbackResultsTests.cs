using System.Text;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Engagement;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Engagement;

/// <summary>
/// Results by sector on a small hand-computed set: Business 4 answers (hidden: fewer than 5), Education 5 (the next
/// smallest, hidden as well so the total gives nothing back), Government 6 (shown), Civil society none; 20 asked.
/// </summary>
public class FeedbackResultsTests : IAsyncLifetime
{
    private TestDatabase _db = default!;
    private FeedbackWorld _world = default!;

    private FeedbackResultsService Results => _db.Services.GetRequiredService<FeedbackResultsService>();

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = new FeedbackWorld(_db.Services);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task AnEventsResults_HideTheSectorOfFour_AndTheNextSmallestOfFive_ButShowTheTotal()
    {
        var eventId = await MeetingAsync("Dialoogavond");

        var results = (await Results.ForEventAsync(eventId))!;

        Assert.Equal(20, results.Sent);
        Assert.Equal(15, results.Answered);
        Assert.Equal(0.75, results.ResponseRate);
        var rows = results.BySector.Sectors.ToDictionary(r => r.Sector!.Value, r => r.Figures);
        Assert.Equal(FeedbackFigures.HiddenGroup, rows[Sector.Business]);
        Assert.Equal(FeedbackFigures.HiddenGroup, rows[Sector.Education]);
        Assert.Equal(new FeedbackFigures(6, new RatingAverages(3, 3, 3)), rows[Sector.Government]);
        Assert.Equal(new FeedbackFigures(0, null), rows[Sector.CivilSociety]);
        // (5 × 4.4 + 4 × 2 + 6 × 3) / 15 = 48 / 15 = 3.2
        Assert.Equal(3.2, results.BySector.Total.Averages!.Heard, 6);
        Assert.Equal(4, results.BySector.Sectors.Count); // nobody without an organisation answered: no such row
    }

    [Fact]
    public async Task FewerThanFiveAnswers_HideTheTotalAndTheResponseRate()
    {
        var @event = await _world.EventAsync("Kleine kring");
        var guests = await _world.GuestsAsync(@event, Sector.Education, 6);
        await _db.Services.GetRequiredService<FeedbackRequestJob>().QueueDueAsync();
        await _world.AnswerAsync(guests.Take(4), heard: 5);

        var results = (await Results.ForEventAsync(@event.Id))!;

        Assert.Equal(6, results.Sent);
        Assert.Null(results.Answered);
        Assert.Null(results.ResponseRate);
        Assert.True(results.BySector.Total.Hidden);
    }

    [Fact]
    public async Task TheCsv_HidesTheSameGroups_InTheSameWords_AndHoldsNoOpenAnswers()
    {
        var eventId = await MeetingAsync("Dialoogavond");
        var results = (await Results.ForEventAsync(eventId))!;
        using var stream = new MemoryStream();

        await FeedbackExport.WriteAsync(results, stream, new ExportOptions(Language.Nl, CsvDelimiter.Semicolon));

        var lines = Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([
            "Sector;Respondenten;Voelde zich gehoord (gemiddelde 1–5);De tijd waard (gemiddelde 1–5);Juiste mensen aan tafel (gemiddelde 1–5)",
            "Overheid;6;3,0;3,0;3,0",
            "Onderwijs;verborgen, om een kleine groep te beschermen;;;",
            "Bedrijfsleven;verborgen, om een kleine groep te beschermen;;;",
            "Maatschappelijke organisaties;0;;;",
            "Totaal;15;3,2;3,6;3,0",
        ], lines);
        Assert.DoesNotContain("tafels", string.Join("\n", lines));
    }

    [Fact]
    public async Task TheExcelWorkbook_HoldsTheCsvsRows_WithFiguresAsNumbersToSumAndChart_AndHiddenGroupsInWords()
    {
        var eventId = await MeetingAsync("Dialoogavond");
        var results = (await Results.ForEventAsync(eventId))!;
        using var xlsx = new MemoryStream();

        await FeedbackExport.WriteAsync(results, xlsx, new ExportOptions(Language.Nl, Format: ExportFormat.Xlsx));

        var workbook = OpenedWorkbook.Open(xlsx.ToArray());
        Assert.Equal("feedback", workbook.SheetName);
        Assert.Equal(["Sector", "Respondenten", "Voelde zich gehoord (gemiddelde 1–5)", "De tijd waard (gemiddelde 1–5)", "Juiste mensen aan tafel (gemiddelde 1–5)"],
            workbook.Rows[0]);
        Assert.Equal(new object?[] { "Overheid", 6d, 3d, 3d, 3d }, workbook.Rows[1]);
        Assert.Equal(new object?[] { "Onderwijs", "verborgen, om een kleine groep te beschermen", null, null, null }, workbook.Rows[2]);
        Assert.Equal(new object?[] { "Maatschappelijke organisaties", 0d, null, null, null }, workbook.Rows[4]);
        Assert.Equal(new object?[] { "Totaal", 15d, 3.2, 3.6, 3d }, workbook.Rows[5]);
        Assert.Contains("formatCode=\"0.0\"", workbook.Styles); // 3,0 in Dutch Excel, as the screen shows it
    }

    [Fact]
    public async Task OpenAnswers_AreListedWithoutNamesOrSectors()
    {
        var eventId = await MeetingAsync("Dialoogavond");

        var open = await Results.OpenAnswersAsync(eventId);

        Assert.Equal(2, open.Count);
        Assert.All(open, o => Assert.Equal("Meer tijd voor de tafels", o.ShouldChange));
    }

    [Fact]
    public async Task OverTime_ShowsEachEventAsItsOwnResultsDo_AndCountsOnlyTheSectorGroupsTheyShow()
    {
        await MeetingAsync("Grote avond");
        var small = await _world.EventAsync("Kleine kring", FeedbackWorld.EventStart.AddDays(-1));
        var smallGuests = await _world.GuestsAsync(small, Sector.Education, 3);
        var medium = await _world.EventAsync("Middelgroot", FeedbackWorld.EventStart.AddDays(-2));
        var mediumGuests = await _world.GuestsAsync(medium, Sector.Business, 7);
        await _db.Services.GetRequiredService<FeedbackRequestJob>().QueueDueAsync();
        await _world.AnswerAsync(smallGuests, heard: 1);
        await _world.AnswerAsync(mediumGuests, heard: 2);
        var outside = await _world.EventAsync("Vorig jaar", new DateTime(2025, 11, 1, 19, 0, 0, DateTimeKind.Utc));

        var overTime = await Results.OverTimeAsync(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));

        Assert.Equal(["Grote avond", "Kleine kring", "Middelgroot"], overTime.Events.Select(e => e.Title));
        var rows = overTime.Events.ToDictionary(e => e.Title);
        Assert.Equal(15, rows["Grote avond"].Figures.Respondents);
        Assert.True(rows["Kleine kring"].Figures.Hidden);
        Assert.Equal(7, rows["Middelgroot"].Figures.Respondents);
        Assert.Equal((20, 3, 7), (rows["Grote avond"].Sent, rows["Kleine kring"].Sent, rows["Middelgroot"].Sent));
        // By sector, only the groups the events' own results show: Education is hidden at both its events (5 beside the
        // hidden 4 at "Grote avond", 3 at "Kleine kring"), Business only shown at "Middelgroot" (7), Government 6.
        var sectors = overTime.BySector.Sectors.ToDictionary(r => r.Sector!.Value, r => r.Figures);
        Assert.Equal(FeedbackFigures.HiddenGroup, sectors[Sector.Education]);
        Assert.Equal((7, 6), (sectors[Sector.Business].Respondents, sectors[Sector.Government].Respondents));
        Assert.Equal(13, overTime.BySector.Total.Respondents);
        Assert.DoesNotContain(overTime.Events, e => e.EventId == outside.Id);
    }

    [Fact]
    public async Task TheAnnualReport_CarriesTheYearsFeedback_WithTheSameGroupsHidden_AndNoOpenAnswers()
    {
        await MeetingAsync("Dialoogavond");
        var earlier = await _world.EventAsync("Vorig jaar", new DateTime(2025, 11, 1, 19, 0, 0, DateTimeKind.Utc));
        await _world.GuestsAsync(earlier, Sector.Business, 8);

        var report = await _db.Services.GetRequiredService<AnnualReportService>().ForYearAsync(2026);
        var staff = AnnualReportMarkdown.Staff(report, Language.En, null, slug => slug);
        var open = AnnualReportMarkdown.Public(report, Language.Nl, null, slug => slug);

        Assert.Equal(20, report.Feedback.Asked);
        Assert.Equal(6, report.Feedback.BySector.Total.Respondents); // the groups the event's results show: Government
        Assert.Contains("20 attendees were asked for feedback; 6 answers are counted here.", staff);
        Assert.Contains("| Government | 6 | 3.0 | 3.0 | 3.0 |", staff);
        Assert.Contains("| Business | hidden, to protect a small group | – | – | – |", staff);
        Assert.Contains("| Onderwijs | verborgen, om een kleine groep te beschermen | – | – | – |", open);
        Assert.Contains("| Totaal van de getoonde groepen | 6 | 3,0 | 3,0 | 3,0 |", open);
        Assert.DoesNotContain("tafels", staff + open);
        var none = await _db.Services.GetRequiredService<AnnualReportService>().ForYearAsync(2024);
        Assert.Equal(0, none.Feedback.Asked);
    }

    /// <summary>20 attendees asked; 15 answer: Education 5 (heard: 5, 5, 4, 4, 4 = 4.4), Business 4 (2), Government 6 (3).</summary>
    private async Task<int> MeetingAsync(string title)
    {
        var @event = await _world.EventAsync(title);
        var education = await _world.GuestsAsync(@event, Sector.Education, 6);
        var business = await _world.GuestsAsync(@event, Sector.Business, 5);
        var government = await _world.GuestsAsync(@event, Sector.Government, 6);
        await _world.GuestsAsync(@event, Sector.CivilSociety, 3);
        await _db.Services.GetRequiredService<FeedbackRequestJob>().QueueDueAsync();
        await _world.AnswerAsync(education.Take(2), heard: 5, worthwhile: 4, rightMix: 3, shouldChange: "Meer tijd voor de tafels");
        await _world.AnswerAsync(education.Skip(2).Take(3), heard: 4, worthwhile: 4, rightMix: 3);
        await _world.AnswerAsync(business.Take(4), heard: 2, worthwhile: 4, rightMix: 3);
        await _world.AnswerAsync(government, heard: 3, worthwhile: 3, rightMix: 3);
        return @event.Id;
    }
}
