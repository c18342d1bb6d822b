// Measures the partner directory's list queries at the scale the alliance may reach:
// 5,000 organisations and 50,000 contacts in a SQLite file, and the export of every contact as CSV and as Excel.
// Run: benchmarks/directory-query-benchmark.sh
using System.Diagnostics;
using EventHub.Core;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Data;
using EventHub.Core.Demo;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

const int Organisations = 5_000;
const int Contacts = 50_000;
const int Runs = 7;

var file = Path.Combine(Path.GetTempPath(), $"eventhub-directory-bench-{Guid.NewGuid():N}.db");
var collection = new ServiceCollection()
    .AddLogging()
    .AddEventHubDatabase($"Data Source={file}")
    .AddEventHubCore();
collection.AddDataProtection().UseEphemeralDataProtectionProvider(); // the Core's link tokens need keys, as in the app
var services = collection.BuildServiceProvider();
var dbFactory = services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
await EventHubDatabase.MigrateAsync(dbFactory);

var seeding = Stopwatch.StartNew();
var now = TimeProvider.System.GetUtcNow().UtcDateTime;
var organisations = DemoFakers.Organisations(Organisations, now);
await using (var db = await dbFactory.CreateDbContextAsync())
{
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    db.Organisations.AddRange(organisations);
    db.Contacts.AddRange(DemoFakers.Contacts(Contacts, organisations, now));
    await db.SaveChangesAsync();
}

await EventHubDatabase.OptimizeAsync(dbFactory);
Console.WriteLine($"Seeded {Organisations:N0} organisations and {Contacts:N0} contacts in {seeding.Elapsed.TotalSeconds:F1} s");

var organisationService = services.GetRequiredService<OrganisationService>();
var contactService = services.GetRequiredService<ContactService>();
var sample = organisations[1234];
var domain = sample.Website!.Replace("https://www.", "");

var cases = new (string Name, Func<Task<int>> Query)[]
{
    ("Organisations: first page by name", async () => (await organisationService.ListAsync(new OrganisationQuery())).TotalCount),
    ("Organisations: page 100 by name", async () => (await organisationService.ListAsync(new OrganisationQuery(Page: 100))).TotalCount),
    ("Organisations: search a name", async () => (await organisationService.ListAsync(new OrganisationQuery(Search: "bibliotheek"))).TotalCount),
    ("Organisations: search a contact email domain", async () => (await organisationService.ListAsync(new OrganisationQuery(Search: "@" + domain))).TotalCount),
    ("Organisations: sector + tag filter", async () => (await organisationService.ListAsync(new OrganisationQuery(Sector: Sector.Education, Tag: "VVE"))).TotalCount),
    ("Organisations: sort by number of contacts", async () => (await organisationService.ListAsync(new OrganisationQuery(Sort: OrganisationSort.Contacts, Descending: true))).TotalCount),
    ("Contacts: first page by last name", async () => (await contactService.ListAsync(new ContactQuery())).TotalCount),
    ("Contacts: page 1,000 by last name", async () => (await contactService.ListAsync(new ContactQuery(Page: 1_000, PageSize: 25))).TotalCount),
    ("Contacts: search a name", async () => (await contactService.ListAsync(new ContactQuery(Search: "jansen"))).TotalCount),
    ("Contacts: sort by organisation", async () => (await contactService.ListAsync(new ContactQuery(Sort: ContactSort.Organisation))).TotalCount),
    ("Contacts of one organisation", async () => (await contactService.ListAsync(new ContactQuery(OrganisationId: 42))).TotalCount),
};

Console.WriteLine($"{"query",-48} {"median ms",10} {"max ms",8} {"rows",8}");
foreach (var (name, query) in cases)
{
    await query(); // warm up: compile the query, fill SQLite's page cache
    var timings = new List<double>();
    var rows = 0;
    for (var run = 0; run < Runs; run++)
    {
        var watch = Stopwatch.StartNew();
        rows = await query();
        timings.Add(watch.Elapsed.TotalMilliseconds);
    }

    timings.Sort();
    Console.WriteLine($"{name,-48} {timings[Runs / 2],10:F1} {timings[^1],8:F1} {rows,8:N0}");
}

// Every contact as the export endpoints write them (a file on disk stands in for the response): the time, the file,
// what was allocated and how far the managed heap rose above where it stood before (sampled every 5 ms).
var exports = services.GetRequiredService<DirectoryExportService>();
var organiser = TeamMember.InRoles("benchmark", "Benchmark", Roles.Organiser);
Console.WriteLine();
Console.WriteLine($"{"export of every contact",-48} {"median s",10} {"file MB",8} {"allocated MB",13} {"heap rise MB",13}");
foreach (var format in new[] { ExportFormat.Csv, ExportFormat.Xlsx })
{
    var path = Path.Combine(Path.GetTempPath(), $"eventhub-export-bench-{Guid.NewGuid():N}.{format.Extension()}");
    var results = new List<(double Seconds, long FileBytes, long Allocated, long HeapRise)>();
    for (var run = 0; run <= 3; run++) // run 0 warms up
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var peak = heapBefore;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                await Task.Delay(5);
            }
        });
        var watch = Stopwatch.StartNew();
        await using (var written = File.Create(path))
        {
            await exports.WriteContactsAsync(new ContactQuery(), written, new ExportOptions(Language.Nl, CsvDelimiter.Semicolon, format), organiser);
        }

        var seconds = watch.Elapsed.TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        await sampling.CancelAsync();
        await sampler;
        if (run > 0)
        {
            results.Add((seconds, new FileInfo(path).Length, allocated, peak - heapBefore));
        }
    }

    File.Delete(path);
    var median = results.OrderBy(r => r.Seconds).ElementAt(results.Count / 2);
    const double MB = 1024 * 1024;
    Console.WriteLine($"{$"Contacts as {format.AuditName()}",-48} {median.Seconds,10:F2} {median.FileBytes / MB,8:F1} {results.Average(r => r.Allocated) / MB,13:F0} {results.Max(r => r.HeapRise) / MB,13:F0}");
}

Console.WriteLine($"Peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MiB");
await services.DisposeAsync();
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
File.Delete(file);
