using EventHub.Core.Directory;
using EventHub.Core.Engagement;
using EventHub.Core.Events;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Engagement;

/// <summary>
/// A year's public annual report is out only once the alliance publishes it, and only for a year in which a meeting
/// was held; it can be taken down again. The test's "now" is 29 November 2026.
/// </summary>
public class AnnualReportPublicationTests
{
    [Fact]
    public async Task AYearIsNotPublic_UntilPublished_ThenFromThatDay_AndAgainAfterTakingItDown()
    {
        await using var database = await TestDatabase.CreateAsync();
        var world = new FeedbackWorld(database.Services);
        await world.GuestsAsync(await world.EventAsync("Najaarsdialoog"), Sector.Education, 5);
        var publications = database.Services.GetRequiredService<AnnualReportPublications>();

        Assert.Null(await publications.PublishedAtAsync(2026));

        Assert.True((await publications.PublishAsync(2026)).Succeeded);
        database.Time.Advance(TimeSpan.FromDays(3));
        Assert.True((await publications.PublishAsync(2026)).Succeeded); // a second click, or a second organiser
        Assert.Equal(TestDatabase.DefaultNow.UtcDateTime, await publications.PublishedAtAsync(2026));

        Assert.True((await publications.WithdrawAsync(2026)).Succeeded);
        Assert.Null(await publications.PublishedAtAsync(2026));
        Assert.True((await publications.WithdrawAsync(2026)).Succeeded); // already down: nothing to do
    }

    [Fact]
    public async Task AYearWithoutAMeetingHeld_CannotBePublished_NotEvenWithOnePlannedOrCancelled()
    {
        await using var database = await TestDatabase.CreateAsync();
        var world = new FeedbackWorld(database.Services);
        await world.EventAsync("Nog te houden", new DateTime(2026, 12, 15, 18, 0, 0, DateTimeKind.Utc), EventStatus.Published);
        await world.EventAsync("Afgelast", new DateTime(2025, 6, 15, 18, 0, 0, DateTimeKind.Utc), EventStatus.Cancelled);
        var publications = database.Services.GetRequiredService<AnnualReportPublications>();

        var thisYear = await publications.PublishAsync(2026);
        var lastYear = await publications.PublishAsync(2025);

        Assert.Equal((AnnualReportErrors.NothingHeld, "2026"), (thisYear.ErrorCode, thisYear.ErrorDetail));
        Assert.Equal(AnnualReportErrors.NothingHeld, lastYear.ErrorCode);
        Assert.Null(await publications.PublishedAtAsync(2026));
    }
}
