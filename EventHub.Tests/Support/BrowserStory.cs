namespace EventHub.Tests.Support;

/// <summary>
/// The base of every end-to-end story: when the story ends, passed or failed, the pages it opened are closed, so
/// the collection's next story starts in a quiet browser.
/// </summary>
public abstract class BrowserStory(BrowserFixture browser) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => browser.ClosePagesAsync();
}
