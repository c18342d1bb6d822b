// Managed memory per organiser tab (Blazor Server circuit): runs the app's Release build as a child process on a fresh
// SQLite file (demo data plus an event of 300 invitations), signs in the demo organiser in headless chromium, and for
// each page opens K tabs, reading the managed heap after a forced full GC (GET /benchmark/heap, which only exists with
// EventHub:Benchmark:Enabled) with 0 tabs, with K tabs, and after the tabs are closed and their circuits released.
// A warm-up round, then two measured rounds. Run: benchmarks/circuit-memory.sh [K] [--keep]
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CircuitMemoryBenchmark;
using Microsoft.Playwright;

var tabs = args.Select(a => int.TryParse(a, out var k) ? k : 0).FirstOrDefault(k => k > 0, 10);
var keep = args.Contains("--keep");
// --dump DIR: with K tabs open in the first measured round, writes a heap dump of the app per page into DIR, and one
// with no tab open before them (read them with `dotnet-dump analyze FILE -c "dumpheap -stat"`: which types hold a tab's
// memory; the floor's dump against the one without tabs shows what every tab costs). A full heap dump, not a
// dotnet-gcdump: on .NET 10 the gcdump samples the heap ("lossy buffering"), so its bytes cannot be compared.
var dumpIndex = Array.IndexOf(args, "--dump");
var dumpFolder = dumpIndex >= 0 && dumpIndex + 1 < args.Length ? Directory.CreateDirectory(args[dumpIndex + 1]).FullName : null;
const int Rounds = 2;
var settleAfterClosing = TimeSpan.FromSeconds(15);
var repository = FindRepository();
var appDll = Path.Combine(repository, "EventHub.App", "bin", "Release", "net10.0", "EventHub.App.dll");
if (!File.Exists(appDll))
{
    Console.Error.WriteLine($"{appDll} is missing: run benchmarks/circuit-memory.sh, which builds it.");
    return 1;
}

var folder = Directory.CreateTempSubdirectory("eventhub-circuit-bench-").FullName;
var database = Path.Combine(folder, "eventhub.db");
using var app = AppProcess.Start(appDll, database, folder);
var baseUrl = await app.ListeningAsync(TimeSpan.FromSeconds(120));
using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
var eventId = BigEvent.Add(database, invitations: 300);
Console.WriteLine($"App (Release) at {baseUrl}, database {database}; event {eventId} with 300 invitations; K = {tabs} tabs per page");

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = "/usr/bin/chromium-headless-shell",
    Headless = true,
    Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
var context = await browser.NewContextAsync(new BrowserNewContextOptions
{
    BaseURL = baseUrl,
    Locale = "en-GB",
    ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
});
context.SetDefaultTimeout(60_000);

var signIn = await context.NewPageAsync();
await signIn.GotoAsync("/Account/Login");
await signIn.GetByLabel("Email address").FillAsync("organiser@eventhub.example");
await signIn.Locator("#password").FillAsync("Demo-2026-EventHub");
await signIn.Locator("#sign-in").ClickAsync();
await signIn.Locator(".eh-shell[data-interactive='true']").WaitForAsync();
await signIn.CloseAsync();

var pages = new (string Name, string Url, string Ready)[]
{
    ("Empty page in the layout (floor)", "/benchmark/empty", "h1"),
    ("Home", "/", "h1"),
    ("Invitations, 300 invitations", $"/events/{eventId}/invitations", "#guest-list tbody tr"),
};

