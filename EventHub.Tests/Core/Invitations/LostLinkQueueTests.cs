using System.Data.Common;
using EventHub.Core.Audit;
using EventHub.Core.Data;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EventHub.Tests.Core.Invitations;

/// <summary>
/// "Lost your link?" requests are queued by the page and handled afterwards (<see cref="LostLinkQueue"/>): queuing does no
/// database work, so the page's answer takes as long for any address; the work is recorded as the form's, survives a
/// busy database, and one request that fails does not stop the others.
/// </summary>
public class LostLinkQueueTests
{
    [Fact]
    public async Task Queuing_DoesNoWorkYet_AndDraining_SendsTheNewLink()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var queue = scenario.Services.GetRequiredService<LostLinkQueue>();

        Assert.True(queue.TryQueue(InvitationScenario.Email(0), null));

        // Nothing happened while the page was answering: the link it holds still opens, no email waits.
        Assert.Equal(1, queue.Count);
        Assert.NotNull(await scenario.Rsvp.GetAsync(scenario.TokenOf(0)));
        Assert.Equal(0, await NewLinkEmailsAsync(scenario));

        Assert.True(await queue.DrainAsync());

        Assert.Equal(0, queue.Count);
        Assert.Equal(1, await NewLinkEmailsAsync(scenario));
        Assert.Null(await scenario.Rsvp.GetAsync(scenario.TokenOf(0)));
    }

    /// <summary>
    /// On a busy server the work done while the page was still making its answer slowed that answer down, for invited
    /// addresses only. It waits until the answer has gone out — and no longer than <see cref="LostLinkQueue.AnswerWait"/>.
    /// </summary>
    [Fact]
    public async Task TheWork_WaitsUntilThePagesAnswerHasGoneOut_ButNoLongerThanAnswerWait()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        var queue = scenario.Services.GetRequiredService<LostLinkQueue>();
        var answered = new TaskCompletionSource();
        queue.TryQueue(InvitationScenario.Email(0), null, answered.Task);

        var drain = queue.DrainAsync();
        var whileAnswering = (drain.IsCompleted, await NewLinkEmailsAsync(scenario));
        answered.SetResult();
        var once = await drain;
        var afterTheAnswer = await NewLinkEmailsAsync(scenario);

        queue.TryQueue(InvitationScenario.Email(1), null, new TaskCompletionSource().Task); // an answer that never says so
        var second = queue.DrainAsync();
        var waiting = second.IsCompleted;
        scenario.Time.Advance(LostLinkQueue.AnswerWait);
        var secondOnce = await second;

        Assert.Equal((false, 0), whileAnswering);
        Assert.True(once);
        Assert.Equal(1, afterTheAnswer);
        Assert.False(waiting);
        Assert.True(secondOnce);
        Assert.Equal(2, await NewLinkEmailsAsync(scenario));
    }

    /// <summary>
    /// The organiser's audit log read "Someone not signed in" for a new link: the work ran inside an anonymous request.
    /// Done afterwards, it is recorded as the form's (not as the system's, which background work would otherwise be).
    /// </summary>
    [Fact]
    public async Task ANewLink_IsRecordedInTheInvitationsHistory_AsAskedThroughTheLostLinkForm()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var queue = scenario.Services.GetRequiredService<LostLinkQueue>();
        scenario.Time.Advance(TimeSpan.FromDays(1));
        var since = scenario.Time.GetUtcNow().UtcDateTime;

        queue.TryQueue(InvitationScenario.Email(0), null);
        await queue.DrainAsync();

        await using var db = await scenario.NewContextAsync();
        var id = (await db.Invitations.SingleAsync()).Id.ToString();
        var entries = await db.AuditEntries.Where(e => e.Kind == nameof(Invitation) && e.RecordId == id && e.AtUtc >= since).ToListAsync();
        Assert.Contains(entries, e => AuditSummary.Read(e.Summary) == AuditSummary.Of("NewLinkRequested"));
        Assert.All(entries, e => Assert.Equal(AuditActorKind.LostLinkForm, e.ActorKind));
        // The log's "Who" filter finds them under the form (with the email it queued), and nothing else.
        var log = await scenario.Services.GetRequiredService<AuditLog>().FindAsync(new AuditFilter(AuditLog.LostLinkFormActor), 0, 50, Staff.Admin);
        Assert.Superset(entries.Select(e => e.Id).ToHashSet(), log.Entries.Select(e => e.Id).ToHashSet());
        Assert.All(log.Entries, e => Assert.Equal(AuditActorKind.LostLinkForm, e.ActorKind));
    }

    [Fact]
    public async Task ARequestTheDatabaseStaysTooBusyFor_IsKeptFirstInLine_AndSentOnceTheDatabaseIsFree()
    {
        var busy = new BusyDatabase();
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10,
            configure: services => services.AddSingleton<IInterceptor>(busy).AddSingleton(new DatabaseOptions { WriteAttempts = 1 }));
        var queue = scenario.Services.GetRequiredService<LostLinkQueue>();
        queue.TryQueue(InvitationScenario.Email(0), null);
        queue.TryQueue(InvitationScenario.Email(1), null);
        busy.StayBusy();

        var whileBusy = await queue.DrainAsync();
        var waitingWhileBusy = queue.Count;
        busy.Free();
        var once = await queue.DrainAsync();

        Assert.False(whileBusy);
        Assert.Equal(2, waitingWhileBusy);
        Assert.True(once);
        Assert.Equal(0, queue.Count);
        await using var db = await scenario.NewContextAsync();
        var sent = await db.OutboxMessages.Where(m => m.Kind == InvitationEmails.NewLinkKind).OrderBy(m => m.Id).Select(m => m.ToAddress).ToListAsync();
        Assert.Equal([InvitationScenario.Email(0), InvitationScenario.Email(1)], sent);
    }

    [Fact]
    public async Task ARequestThatFails_IsLoggedWithoutTheAddress_AndTheNextIsStillHandled()
    {
        var log = new RecordingLoggerProvider();
        var failing = new FailsNextWrite();
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10,
            configure: services => services.AddSingleton<IInterceptor>(failing).AddLogging(logging => logging.AddProvider(log)));
        var queue = scenario.Services.GetRequiredService<LostLinkQueue>();
        queue.TryQueue(InvitationScenario.Email(0), null);
        queue.TryQueue(InvitationScenario.Email(1), null);
        failing.Arm();

        Assert.True(await queue.DrainAsync());

        Assert.Equal(0, queue.Count);
        await using var db = await scenario.NewContextAsync();
        Assert.Equal(InvitationScenario.Email(1), await db.OutboxMessages.Where(m => m.Kind == InvitationEmails.NewLinkKind).Select(m => m.ToAddress).SingleAsync());
        var error = Assert.Single(log.Entries, e => e.Level == LogLevel.Error && e.Category == typeof(LostLinkQueue).FullName);
        Assert.IsType<InvalidOperationException>(error.Exception);
        Assert.DoesNotContain(InvitationScenario.Email(0), error.Message);
    }

    [Fact]
    public void AFullQueue_TakesNoMore()
    {
        using var services = new ServiceCollection().BuildServiceProvider();
        var queue = new LostLinkQueue(services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, NullLogger<LostLinkQueue>.Instance, capacity: 1);

        Assert.True(queue.TryQueue("sanne@partner.example", null));
        Assert.False(queue.TryQueue("fatima@partner.example", null));
        Assert.Equal(1, queue.Count);
    }

    private static async Task<int> NewLinkEmailsAsync(InvitationScenario scenario)
    {
        await using var db = await scenario.NewContextAsync();
        return await db.OutboxMessages.CountAsync(m => m.Kind == InvitationEmails.NewLinkKind);
    }

    /// <summary>Once armed, the next write transaction fails as a bug would (not as a busy database).</summary>
    private sealed class FailsNextWrite : DbTransactionInterceptor
    {
        private int _armed;

        public void Arm() => Volatile.Write(ref _armed, 1);

        public override ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
            DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default) =>
            Interlocked.Exchange(ref _armed, 0) == 1 ? throw new InvalidOperationException("Something went wrong") : ValueTask.FromResult(result);
    }
}
