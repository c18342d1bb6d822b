// The RSVP storm: N partners answer "accept" at the same instant through the real HTML form for C seats, against the
// published EventHub app and against a raw ADO.NET endpoint of the same HTTP shape, on copies of one database.
// SQLite by default; with --postgres-url <Npgsql connection string of a superuser> the app runs on a new database on
// that PostgreSQL server (the raw endpoint is SQLite's only and is left out then).
// Run through benchmarks/rsvp-storm.sh (which publishes the app, and with --postgres starts a throwaway server):
//   storm  <N> <C>        e.g. storm 1000 100     throughput, latency, CPU per answer, peak memory, exactness; ratio EventHub/raw
//   steady <rate> <secs>  e.g. steady 30 60       answers at a steady rate: p50/p95/max from the answer to the thank-you page
//   kill   <N> <C>        SIGKILL the app mid-storm: integrity, acknowledged answers committed, no overbooking, restart
//   core   <N> <C>        the same N answers given to RsvpService in this process (no HTTP): what the Core's answer costs
//   --no-thank-you        partners stop at the redirect (the answer alone, without the thank-you page)
//   --app-heap-limit <MiB> the app's garbage-collected heap capped (DOTNET_GCHeapHardLimit), as in a container with a
//                         memory limit (.NET caps the heap at 75 % of it): what the storm needs on a small server
// Internal: serve-raw <database> --urls <url>     the raw endpoint (started by this program as a child process)
using System.Diagnostics;
using System.Net.Sockets;
using System.Net;
using RsvpStormBenchmark;

if (args.Length >= 2 && args[0] == "serve-raw")
{
    await RawEndpoint.RunAsync(args[1], args[2..]);
    return 0;
}

if (args.Length < 3 || Option("--app") is not { } appDll)
{
    Console.Error.WriteLine("usage: storm <N> <C> | steady <rate> <seconds> | kill <N> <C>   --app <published EventHub.App.dll> [--no-raw] [--no-thank-you] [--app-heap-limit <MiB>] [--postgres-url <connection string>]");
    return 2;
}

var mode = args[0];
var first = int.Parse(args[1]);
var second = int.Parse(args[2]);
var postgresUrl = Option("--postgres-url");
var withRaw = !args.Contains("--no-raw") && mode != "kill" && postgresUrl is null;
// --no-thank-you: partners stop at the redirect that acknowledges their answer, so the run measures the answer alone.
var followRedirect = !args.Contains("--no-thank-you");
var appHeapLimit = Option("--app-heap-limit") is { } limit ? int.Parse(limit) : (int?)null;
var work = Directory.CreateTempSubdirectory("eventhub-rsvp-storm-").FullName;
var appFolder = Path.GetDirectoryName(Path.GetFullPath(appDll))!;
var (invitees, capacity) = mode == "steady" ? (first * second, 100) : (first, second);
Console.WriteLine($"RSVP {mode} {first} {second}: {Environment.ProcessorCount} cores, load average {LoadAverage()}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, work folder {work}");

StormDatabase eventHubDatabase = postgresUrl is null
    ? new SqliteStormDatabase(Path.Combine(work, "eventhub.db"))
    : new PostgresStormDatabase(postgresUrl, work);
if (appHeapLimit is { } heapLimit)
{
    Console.WriteLine($"The app's heap is capped at {heapLimit:N0} MiB (DOTNET_GCHeapHardLimit)");
}