// A warm-up round (not printed), then the measured rounds: what the first visits build for the whole app (compiled
// queries, caches, JIT, the pools of buffers that grow with the number of connections) is not counted as the tabs'.
await WaitForCircuitsAsync(0);
Console.WriteLine();
Console.WriteLine($"{"round",5} {"page",-36} {"0 tabs MB",10} {$"{tabs} tabs MB",10} {"per tab KB",11} {"1 more KB",11} {"closed MB",10} {"DOM nodes",10}");
for (var round = 0; round <= Rounds; round++)
{
    foreach (var (name, url, ready) in pages)
    {
        var before = await HeapAsync(settleAfterClosing);
        if (round == 1 && dumpFolder is not null && name == pages[0].Name)
        {
            app.WriteHeapDump(Path.Combine(dumpFolder, "no-tabs.dmp"));
        }

        // Halfway, a reading too: what the second half of the tabs adds is what one more tab costs, without what the
        // first tabs make once for the whole app (the shared pools of batch buffers grow to the page's largest batch).
        var open = new List<IPage>();
        var half = Math.Max(1, tabs / 2);
        Heap? halfway = null;
        for (var i = 0; i < tabs; i++)
        {
            open.Add(await OpenAsync(url, ready));
            if (open.Count == half && half < tabs)
            {
                await WaitForCircuitsAsync(half);
                halfway = await HeapAsync(TimeSpan.FromSeconds(1));
            }
        }

        await WaitForCircuitsAsync(tabs);
        var nodes = await open[0].EvaluateAsync<int>("document.getElementsByTagName('*').length");
        var during = await HeapAsync(TimeSpan.FromSeconds(1));
        if (round == 1 && dumpFolder is not null)
        {
            app.WriteHeapDump(Path.Combine(dumpFolder, $"{new string(name.Where(char.IsLetterOrDigit).ToArray())}-{tabs}-tabs.dmp"));
        }

        foreach (var page in open)
        {
            await page.CloseAsync();
        }

        await WaitForCircuitsAsync(0);
        var after = await HeapAsync(settleAfterClosing);
        var perTab = (during.TotalMemoryBytes - before.TotalMemoryBytes) / (double)tabs;
        var oneMore = halfway is null ? "" : $"{(during.TotalMemoryBytes - halfway.TotalMemoryBytes) / (double)(tabs - half) / 1024,11:N0}";
        if (round > 0)
        {
            Console.WriteLine($"{round,5} {name,-36} {Mb(before.TotalMemoryBytes),10:F1} {Mb(during.TotalMemoryBytes),10:F1} {perTab / 1024,11:N0} {oneMore,11} {Mb(after.TotalMemoryBytes),10:F1} {nodes,10:N0}");
        }
    }
}

Console.WriteLine();
Console.WriteLine("Heap: GC.GetTotalMemory after two forced, blocking, compacting full collections. per tab = (K tabs - 0 tabs) / K;");
Console.WriteLine("1 more = (K tabs - K/2 tabs) / (K - K/2): what one more open tab costs once the first ones are open.");
await context.CloseAsync();
app.Stop();
if (!keep)
{
    Directory.Delete(folder, recursive: true);
}

return 0;

async Task<IPage> OpenAsync(string url, string ready)
{
    var page = await context.NewPageAsync();
    await page.GotoAsync(url);
    await page.Locator(".eh-shell[data-interactive='true']").WaitForAsync();
    await page.Locator(ready).First.WaitForAsync();
    if (await page.Locator(".mud-progress-indeterminate, .eh-loading").CountAsync() > 0)
    {
        await page.Locator(".mud-progress-indeterminate, .eh-loading").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
    }

    return page;
}

// Waits before reading: for the last render batches and their acknowledgements with tabs open; with the tabs closed, for
// the server's pools of connection buffers to hand back what the closed connections used (Kestrel trims its pool every
// few seconds), which would otherwise be counted in the next page's "0 tabs".
async Task<Heap> HeapAsync(TimeSpan settle)
{
    await Task.Delay(settle);
    return (await http.GetFromJsonAsync<Heap>("/benchmark/heap"))!;
}

async Task WaitForCircuitsAsync(int count)
{
    var watch = Stopwatch.StartNew();
    while (true)
    {
        var heap = (await http.GetFromJsonAsync<Heap>("/benchmark/heap"))!;
        if (heap.OpenCircuits == count)
        {
            return;
        }

        if (watch.Elapsed > TimeSpan.FromSeconds(120))
        {
            throw new TimeoutException($"{heap.OpenCircuits} circuits open after 120 s, expected {count}.");
        }

        await Task.Delay(1000);
    }
}

static double Mb(long bytes) => bytes / 1024.0 / 1024.0;

static string FindRepository()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "EventHub.sln")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? throw new InvalidOperationException("EventHub.sln not found above the benchmark.");
}

internal sealed record Heap(long TotalMemoryBytes, long HeapSizeBytes, long FragmentedBytes, int OpenCircuits);

namespace CircuitMemoryBenchmark
{
    /// <summary>The app's Release build as a child process on its own port, database and key folder.</summary>
    internal sealed partial class AppProcess : IDisposable
    {
        private readonly Process _process;
        private readonly TaskCompletionSource<string> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private AppProcess(Process process) => _process = process;

