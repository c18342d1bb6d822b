using EventHub.Core.Actions;
using EventHub.Core.Data;
using EventHub.Core.Events;
using EventHub.Core.Directory;
using EventHub.Core.Outcomes;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Outcomes;

/// <summary>An organiser turns the sessions' records into a synthesis by theme, writes a summary and publishes the report.</summary>
public class EventReportServiceTests
{
    private const string Sdg4 = "SDG 4 Quality education";
    private const string Sdg10 = "SDG 10 Reduced inequalities";
    private static readonly DateTime Start = new(2026, 10, 15, 17, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Synthesis_RecordsWithThemes_AreGroupedByThemeWithOtherLast()
    {
        await using var database = await TestDatabase.CreateAsync();
        var @event = await ReportEvents.CreateAsync(database.DbFactory, "Dialoogavond", Start);
        var now = Start.AddHours(5);
        await new RecordedSession().Themes(Sdg4).Insight("Parents need one contact person").Decision("Start a language café")
            .Action("Open the language café", "Bibliotheek Groningen", new DateOnly(2026, 12, 1)).Final()
            .SaveAsync(database.DbFactory, ReportEvents.SessionId(@event, ReportEvents.RoundTable), now);
        await new RecordedSession().Themes(Sdg4, Sdg10).Insight("Internships go to the same schools").Final()
            .SaveAsync(database.DbFactory, ReportEvents.SessionId(@event, ReportEvents.Workshop), now);
        await new RecordedSession().Insight("Stories from the neighbourhood matter")
            .SaveAsync(database.DbFactory, ReportEvents.SessionId(@event, ReportEvents.Opening), now);

        var synthesis = await Service(database).SynthesisAsync(@event.Id);

        Assert.NotNull(synthesis);
        Assert.Equal([Sdg10, Sdg4, null], synthesis.Sections.Select(s => s.Theme));
        var sdg4 = synthesis.Sections[1];
        Assert.Equal(["Parents need one contact person", "Internships go to the same schools"], sdg4.Insights.Select(i => i.Text));
        Assert.Equal("Start a language café", Assert.Single(sdg4.Decisions).Text);
        var action = Assert.Single(sdg4.Actions);
        Assert.Equal(("Open the language café", "Bibliotheek Groningen", ReportEvents.RoundTable, ActionItemStatus.Open, false),
            (action.What, action.OwnerOrganisation, action.SessionTitle, action.Status, action.IsOverdue));
        database.Time.SetUtcNow(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero)); // the day after it was due, still open
        Assert.True(Assert.Single((await Service(database).SynthesisAsync(@event.Id))!.Sections[1].Actions).IsOverdue);
        Assert.Equal(["Internships go to the same schools"], synthesis.Sections[0].Insights.Select(i => i.Text));
        Assert.Equal(["Stories from the neighbourhood matter"], synthesis.Sections[2].Insights.Select(i => i.Text));
        var gap = Assert.Single(synthesis.MissingFinal);
        Assert.Equal((ReportEvents.Opening, true), (gap.Title, gap.HasDraft));
    }

    [Fact]
    public async Task Synthesis_SectorMix_CountsEachSectorAtItsLargestSession_NotTwice()
    {
        await using var database = await TestDatabase.CreateAsync();
        var @event = await ReportEvents.CreateAsync(database.DbFactory, "Dialoogavond", Start);
        await new RecordedSession().Sector(Sector.Education, 4).Sector(Sector.Business, 1).Final()
            .SaveAsync(database.DbFactory, ReportEvents.SessionId(@event, ReportEvents.RoundTable), Start);
        await new RecordedSession().Sector(Sector.Education, 3).Sector(Sector.Government, 2).Final()
            .SaveAsync(database.DbFactory, ReportEvents.SessionId(@event, ReportEvents.Workshop), Start);

        var synthesis = await Service(database).SynthesisAsync(@event.Id);

        Assert.Equal([new SectorCount(Sector.Government, 2), new SectorCount(Sector.Education, 4), new SectorCount(Sector.Business, 1)], synthesis!.SectorMix);
        Assert.True(synthesis.IsEmpty);
        Assert.Equal([ReportEvents.Opening], synthesis.MissingFinal.Select(g => g.Title));
    }

    [Fact]
    public async Task Summarise_SavesMarkdown_AndAnEmptySummaryRemovesIt()
    {
        await using var database = await TestDatabase.CreateAsync();
        var @event = await ReportEvents.CreateAsync(database.DbFactory, "Dialoogavond", Start);
        var reports = Service(database);

        var saved = await reports.SummariseAsync(@event.Id, "  **Three** agreements.  ");
        var afterSave = (await reports.SynthesisAsync(@event.Id))!.Summary;
        var cleared = await reports.SummariseAsync(@event.Id, " ");
        var tooLong = await reports.SummariseAsync(@event.Id, new string('x', EventReport.SummaryMaxLength + 1));
        var unknown = await reports.SummariseAsync(9999, "Hello");

        Assert.True(saved.Succeeded && cleared.Succeeded);
        Assert.Equal("**Three** agreements.", afterSave);
        Assert.Null((await reports.SynthesisAsync(@event.Id))!.Summary);
        Assert.Equal(ReportErrors.SummaryTooLong, tooLong.ErrorCode);
        Assert.Equal(ReportErrors.EventNotFound, unknown.ErrorCode);
    }