Console.WriteLine($"Database: {eventHubDatabase.Description}{(postgresUrl is null ? "" : "; the raw endpoint is SQLite's only, left out")}");
var seedWatch = Stopwatch.StartNew();
var (storm, warmUp) = await Seeder.SeedAsync(eventHubDatabase, Path.Combine(appFolder, "App_Data", "keys"), invitees, capacity);
var rawDatabase = new SqliteStormDatabase(Path.Combine(work, "raw.db"));
if (withRaw)
{
    File.Copy(((SqliteStormDatabase)eventHubDatabase).File, rawDatabase.File);
}

Console.WriteLine($"Seeded {invitees:N0} sent invitations for {capacity:N0} seats in {seedWatch.Elapsed.TotalSeconds:F1} s");

var failed = false;
if (mode == "core")
{
    await CoreAnswers.RunAsync(eventHubDatabase, Path.Combine(appFolder, "App_Data", "keys"), storm, warmUp);
    var outcome = DatabaseCheck(eventHubDatabase, everyoneAnswered: true);
    var problems = outcome.Problems(storm.Tokens.Count, storm.Capacity, everyoneAnswered: true);
    Console.WriteLine(problems.Count == 0 ? $"Exact: {outcome.Accepted} accepted, {outcome.Waitlisted} waitlisted in commit order" : "PROBLEMS: " + string.Join("; ", problems));
    Directory.Delete(work, recursive: true);
    return problems.Count == 0 ? 0 : 1;
}

var eventHub = await RunAsync("EventHub", () => StartEventHubAsync(eventHubDatabase), eventHubDatabase);
if (withRaw)
{
    var raw = await RunAsync("raw ADO.NET", () => StartRawAsync(rawDatabase.File), rawDatabase);
    if (eventHub is { } e && raw is { } r)
    {
        // The answer with its thank-you page (the issue's figure), and the answer alone: posted until acknowledged by
        // the redirect, which is when it is committed.
        Console.WriteLine($"Ratio EventHub/raw: throughput {e.AnswersPerMinute / r.AnswersPerMinute:F2}; answers acknowledged {e.AcknowledgedPerMinute / r.AcknowledgedPerMinute:F2}");
    }
}

Console.WriteLine($"Load average at the end: {LoadAverage()}");
if (!failed)
{
    Directory.Delete(work, recursive: true);
    await eventHubDatabase.DropAsync();
}
else
{
    Console.WriteLine($"Kept for a look: {work}{(eventHubDatabase is PostgresStormDatabase pg ? $" and database {pg.DatabaseName}" : "")}");
}

return failed ? 1 : 0;

async Task<Throughput?> RunAsync(string name, Func<Task<ServerProcess>> start, StormDatabase file)
{
    Console.WriteLine();
    Console.WriteLine($"== {name}");
    var server = await start();
    try
    {
        using var http = NewClient(server.BaseUrl);
        foreach (var token in warmUp.Tokens)
        {
            var partner = new Partner(http, token);
            await partner.OpenAsync();
            await partner.AnswerAsync(Stopwatch.StartNew());
        }

        var partners = storm.Tokens.Select(t => new Partner(http, t, followRedirect)).ToList();
        return mode switch
        {
            "storm" => await StormAsync(name, server, partners, http, file),
            "steady" => await SteadyAsync(server, partners, file),
            "kill" => await KillAsync(server, partners, file),
            _ => throw new ArgumentException($"Unknown mode {mode}"),
        };
    }
    finally
    {
        await server.DisposeAsync();
    }
}

async Task<Throughput?> StormAsync(string name, ServerProcess server, List<Partner> partners, HttpClient http, StormDatabase file)
{
    var cpuBefore = server.CpuTime;
    var databaseCpuBefore = file.ServerCpuTime;
    await Parallel.ForEachAsync(partners, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (p, _) => await p.OpenAsync());
    var cpuPages = server.CpuTime - cpuBefore;
    var databaseCpuPages = file.ServerCpuTime - databaseCpuBefore;
    var (clock, threads) = await ReleaseAsync(server, partners, onTick: null);
    if (server.HasExited)
    {
        Console.WriteLine($"PROBLEMS: the app stopped during the storm, {partners.Count(p => p.Acknowledged is not null):N0} answers acknowledged; " +
            $"its log: {Path.Combine(work, "eventhub.log")}");
        failed = true;
        return null;
    }

    var cpu = server.CpuTime - cpuBefore;
    var databaseCpu = file.ServerCpuTime - databaseCpuBefore;
    var done = partners.Where(p => p.Done is not null).Select(p => p.Done!.Value.TotalMilliseconds).Order().ToList();
    var seconds = done.Count > 0 ? done[^1] / 1000 : double.NaN;
    var perMinute = partners.Count / seconds * 60;
    var acknowledged = partners.Where(p => p.Acknowledged is not null).Select(p => p.Acknowledged!.Value.TotalMilliseconds).Order().ToList();
    var acknowledgedPerMinute = acknowledged.Count > 0 ? partners.Count / (acknowledged[^1] / 1000) * 60 : double.NaN;
    Console.WriteLine($"{partners.Count:N0} answers in {seconds:F1} s: {perMinute:N0} answers/min; answer page after p50 {P(done, 0.5) / 1000:F2} s, " +
        $"p95 {P(done, 0.95) / 1000:F2} s, max {P(done, 1) / 1000:F2} s");
    Console.WriteLine($"  acknowledged (redirect received) within {P(acknowledged, 1) / 1000:F1} s: {acknowledgedPerMinute:N0} answers/min; " +
        $"p50 {P(acknowledged, 0.5) / 1000:F2} s, p95 {P(acknowledged, 0.95) / 1000:F2} s");
    Console.WriteLine($"CPU {cpu.TotalSeconds:F1} s = {cpu.TotalMilliseconds / partners.Count:F1} ms per answer (page, post, redirect); " +
        $"peak working set {server.PeakWorkingSet / 1024 / 1024:N0} MiB; most threads {threads}");
    Console.WriteLine($"  of which opening the page {cpuPages.TotalMilliseconds / partners.Count:F1} ms, answering ({(followRedirect ? "post and thank-you page" : "post")}) " +
        $"{(cpu - cpuPages).TotalMilliseconds / partners.Count:F1} ms per answer");
    if (databaseCpu is { } databaseCpuTotal && databaseCpuPages is { } serverPages)
    {
        // PostgreSQL works in processes of its own: their CPU is not in the app's figure above (SQLite's is).
        Console.WriteLine($"PostgreSQL server CPU {databaseCpuTotal.TotalSeconds:F1} s = {databaseCpuTotal.TotalMilliseconds / partners.Count:F1} ms per answer " +
            $"(opening the page {serverPages.TotalMilliseconds / partners.Count:F1} ms, answering {(databaseCpuTotal - serverPages).TotalMilliseconds / partners.Count:F1} ms); " +
            $"app + server {(cpu + databaseCpuTotal).TotalMilliseconds / partners.Count:F1} ms per answer");
    }

    Report(partners, DatabaseCheck(file, everyoneAnswered: true));
    return new Throughput(perMinute, acknowledgedPerMinute);
}

async Task<Throughput> SteadyAsync(ServerProcess server, List<Partner> partners, StormDatabase file)
{
    var rate = first;
    var clock = Stopwatch.StartNew();
    var visits = partners.Select(async (p, i) =>
    {
        var due = TimeSpan.FromSeconds((double)i / rate);
        if (due > clock.Elapsed)
        {
            await Task.Delay(due - clock.Elapsed);
        }

        await p.OpenAsync();
        await p.AnswerAsync(clock);
    }).ToList();
    await Task.WhenAll(visits);
    var latencies = partners.Where(p => p.AnswerLatency is not null).Select(p => p.AnswerLatency!.Value.TotalMilliseconds).Order().ToList();
    Console.WriteLine($"{partners.Count:N0} answers at {rate}/s over {clock.Elapsed.TotalSeconds:F0} s: answer to thank-you page p50 {P(latencies, 0.5):F0} ms, " +
        $"p95 {P(latencies, 0.95):F0} ms, max {P(latencies, 1):F0} ms; peak working set {server.PeakWorkingSet / 1024 / 1024:N0} MiB");
    Report(partners, DatabaseCheck(file, everyoneAnswered: true));
    var perMinute = partners.Count / clock.Elapsed.TotalMinutes;
    return new Throughput(perMinute, perMinute);
}

async Task<Throughput?> KillAsync(ServerProcess server, List<Partner> partners, StormDatabase file)
{
    await Parallel.ForEachAsync(partners, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (p, _) => await p.OpenAsync());
    var killAt = partners.Count / 3;
    var killed = false;
    var committedAtKill = 0;
    await ReleaseAsync(server, partners, onTick: () =>
    {
        if (!killed && DatabaseCheckCount(file) is var committed && committed >= killAt)
        {
            server.KillHard();
            killed = true;
            committedAtKill = committed;
            Console.WriteLine($"SIGKILL with {committed:N0} answers committed and {partners.Count(p => p.Acknowledged is not null):N0} acknowledged");
        }
    });
    var outcome = StormOutcome.Read(file, storm.EventId);
    var acknowledged = partners.Where(p => p.Acknowledged is not null).ToList();
    var lost = acknowledged.Count(p => !outcome.AnsweredTokenHashes.Contains(EventHub.Core.Common.PersonalLinkTokens.Hash(p.Token)));
    var committedNow = outcome.Accepted + outcome.Waitlisted;
    Console.WriteLine($"After the kill: {acknowledged.Count:N0} acknowledged (redirect received), {committedNow:N0} committed " +
        $"({committedNow - acknowledged.Count:N0} committed but never acknowledged); acknowledged but missing: {lost}");
    var problems = outcome.Problems(storm.Tokens.Count, storm.Capacity, everyoneAnswered: false);
    if (lost > 0) problems.Add($"{lost} acknowledged answers are not in the database");
    if (!killed) problems.Add("the storm ended before the kill");
    Console.WriteLine(problems.Count == 0 ? $"Database after SIGKILL: integrity ok ({outcome.IntegrityMethod}), {outcome.Accepted} accepted (SeatsTaken {outcome.SeatsTaken}), {outcome.Waitlisted} waitlisted in order, one confirmation each" : "PROBLEMS: " + string.Join("; ", problems));
    failed |= problems.Count > 0;
    var restart = Stopwatch.StartNew();
    await using var again = await StartEventHubAsync(file);
    Console.WriteLine($"Restarted on the same file: /healthz 200 after {restart.Elapsed.TotalSeconds:F1} s");
    return null;
}

async Task<(Stopwatch Clock, int Threads)> ReleaseAsync(ServerProcess server, List<Partner> partners, Action? onTick)
{
    var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    var clock = new Stopwatch();
    var answers = partners.Select(async p =>
    {
        await go.Task;
        await p.AnswerAsync(clock);
    }).ToList();
    clock.Start();
    go.SetResult();
    var all = Task.WhenAll(answers);
    var threads = 0;
    while (!all.IsCompleted)
    {
        threads = Math.Max(threads, Threads(server.Id));
        onTick?.Invoke();
        await Task.WhenAny(all, Task.Delay(onTick is null ? 250 : 20));
    }

    await all;
    return (clock, threads);
}

void Report(List<Partner> partners, StormOutcome outcome)
{
    var errors = partners.Where(p => p.Error is not null).ToList();
    var problems = outcome.Problems(storm.Tokens.Count, storm.Capacity, everyoneAnswered: true);
    problems.AddRange(errors.GroupBy(p => p.Error).Select(g => $"{g.Count()} × {g.Key}"));
    Console.WriteLine(problems.Count == 0
        ? $"Exact: {outcome.Accepted} accepted, {outcome.Waitlisted} waitlisted in commit order (1..{outcome.Waitlisted}), no errors, no lost answers, one confirmation each; integrity ok ({outcome.IntegrityMethod})"
        : "PROBLEMS: " + string.Join("; ", problems));
    failed |= problems.Count > 0;
}

StormOutcome DatabaseCheck(StormDatabase database, bool everyoneAnswered) => StormOutcome.Read(database, storm.EventId);

int DatabaseCheckCount(StormDatabase database) => StormOutcome.CountAnswered(database, storm.EventId);

Task<ServerProcess> StartEventHubAsync(StormDatabase database)
{
    var environment = new Dictionary<string, string>(database.AppSettings)
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["EventHub__PublicBaseUrl"] = "https://eventhub.example.org/",
        ["EventHub__Accessibility__ContactEmail"] = "access@example.org",
    };
    if (appHeapLimit is { } mebibytes)
    {
        environment["DOTNET_GCHeapHardLimit"] = ((long)mebibytes * 1024 * 1024).ToString("X");
    }

    return ServerProcess.StartAsync("EventHub", "dotnet", [Path.GetFullPath(appDll)], appFolder, environment, FreePort(), Path.Combine(work, "eventhub.log"));
}