        /// <summary>Writes a heap dump of the app with dotnet-dump (a dotnet tool, which circuit-memory.sh installs when asked for dumps).</summary>
        public void WriteHeapDump(string file)
        {
            var tool = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools", "dotnet-dump");
            using var dump = Process.Start(new ProcessStartInfo(tool, ["collect", "--type", "Heap", "-p", _process.Id.ToString(CultureInfo.InvariantCulture), "-o", file])
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            })!;
            dump.StandardOutput.ReadToEnd();
            dump.WaitForExit();
        }

        public static AppProcess Start(string appDll, string database, string folder)
        {
            var start = new ProcessStartInfo("dotnet", [appDll, "--urls", "http://127.0.0.1:0"])
            {
                WorkingDirectory = Path.GetDirectoryName(appDll)!,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            var settings = new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Benchmark",
                ["ConnectionStrings__EventHub"] = $"Data Source={database}",
                ["EventHub__SeedDemoData"] = "true",
                ["EventHub__Benchmark__Enabled"] = "true",
                ["EventHub__Benchmark__DisconnectedCircuitRetentionSeconds"] = "5",
                ["EventHub__Http__HttpsRedirection"] = "false",
                ["EventHub__Http__Hsts"] = "false",
                ["EventHub__Http__SecureCookies"] = "false",
                ["EventHub__Security__RequireTwoFactorForStaff"] = "false",
                ["EventHub__RateLimits__Enabled"] = "false",
                ["EventHub__Smtp__WorkerEnabled"] = "false",
                ["EventHub__Reminders__WorkerEnabled"] = "false",
                ["EventHub__Privacy__WorkerEnabled"] = "false",
                ["EventHub__Accessibility__ContactEmail"] = "accessibility@eventhub.example",
            };
            foreach (var (key, value) in settings)
            {
                start.Environment[key] = value;
            }

            var app = new AppProcess(Process.Start(start)!);
            app._process.OutputDataReceived += (_, line) => app.Read(line.Data);
            app._process.ErrorDataReceived += (_, line) => app.Read(line.Data);
            app._process.BeginOutputReadLine();
            app._process.BeginErrorReadLine();
            return app;
        }

        public async Task<string> ListeningAsync(TimeSpan timeout) =>
            await _listening.Task.WaitAsync(timeout);

        private void Read(string? line)
        {
            if (line is null)
            {
                return;
            }

            if (ListeningPattern().Match(line) is { Success: true } match)
            {
                _listening.TrySetResult(match.Groups[1].Value);
            }
            else if (line.Contains("fail:", StringComparison.Ordinal) || line.Contains("crit:", StringComparison.Ordinal))
            {
                Console.Error.WriteLine($"app: {line}");
            }
        }

