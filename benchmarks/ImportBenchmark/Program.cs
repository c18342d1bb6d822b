using System.Diagnostics;
using System.Globalization;
using System.Text;
using EventHub.Core;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Demo;
using EventHub.Core.Directory.Import;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// Imports a 10,000-row contacts file (made with the demo fakers) into a fresh temporary SQLite file, and prints
// how long it took and the peak working set. The goal: under 10 seconds on a 2-core machine.
var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var now = TimeProvider.System.GetUtcNow().UtcDateTime;
var organisations = DemoFakers.Organisations(Math.Max(20, rows / 30), now);
var contacts = DemoFakers.Contacts(rows, organisations, now);
var csv = new StringBuilder("First name,Last name,Email,Phone,Job title,Language,Organisation,Sector,Sub-sector,Website,Address,Neighbourhood,Tags\r\n");
foreach (var c in contacts)
{
    var o = c.Organisation;
    csv.AppendJoin(',', c.FirstName, c.LastName, c.Email, c.Phone, Quote(c.JobTitle), c.PreferredLanguage.ToCultureName(),
        Quote(o?.Name), o?.Sector.ToString(), o?.SubSector?.ToString(), o?.Website, Quote(o?.Address), o?.Neighbourhood,
        Quote(string.Join('|', o?.Tags.Select(t => t.Name) ?? [])));
    csv.Append("\r\n");
}

var file = ImportFile.FromBytes("benchmark.csv", Encoding.UTF8.GetBytes(csv.ToString()));
var databaseFile = Path.Combine(Path.GetTempPath(), $"eventhub-import-benchmark-{Guid.NewGuid():N}.db");
// Registered as the app registers them: the same SQLite settings (pragmas, busy retry) and the same service.
var collection = new ServiceCollection()
    .AddLogging()
    .AddEventHubDatabase($"Data Source={databaseFile}")
    .AddEventHubCore();
collection.AddDataProtection().UseEphemeralDataProtectionProvider(); // the Core's link tokens need keys, as in the app
await using var services = collection.BuildServiceProvider();
var factory = services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
try
{
    await EventHubDatabase.MigrateAsync(factory);
    var service = services.GetRequiredService<DirectoryImportService>();
    var mapping = service.Preview(file).Value.SuggestedMapping;

    var stopwatch = Stopwatch.StartNew();
    var phases = new PhaseTimes(stopwatch);
    var summary = await service.ImportAsync(file, mapping, new ImportOptions(), TeamMember.InRoles("benchmark", "Benchmark", Roles.Organiser), phases);
    stopwatch.Stop();

    await using var db = await factory.CreateDbContextAsync();
    var stored = await db.Contacts.CountAsync();
    var storedOrganisations = await db.Organisations.CountAsync();
    using var process = Process.GetCurrentProcess();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"rows={rows} file={file.Content.Length / 1024} KiB created={summary.CreatedContacts} organisations={summary.CreatedOrganisations} stored={stored} " +
        $"elapsed={stopwatch.Elapsed.TotalSeconds:F2} s ({phases}) peakWorkingSet={process.PeakWorkingSet64 / 1024 / 1024} MiB cores={Environment.ProcessorCount}"));
    // Every contact once, and each organisation once however many of its contacts the file lists.
    return summary.CreatedContacts == rows && stored == rows && storedOrganisations == summary.CreatedOrganisations ? 0 : 1;
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    foreach (var path in new[] { databaseFile, databaseFile + "-wal", databaseFile + "-shm" })
    {
        File.Delete(path);
    }
}

static string Quote(string? value) => value is null ? "" : $"\"{value.Replace("\"", "\"\"")}\"";

/// <summary>When each phase of the import began, from its progress reports: where the time goes.</summary>
sealed class PhaseTimes(Stopwatch clock) : IProgress<ImportProgress>
{
    private readonly Dictionary<ImportPhase, double> _started = [];

    public void Report(ImportProgress value) => _started.TryAdd(value.Phase, clock.Elapsed.TotalSeconds);

    public override string ToString() => string.Join(" ", _started.OrderBy(p => p.Value)
        .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key.ToString().ToLowerInvariant()} from {p.Value:F2} s")));
}
