using System.Runtime;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace EventHub.App.Hosting;

/// <summary>
/// <c>EventHub:Benchmark</c>: what the benchmarks in <c>benchmarks/</c> need from a running app and nobody else may have.
/// Off unless set, and the app refuses to start with it on in Production (<see cref="ConfigurationChecks"/>).
/// </summary>
public sealed class BenchmarkOptions
{
    public const string Section = "EventHub:Benchmark";

    /// <summary>Maps <c>/benchmark/heap</c> and opens the empty page <c>/benchmark/empty</c> (404 otherwise).</summary>
    public bool Enabled { get; set; }

    /// <summary>How long a circuit whose browser went away without saying so is kept (Blazor's default: 3 minutes).</summary>
    public double? DisconnectedCircuitRetentionSeconds { get; set; }
}

/// <summary>
/// The circuit memory benchmark's hooks (<c>benchmarks/circuit-memory.sh</c>): a count of open circuits, and the managed
/// heap after a forced full, compacting garbage collection, at <c>GET /benchmark/heap</c>. Only when
/// <see cref="BenchmarkOptions.Enabled"/>; otherwise the address does not exist (404).
/// </summary>
public static class BenchmarkSupport
{
    public static void AddBenchmarkSupport(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(BenchmarkOptions.Section);
        builder.Services.Configure<BenchmarkOptions>(section);
        var options = section.Get<BenchmarkOptions>() ?? new BenchmarkOptions();
        if (!options.Enabled)
        {
            return;
        }

        builder.Services.AddSingleton<CircuitCounter>();
        builder.Services.AddSingleton<CircuitHandler>(provider => provider.GetRequiredService<CircuitCounter>());
        if (options.DisconnectedCircuitRetentionSeconds is { } seconds)
        {
            builder.Services.Configure<CircuitOptions>(circuits => circuits.DisconnectedCircuitRetentionPeriod = TimeSpan.FromSeconds(seconds));
        }
    }

    public static void MapBenchmarkEndpoints(this WebApplication app)
    {
        var options = app.Configuration.GetSection(BenchmarkOptions.Section).Get<BenchmarkOptions>();
        if (options is not { Enabled: true })
        {
            return;
        }

        app.MapGet("/benchmark/heap", (CircuitCounter circuits) =>
        {
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            var info = GC.GetGCMemoryInfo(GCKind.FullBlocking);
            return Results.Json(new HeapReport(GC.GetTotalMemory(forceFullCollection: false), info.HeapSizeBytes, info.FragmentedBytes, circuits.Open));
        }).AllowAnonymous();
    }

    public sealed record HeapReport(long TotalMemoryBytes, long HeapSizeBytes, long FragmentedBytes, int OpenCircuits);

    /// <summary>Open circuits, so the benchmark knows when the tabs it closed have really been let go.</summary>
    public sealed class CircuitCounter : CircuitHandler
    {
        private int _open;

        public int Open => Volatile.Read(ref _open);

        public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _open);
            return Task.CompletedTask;
        }

        public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Decrement(ref _open);
            return Task.CompletedTask;
        }
    }
}
