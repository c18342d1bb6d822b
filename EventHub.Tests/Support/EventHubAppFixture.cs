namespace EventHub.Tests.Support;

/// <summary>One app per test class: starting it (migrate + seed) once keeps the suite fast.</summary>
public sealed class EventHubAppFixture : IDisposable
{
    public EventHubAppFactory Factory { get; } = new();

    public void Dispose() => Factory.Dispose();
}

/// <summary>One app per test class over its own PostgreSQL database (<see cref="PostgresServer"/>), without the demo: its tests make their own data.</summary>
public sealed class PostgresAppFixture : IAsyncLifetime
{
    private EventHubAppFactory? _factory;

    public EventHubAppFactory Factory => _factory ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync() => _factory = await EventHubAppFactory.OnPostgresAsync(seedDemo: false);

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}
