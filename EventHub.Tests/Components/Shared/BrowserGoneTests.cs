using EventHub.App.Components.Shared;
using Microsoft.JSInterop;

namespace EventHub.Tests.Components.Shared;

/// <summary>
/// A page closing while it releases its script: the connection is gone, or ends while the release waits for its answer
/// (a cancelled call, which was logged as an unhandled error once a test run). Neither is an error; a script failing in
/// a browser still there is.
/// </summary>
public class BrowserGoneTests
{
    [Fact]
    public async Task ReleasingAModule_OfABrowserGoneOrGoing_IsQuiet()
    {
        await new Module(new JSDisconnectedException("closed")).ReleaseAsync();
        await new Module(new TaskCanceledException()).ReleaseAsync();
        await ((IJSObjectReference?)null).ReleaseAsync();
    }

    [Fact]
    public async Task ReleasingAModule_WhoseScriptFailsInABrowserStillThere_Throws()
    {
        await Assert.ThrowsAsync<JSException>(async () => await new Module(new JSException("broken")).ReleaseAsync());
    }

    private sealed class Module(Exception onRelease) : IJSObjectReference
    {
        public ValueTask DisposeAsync() => ValueTask.FromException(onRelease);

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => throw new NotSupportedException();

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) => throw new NotSupportedException();
    }
}
