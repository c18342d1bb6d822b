using EventHub.Core.Accounts;
using EventHub.Core.Data;
using EventHub.Core.Demo;
using EventHub.Core.Directory;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EventHub.App.Hosting;

/// <summary>
/// What the database needs before the app answers, and what can wait. A new or older database is migrated, its old
/// outbox links moved apart and its roles made, all before the first request; the demo is seeded when configured. An
/// up-to-date database is only checked for pending migrations: the rest (roles, old links, query statistics) is done
/// shortly after the app has started listening, by <see cref="DeferredDatabaseWork"/>, so a restart answers sooner.
/// </summary>
public static class DatabaseStartup
{
    public static void AddDatabaseStartup(this IServiceCollection services)
    {
        services.AddSingleton<DeferredDatabaseWork>();
        services.AddHostedService(provider => provider.GetRequiredService<DeferredDatabaseWork>());
    }

    /// <summary>False (after logging why) when the app must not start: migrations are pending and start-up may not apply them.</summary>
    public static async Task<bool> PrepareDatabaseAsync(this WebApplication app)
    {
        var dbFactory = app.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        var deferred = app.Services.GetRequiredService<DeferredDatabaseWork>();
        if (!app.Services.GetRequiredService<DatabaseOptions>().MigrateOnStart)
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            if ((await db.Database.GetPendingMigrationsAsync()).ToList() is { Count: > 0 } pending)
            {
                app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("EventHub.Configuration").LogCritical(
                    "EventHub does not start: the database lacks {Count} migrations (the first is {First}) and {Section}:MigrateOnStart is false; run the migrate command first (dotnet EventHub.App.dll migrate).",
                    pending.Count, pending[0], DatabaseOptions.Section);
                return false;
            }
        }
        else if (await EventHubDatabase.MigrateAsync(dbFactory))
        {
            await PrepareDataAsync(app.Services);
            deferred.DataPrepared();
        }

        if (app.Services.GetRequiredService<IOptions<EventHubOptions>>().Value.SeedDemoData)
        {
            // The demo is there before the first page; its accounts need the roles. One instance at a time (PrepareDataAsync).
            await JobLock.HoldAsync(dbFactory, StartupDataJob, async () =>
            {
                await using var scope = app.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AccountService>().EnsureRolesAsync();
                await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync();
            });
        }

        return true;
    }

    /// <summary>The lock that start-up's data work takes (<see cref="JobLock.HoldAsync{T}"/>).</summary>
    internal const string StartupDataJob = "startup-data";

    /// <summary>
    /// Moves old outbox links apart, fills the search keys of contacts, events, sessions, action items and outbox recipients from before them,
    /// lets go of choices made of plenaries (which nobody picks now) and makes sure the roles exist (all
    /// idempotent). Several instances starting at once
    /// on PostgreSQL each do it (the one that migrated at once, the others after they listen): one at a time, so that
    /// two do not both read "no such role yet" and the second fails on the role's unique name.
    /// </summary>
    internal static async Task PrepareDataAsync(IServiceProvider services, CancellationToken ct = default)
    {
        // Messages stored before personal links were kept apart (migration OutboxTokensApart) get theirs apart now; the
        // key ring is made ready first, outside any write transaction (see PrepareKeyRing).
        var linkTokens = services.GetRequiredService<OutboxLinkTokens>();
        linkTokens.PrepareKeyRing();
        var dbFactory = services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        await JobLock.HoldAsync(dbFactory, StartupDataJob, async () =>
        {
            await OutboxLinkUpgrade.RunAsync(dbFactory, linkTokens, ct);
            await ContactNameKeysUpgrade.RunAsync(dbFactory, ct);
            await SearchKeysUpgrade.RunAsync(dbFactory, ct);
            await PlenaryChoicesUpgrade.RunAsync(dbFactory, ct);
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AccountService>().EnsureRolesAsync();
        }, ct);
    }
}

/// <summary>
/// The database work a start-up does not wait for, run a little after the app listens
/// (<see cref="AfterStart.UpkeepGrace"/>): on an up-to-date database the old-link
/// upgrade and the roles check (<see cref="DatabaseStartup.PrepareDataAsync"/>), and always <c>PRAGMA optimize</c>.
/// A busy database is tried again twice, 20 s apart; a failure after that is logged and the app carries on; the next
/// start tries again.
/// </summary>
public sealed class DeferredDatabaseWork(
    IServiceProvider services,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<DeferredDatabaseWork> logger) : BackgroundService
{
    private const int Attempts = 3;
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(20);

    private volatile bool _dataPrepared;

    /// <summary>Start-up did the data part itself (it migrated the database).</summary>
    public void DataPrepared() => _dataPrepared = true;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await AfterStart.WaitAsync(lifetime, time, AfterStart.UpkeepGrace, stoppingToken))
        {
            return;
        }

        // It now runs beside the app's own writers (outbox, reminders, the first requests): a busy database is normal
        // here, so it tries again a little later before it calls it a failure.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (!_dataPrepared)
                {
                    await DatabaseStartup.PrepareDataAsync(services, stoppingToken);
                    _dataPrepared = true;
                }

                await EventHubDatabase.OptimizeAsync(services.GetRequiredService<IDbContextFactory<EventHubDbContext>>(), stoppingToken);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (attempt < Attempts)
            {
                logger.LogInformation(ex, "The database work after start-up did not finish (attempt {Attempt}); trying again in {Delay}", attempt, RetryDelay);
                try
                {
                    await Task.Delay(RetryDelay, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "The database work after start-up (outbox links, roles, query statistics) failed {Attempts} times; the next start tries again", Attempts);
                return;
            }
        }
    }
}