Task<ServerProcess> StartRawAsync(string file) =>
    ServerProcess.StartAsync("raw endpoint", "dotnet", [typeof(RawEndpoint).Assembly.Location, "serve-raw", file], AppContext.BaseDirectory,
        new Dictionary<string, string>(), FreePort(), Path.Combine(work, "raw.log"));

// Partners reach a production app through a TLS-terminating reverse proxy on the same machine (which EventHub trusts
// by default): X-Forwarded-Proto says https, so the secure cookies and the https redirection behave as in production.
HttpClient NewClient(string baseUrl) => new(new SocketsHttpHandler
{
    UseCookies = false,
    AllowAutoRedirect = false,
    MaxConnectionsPerServer = int.MaxValue,
    PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
})
{
    BaseAddress = new Uri(baseUrl + "/"),
    Timeout = TimeSpan.FromMinutes(15),
    DefaultRequestHeaders = { { "X-Forwarded-Proto", "https" } },
};

string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

static double P(List<double> sorted, double q) => sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Count) - 1, 0, sorted.Count - 1)];

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

static int Threads(int pid)
{
    try
    {
        return File.ReadLines($"/proc/{pid}/status").Where(l => l.StartsWith("Threads:")).Select(l => int.Parse(l[8..].Trim())).FirstOrDefault();
    }
    catch (IOException)
    {
        return 0;
    }
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

/// <summary>Answers a minute to the thank-you page, and to the acknowledgement (the redirect after the commit).</summary>
record Throughput(double AnswersPerMinute, double AcknowledgedPerMinute);
