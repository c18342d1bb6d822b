namespace EventHub.Tests.Support;

/// <summary>One app per test class: starting it (migrate + seed) once keeps the suite fast.</summary>
public sealed class EventHubAppFixture : IDisposable
{
    public EventHubAppFactory Factory { get; } = new();

    public void Dispose() => Factory.Dispose();
}
