using Xunit.Abstractions;

[assembly: TestCollectionOrderer("EventHub.Tests.Support.BrowserCollectionsFirst", "EventHub.Tests")]

namespace EventHub.Tests.Support;

/// <summary>
/// Starts the end-to-end collections first. Each runs its stories one after another for a minute or more, while the
/// hundred other collections take seconds: started last, a browser collection would be what the whole run waits for.
/// </summary>
public sealed class BrowserCollectionsFirst : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections
            .OrderBy(c => c.DisplayName.StartsWith("Browser", StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(c => c.DisplayName, StringComparer.Ordinal);
}
