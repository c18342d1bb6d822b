using Xunit.Abstractions;

[assembly: TestCollectionOrderer("EventHub.Tests.Support.BrowserCollectionsFirst", "EventHub.Tests")]

namespace EventHub.Tests.Support;

/// <summary>
/// Starts the end-to-end collections first, then the ones that run whole app instances on PostgreSQL (the two-instance
/// story alone takes some 40 s). Each runs for a minute or more, while the hundred other collections take seconds:
/// started last, one of them would be what the whole run waits for.
/// </summary>
public sealed class BrowserCollectionsFirst : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections
            .OrderBy(c => c.DisplayName.StartsWith("Browser", StringComparison.Ordinal) ? 0
                : c.DisplayName.Contains(".Integration.", StringComparison.Ordinal) && c.DisplayName.Contains("Postgres", StringComparison.Ordinal) ? 1
                : 2)
            .ThenBy(c => c.DisplayName, StringComparer.Ordinal);
}