    [Fact]
    public async Task Publish_PublishedEvent_MakesTheReportPublicAndCountsSessionsWithoutFinalRecord()
    {
        await using var database = await TestDatabase.CreateAsync();
        var @event = await ReportEvents.CreateAsync(database.DbFactory, "Dialoogavond", Start);
        await new RecordedSession().Insight("One desk for parents").Final()
            .SaveAsync(database.DbFactory, ReportEvents.SessionId(@event, ReportEvents.RoundTable), Start);
        var reports = Service(database);

        var before = await reports.PublicReportAsync(@event.Slug!);
        var published = await reports.PublishAsync(@event.Id);
        var after = await reports.PublicReportAsync(@event.Slug!);

        Assert.Null(before);
        Assert.True(published.Succeeded);
        Assert.Equal(2, published.Value); // the opening and the workshop have no final record; the break needs none
        Assert.NotNull(after);
        Assert.True(await reports.HasPublicReportAsync(@event.Slug!));
        Assert.Equal(TestDatabase.DefaultNow.UtcDateTime, after.PublishedAtUtc);
        Assert.Null(after.RevisedAtUtc);

        // A record made final after the report went public: the report says it was updated, and when.
        var later = TestDatabase.DefaultNow.UtcDateTime.AddDays(3);
        await new RecordedSession().Insight("Schools share one intake form").Final()
            .SaveAsync(database.DbFactory, ReportEvents.SessionId(@event, ReportEvents.Workshop), later);
        Assert.Equal(later, (await reports.PublicReportAsync(@event.Slug!))!.RevisedAtUtc);
    }

    [Fact]
    public async Task Unpublish_PublishedReport_IsNotFoundAgain()
    {
        await using var database = await TestDatabase.CreateAsync();
        var @event = await ReportEvents.CreateAsync(database.DbFactory, "Dialoogavond", Start);
        var reports = Service(database);
        await reports.PublishAsync(@event.Id);

        var unpublished = await reports.UnpublishAsync(@event.Id);

        Assert.True(unpublished.Succeeded);
        Assert.Null(await reports.PublicReportAsync(@event.Slug!));
        Assert.False(await reports.HasPublicReportAsync(@event.Slug!));
        Assert.False((await reports.SynthesisAsync(@event.Id))!.IsPublished);
    }

    [Fact]
    public async Task Publish_ClosedEvent_IsAllowed()
    {
        await using var database = await TestDatabase.CreateAsync();
        var @event = await ReportEvents.CreateAsync(database.DbFactory, "Dialoogavond", Start);
        await ChangeAsync(database.DbFactory, @event.Id, e => e.Close());

        var published = await Service(database).PublishAsync(@event.Id);

        Assert.True(published.Succeeded);
    }

    [Fact]
    public async Task Publish_DraftOrCancelledOrUnknownEvent_IsRefusedWithAReason()
    {
        await using var database = await TestDatabase.CreateAsync();
        var draft = await ReportEvents.CreateAsync(database.DbFactory, "Concept", Start, publish: false);
        var cancelled = await ReportEvents.CreateAsync(database.DbFactory, "Afgelast", Start);
        await ChangeAsync(database.DbFactory, cancelled.Id, e => e.Cancel("Storm"));
        var reports = Service(database);

        var draftResult = await reports.PublishAsync(draft.Id);
        var cancelledResult = await reports.PublishAsync(cancelled.Id);
        var unknownResult = await reports.PublishAsync(9999);

        Assert.Equal(ReportErrors.EventNotPublic, draftResult.ErrorCode);
        Assert.Equal(ReportErrors.EventNotPublic, cancelledResult.ErrorCode);
        Assert.Equal(ReportErrors.EventNotFound, unknownResult.ErrorCode);
        Assert.Null(await reports.PublicReportAsync(cancelled.Slug!));
        Assert.False((await reports.SynthesisAsync(draft.Id))!.CanPublish);
    }

    [Fact]
    public async Task Publish_BeforeTheEventStarted_IsRefusedUntilItHas()
    {
        await using var database = await TestDatabase.CreateAsync();
        var start = TestDatabase.DefaultNow.UtcDateTime.AddDays(3);
        var @event = await ReportEvents.CreateAsync(database.DbFactory, "Voorjaarsdialoog", start);
        var reports = Service(database);

        var early = await reports.PublishAsync(@event.Id);
        var synthesis = await reports.SynthesisAsync(@event.Id);
        database.Time.SetUtcNow(new DateTimeOffset(start, TimeSpan.Zero));
        var onTime = await reports.PublishAsync(@event.Id);

        Assert.Equal(ReportErrors.EventNotStarted, early.ErrorCode);
        Assert.Equal(ReportErrors.EventNotStarted, synthesis!.PublishProblem(TestDatabase.DefaultNow.UtcDateTime));
        Assert.Null(synthesis.PublishProblem(start));
        Assert.True(onTime.Succeeded);
    }

    internal static EventReportService Service(TestDatabase database) => database.Services.GetRequiredService<EventReportService>();

    internal static async Task ChangeAsync(IDbContextFactory<EventHubDbContext> dbFactory, int eventId, Func<Event, EventHub.Core.Common.Result> change)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var @event = await db.Events.SingleAsync(e => e.Id == eventId);
        Assert.True(change(@event).Succeeded);
        await db.SaveChangesAsync();
    }
}