        public void Stop()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
        }

        public void Dispose()
        {
            Stop();
            _process.Dispose();
        }

        [GeneratedRegex(@"Now listening on: (http://\S+)")]
        private static partial Regex ListeningPattern();
    }

    /// <summary>
    /// A published event of 300 invitations (30 new organisations of ten people, every sector) written straight into the
    /// database the running app uses: 40 still listed, the rest sent, with answers of every kind, some checked in.
    /// </summary>
    internal static class BigEvent
    {
        private static readonly string[] Sectors = ["Government", "Education", "Business", "CivilSociety"];
        private static readonly string[] Statuses = ["Invited", "Accepted", "Accepted", "Declined", "Tentative", "Waitlisted", "Invited", "Accepted"];

        public static int Add(string database, int invitations)
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Default Timeout=30");
            connection.Open();
            using var tx = connection.BeginTransaction();
            var now = DateTime.UtcNow;
            var start = now.Date.AddDays(21).AddHours(13);
            var eventId = Scalar(connection, tx, "SELECT COALESCE(MAX(Id), 0) + 1 FROM Events");
            Insert(connection, tx, "Events", ["Id", "Title", "StartUtc", "EndUtc", "TimeZoneId", "Status", "Capacity", "SeatsTaken", "SectorBalanceThreshold", "ReminderDays", "Language", "CalendarSequence", "ShowOnlineLinkPublicly", "OrganiserName", "OrganiserEmail"],
                [eventId, "Benchmark: city table of 300", Time(start), Time(start.AddHours(4)), "Europe/Amsterdam", "Published", 150, 0, 50, "7,2", "nl", 0, 0, "Olga Bakker", "organiser@eventhub.example"]);
            var sessionId = Scalar(connection, tx, "SELECT COALESCE(MAX(Id), 0) + 1 FROM Sessions");
            Insert(connection, tx, "Sessions", ["Id", "EventId", "Title", "Kind", "StartUtc", "EndUtc", "SortOrder", "SeatsTaken"],
                [sessionId, eventId, "Round table", "RoundTable", Time(start), Time(start.AddHours(2)), 0, 0]);
            var organisationId = Scalar(connection, tx, "SELECT COALESCE(MAX(Id), 0) FROM Organisations");
            var contactId = Scalar(connection, tx, "SELECT COALESCE(MAX(Id), 0) FROM Contacts");
            var affiliationId = Scalar(connection, tx, "SELECT COALESCE(MAX(Id), 0) FROM ContactAffiliations");
            var invitationId = Scalar(connection, tx, "SELECT COALESCE(MAX(Id), 0) FROM Invitations");
            for (var i = 0; i < invitations; i++)
            {
                if (i % 10 == 0)
                {
                    organisationId++;
                    var name = $"Benchmark partner {organisationId}";
                    Insert(connection, tx, "Organisations", ["Id", "Name", "NormalizedName", "MatchKey", "Sector", "IsArchived", "CreatedAtUtc", "UpdatedAtUtc"],
                        [organisationId, name, name.ToLowerInvariant(), name.ToLowerInvariant(), Sectors[organisationId % 4], 0, Time(now), Time(now)]);
                }

                contactId++;
                var email = $"bench{contactId}@partner{organisationId}.example";
                Insert(connection, tx, "Contacts", ["Id", "FirstName", "LastName", "NameKey", "Email", "NormalizedEmail", "EmailDomain", "OrganisationId", "PreferredLanguage", "IsArchived", "Source", "CreatedAtUtc", "UpdatedAtUtc"],
                    [contactId, $"Guest{i + 1}", $"Achternaam{i + 1}", $"guest{i + 1} achternaam{i + 1}", email, email, $"partner{organisationId}.example", organisationId, i % 3 == 0 ? "en" : "nl", 0, "Entered", Time(now), Time(now)]);
                Insert(connection, tx, "ContactAffiliations", ["Id", "ContactId", "OrganisationId", "StartedAtUtc"], [++affiliationId, contactId, organisationId, Time(now)]);
                var listed = i < 40;
                var status = listed ? "Listed" : Statuses[i % Statuses.Length];
                var answered = status is "Listed" or "Invited" ? null : Time(now.AddDays(-1));
                Insert(connection, tx, "Invitations", ["Id", "EventId", "ContactId", "OrganisationId", "Status", "Language", "CreatedAtUtc", "SentAtUtc", "AnsweredAtUtc", "DeclineReason", "IsWalkIn", "AccessNeeds", "DelegateSeats", "CalendarsSent", "AdmittedAtDoor"],
                    [++invitationId, eventId, contactId, organisationId, status, i % 3 == 0 ? "en" : "nl", Time(now.AddDays(-3)), listed ? null : Time(now.AddDays(-2)), answered, status == "Declined" ? "Date" : null, 0, i % 7 == 0 ? 1 : 0, 0, 0, 0]);
            }

            tx.Commit();
            return eventId;
        }

        private static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

        private static int Scalar(Microsoft.Data.Sqlite.SqliteConnection connection, Microsoft.Data.Sqlite.SqliteTransaction tx, string sql)
        {
            using var command = connection.CreateCommand();
            command.Transaction = tx;
            command.CommandText = sql;
            return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        private static void Insert(Microsoft.Data.Sqlite.SqliteConnection connection, Microsoft.Data.Sqlite.SqliteTransaction tx, string table, string[] columns, object?[] values)
        {
            using var command = connection.CreateCommand();
            command.Transaction = tx;
            command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
            for (var i = 0; i < columns.Length; i++)
            {
                command.Parameters.AddWithValue($"$p{i}", values[i] ?? DBNull.Value);
            }

            command.ExecuteNonQuery();
        }
    }
}
