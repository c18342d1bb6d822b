using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Engagement;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EventHub.Tests.Core.Engagement;

/// <summary>
/// A partner who presses Send twice (or posts the survey from two tabs at once) gets "thank you" twice and one answer
/// is kept: the second post changes the first one's answer instead of adding another. The same story on SQLite and on
/// PostgreSQL, where both posts run side by side.
/// </summary>
public abstract class FeedbackDoublePostTestsBase
{
    /// <summary>Core services over a fresh migrated database, and what to dispose afterwards.</summary>
    protected abstract Task<(IServiceProvider Services, IAsyncDisposable Owner)> DatabaseAsync(FakeTimeProvider time);

    [Fact]
    public async Task TheSurveyPostedTwiceAtOnce_BothPostsAreThanked_AndOneAnswerIsKept()
    {
        var (services, owner) = await DatabaseAsync(new FakeTimeProvider(TestDatabase.DefaultNow));
        await using var _ = owner;
        var world = new FeedbackWorld(services);
        var @event = await world.EventAsync("Dialoogavond");
        var guest = (await world.GuestsAsync(@event, Sector.Education, 1)).Single();
        await world.SendSurveysAsync();
        var token = await world.SurveyTokenAsync(guest);
        var survey = services.GetRequiredService<FeedbackSurveyService>();
        var dbFactory = services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();

        // A race is won or lost by timing: several rounds, each racing to the first answer again.
        for (var round = 0; round < 10; round++)
        {
            await using (var db = await dbFactory.CreateDbContextAsync())
            {
                await db.FeedbackAnswers.ExecuteDeleteAsync();
            }

            var posts = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => survey.AnswerAsync(token, new FeedbackInput(4, 4, 4, null, null)))));

            Assert.All(posts, post => Assert.True(post.Succeeded, post.ErrorCode));
            await using var check = await dbFactory.CreateDbContextAsync();
            Assert.Equal(1, await check.FeedbackAnswers.CountAsync());
        }
    }
}

public sealed class FeedbackDoublePostTests : FeedbackDoublePostTestsBase
{
    protected override async Task<(IServiceProvider Services, IAsyncDisposable Owner)> DatabaseAsync(FakeTimeProvider time)
    {
        var db = await TestDatabase.CreateAsync();
        return (db.Services, db);
    }
}

public sealed class FeedbackDoublePostOnPostgresTests : FeedbackDoublePostTestsBase
{
    protected override async Task<(IServiceProvider Services, IAsyncDisposable Owner)> DatabaseAsync(FakeTimeProvider time)
    {
        var services = new ServiceCollection();
        TestDatabase.AddTo(services, await PostgresServer.CreateMigratedDatabaseAsync(), new DatabaseOptions { Provider = DatabaseProvider.Postgres }, time);
        var provider = services.BuildServiceProvider();
        return (provider, provider);
    }
}
