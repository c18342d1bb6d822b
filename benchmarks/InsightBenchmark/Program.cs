// Generates a big alliance in a SQLite file (InsightData) and times the insight services over it, server side (the
// Core call, as a page makes it). Run: benchmarks/insight-benchmark.sh [--sql] [--keep] [--only TEXT] [--runs N]
// (--sql prints the SQL each call runs with its time; --only runs the calls whose name contains TEXT;
// --runs sets the number of timed runs, 50 unless given)
using System.Diagnostics;
using EventHub.Core;
using EventHub.Core.Data;
using EventHub.Core.Engagement;
using InsightBenchmark;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

const int WarmUps = 5;
var showSql = args.Contains("--sql");
var keep = args.Contains("--keep"); // keep the database file, to ask SQLite for its query plans
var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault() ?? "";
var runs = int.Parse(args.SkipWhile(a => a != "--runs").Skip(1).FirstOrDefault() ?? "50");

var file = Path.Combine(Path.GetTempPath(), $"eventhub-insight-bench-{Guid.NewGuid():N}.db");
var sql = new SqlRecorder();
var collection = new ServiceCollection();
collection.AddLogging(logging => logging.AddProvider(sql).SetMinimumLevel(LogLevel.Information));
collection.AddDataProtection().UseEphemeralDataProtectionProvider();
var services = collection.AddEventHubDatabase($"Data Source={file}").AddEventHubCore().BuildServiceProvider();
var dbFactory = services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
await EventHubDatabase.MigrateAsync(dbFactory);

var now = TimeProvider.System.GetUtcNow().UtcDateTime;
var filled = InsightData.Fill(file, now);
await EventHubDatabase.OptimizeAsync(dbFactory);
Console.WriteLine($"Generated {InsightData.Events:N0} events, {InsightData.Organisations:N0} organisations, {InsightData.Contacts:N0} contacts, " +
    $"{InsightData.Invitations:N0} invitations, {InsightData.Statements:N0} outcome statements and {InsightData.ActionItems:N0} action items in {filled.TotalSeconds:F1} s");

var timeline = services.GetRequiredService<EngagementTimeline>();
var eventDashboard = services.GetRequiredService<EventDashboardService>();
var alliance = services.GetRequiredService<AllianceDashboardService>();
var annual = services.GetRequiredService<AnnualReportService>();
var feedback = services.GetRequiredService<FeedbackResultsService>();
var today = DateOnly.FromDateTime(now);
var firstPage = new TimelineQuery(0, 15);

// One line per measured call: add the dashboards' and the annual report's services here. Before, when given, runs
// untimed before each call (e.g. a change the call must count again).
var changed = 0;
Task ChangeOneEvent()
{
    var id = 1 + changed++ * 200 % InsightData.Invitations; // another event each time
    return dbFactory.WriteAsync((db, ct) => db.Invitations.Where(i => i.Id == id)
        .ExecuteUpdateAsync(set => set.SetProperty(i => i.CheckedInAtUtc, i => i.CheckedInAtUtc == null ? now : null), ct));
}

Task ForgetEveryTally() => dbFactory.WriteAsync((db, ct) => db.ParticipationTallyStamps.ExecuteDeleteAsync(ct));
var cases = new List<(string Name, Func<Task> Call, Func<Task>? Before)>
{
    ("Timeline: busy organisation, page 1", () => timeline.ForOrganisationAsync(InsightData.BusyOrganisation, firstPage), null),
    ("Timeline: busy organisation, page 20", () => timeline.ForOrganisationAsync(InsightData.BusyOrganisation, firstPage with { Page = 19 }), null),
    ("Timeline: busy organisation, attendance only", () => timeline.ForOrganisationAsync(InsightData.BusyOrganisation, firstPage with { Group = TimelineGroup.Attendance }), null),
    ("Timeline: a typical organisation, page 1", () => timeline.ForOrganisationAsync(2_500, firstPage), null),
    ("Timeline: a busy contact, page 1", () => timeline.ForContactAsync(InsightData.BusyContact, firstPage), null),
    ("Summary: busy organisation", () => timeline.SummaryForOrganisationAsync(InsightData.BusyOrganisation), null),
    ("Summary: a busy contact", () => timeline.SummaryForContactAsync(InsightData.BusyContact), null),
    ("Event dashboard: an event of 200 invitations", () => eventDashboard.ForAsync(InsightData.Events / 2), null),
    ("Alliance dashboard: the last 12 months", () => alliance.ForAsync(today.AddMonths(-12), today), null),
    ("Alliance dashboard: five years", () => alliance.ForAsync(today.AddYears(-5), today), null),
    ("Alliance dashboard: five years, one event changed", () => alliance.ForAsync(today.AddYears(-5), today), ChangeOneEvent),
    ("Alliance dashboard: five years, nothing counted yet", () => alliance.ForAsync(today.AddYears(-5), today), ForgetEveryTally),
    ("Annual report: last year", () => annual.ForYearAsync(today.Year - 1), null),
    ("Feedback: over the last 12 months", () => feedback.OverTimeAsync(today.AddMonths(-12), today), null),
};

Console.WriteLine($"{"call",-48} {"p50 ms",8} {"p95 ms",8} {"max ms",8}");
foreach (var (name, call, before) in cases.Where(c => c.Name.Contains(only, StringComparison.OrdinalIgnoreCase)))
{
    for (var i = 0; i < WarmUps; i++)
    {
        await call(); // compile the query, fill SQLite's page cache
    }

    sql.Clear();
    if (before is not null)
    {
        await before();
    }

    await call();
    var statements = sql.Take();
    var timings = new List<double>();
    for (var run = 0; run < runs; run++)
    {
        if (before is not null)
        {
            await before();
        }

        var watch = Stopwatch.StartNew();
        await call();
        timings.Add(watch.Elapsed.TotalMilliseconds);
    }

    timings.Sort();
    Console.WriteLine($"{name,-48} {Percentile(timings, 0.50),8:F1} {Percentile(timings, 0.95),8:F1} {timings[^1],8:F1}");
    if (showSql)
    {
        foreach (var statement in statements)
        {
            Console.WriteLine(statement);
            Console.WriteLine();
        }
    }
}

Console.WriteLine($"Peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MiB");
await services.DisposeAsync();
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
if (keep)
{
    Console.WriteLine($"Kept {file}");
}
else
{
    File.Delete(file);
}

static double Percentile(List<double> sorted, double share) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];

/// <summary>Keeps the SQL EF Core executes (its "Executed DbCommand" log lines), so the notes can show what each call runs.</summary>
internal sealed class SqlRecorder : ILoggerProvider, ILogger
{
    private readonly List<string> _statements = [];

    public ILogger CreateLogger(string categoryName) => categoryName == "Microsoft.EntityFrameworkCore.Database.Command" ? this : NullLogger;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (eventId.Name?.EndsWith("CommandExecuted", StringComparison.Ordinal) == true)
        {
            lock (_statements)
            {
                _statements.Add(formatter(state, exception));
            }
        }
    }

    public void Clear()
    {
        lock (_statements)
        {
            _statements.Clear();
        }
    }

    public List<string> Take()
    {
        lock (_statements)
        {
            var taken = _statements.ToList();
            _statements.Clear();
            return taken;
        }
    }

    public void Dispose()
    {
    }

    private static readonly ILogger NullLogger = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
}
