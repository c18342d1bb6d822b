// Measures the partner directory's list queries at the scale the alliance may reach:
// 5,000 organisations and 50,000 contacts in a SQLite file. Run: benchmarks/directory-query-benchmark.sh
using System.Diagnostics;
using EventHub.Core;
using EventHub.Core.Directory;
using EventHub.Core.Data;
using EventHub.Core.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

const int Organisations = 5_000;
const int Contacts = 50_000;
const int Runs = 7;

var file = Path.Combine(Path.GetTempPath(), $"eventhub-directory-bench-{Guid.NewGuid():N}.db");
var services = new ServiceCollection()
    .AddLogging()
    .AddEventHubDatabase($"Data Source={file}")
    .AddEventHubCore()
    .BuildServiceProvider();
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

Console.WriteLine($"Peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MiB");
await services.DisposeAsync();
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
File.Delete(file);
