using EventHub.Core;
using EventHub.Core.Data;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EventHub.Tests.Core.Invitations;

/// <summary>
/// Two app instances' reminder workers on one PostgreSQL database: each job decides from what is stored ("no reminder
/// with this key yet"), so it runs under its <see cref="JobLock"/> and the second instance waits for the first.
/// </summary>
public sealed class ReminderJobsOnPostgresTests
{
    private const int Invitees = 30;

    // The scenario's deadline is 7 days before the event: a week before it the first reminder is due.
    private static readonly DateTime AWeekBeforeTheDeadline = InvitationScenario.EventStart.AddDays(-14).AddHours(1);

    [Fact]
    public async Task QueueDueAsync_TwoInstancesAtOnce_QueueEachReminderOnce()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: Invitees, capacity: 100, onPostgres: true);
        scenario.Time.SetUtcNow(AWeekBeforeTheDeadline);
        await using var other = await SecondInstanceAsync(scenario);

        var queued = await Task.WhenAll(
            Task.Run(() => scenario.Services.GetRequiredService<ReminderService>().QueueDueAsync()),
            Task.Run(() => other.GetRequiredService<ReminderService>().QueueDueAsync()));

        Assert.Equal(Invitees, queued.Sum());
        await using var db = await scenario.NewContextAsync();
        var reminders = await db.OutboxMessages.Where(m => m.Kind == InvitationEmails.ReminderKind).Select(m => m.InvitationId).ToListAsync();
        Assert.Equal(Invitees, reminders.Distinct().Count());
        Assert.Equal(Invitees, reminders.Count);
    }

    [Fact]
    public async Task QueueDueAsync_WhileAnotherInstanceRunsTheJob_WaitsForItsCommit()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 100, onPostgres: true);
        scenario.Time.SetUtcNow(AWeekBeforeTheDeadline);
        await using var db = await scenario.NewContextAsync();
        var connectionString = db.Database.GetConnectionString()!;
        // The other instance, in the middle of its run: it holds the job's lock until it commits.
        await using var running = new NpgsqlConnection(connectionString);
        await running.OpenAsync();
        await using var run = await running.BeginTransactionAsync();
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", running, run))
        {
            take.Parameters.AddWithValue("key", JobLock.Key(nameof(ReminderService)));
            await take.ExecuteNonQueryAsync();
        }

        var job = scenario.Services.GetRequiredService<ReminderService>().QueueDueAsync();
        await WaitUntilWaitingForALockAsync(running, job);
        Assert.False(job.IsCompleted);
        await run.CommitAsync();

        Assert.Equal(2, await job.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    /// <summary>Until another session of this database waits for an advisory lock (or the job finished without waiting: a failure).</summary>
    private static async Task WaitUntilWaitingForALockAsync(NpgsqlConnection connection, Task job)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!job.IsCompleted && DateTime.UtcNow < deadline)
        {
            await using var waiting = new NpgsqlCommand(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
                connection);
            if ((long)(await waiting.ExecuteScalarAsync())! > 0)
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail(job.IsCompleted ? "The job ran without waiting for the other instance's run." : "The job never waited for the job lock.");
    }

    private static async Task<ServiceProvider> SecondInstanceAsync(InvitationScenario scenario)
    {
        await using var db = await scenario.NewContextAsync();
        var collection = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(scenario.Time)
            .AddEventHubDatabase(db.Database.GetConnectionString()!, new DatabaseOptions { Provider = DatabaseProvider.Postgres })
            .AddEventHubCore();
        collection.AddDataProtection().UseEphemeralDataProtectionProvider();
        return collection.BuildServiceProvider();
    }
}
