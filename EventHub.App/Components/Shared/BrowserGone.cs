using Microsoft.JSInterop;

namespace EventHub.App.Components.Shared;

/// <summary>
/// A call to the browser that cannot arrive because the page has gone: the connection is closed
/// (<see cref="JSDisconnectedException"/>) or ends while the call waits for its answer (a <see cref="TaskCanceledException"/>,
/// as when a tab closes mid-call). Nothing is left to do in that browser, so it is not an error; a script that fails in
/// a browser still there (<see cref="JSException"/>) is.
/// </summary>
public static class BrowserGone
{
    public static bool Is(Exception exception) => exception is JSDisconnectedException or TaskCanceledException;

    /// <summary>Releases a page's script module when the page goes; a browser already gone has nothing to release.</summary>
    public static async ValueTask ReleaseAsync(this IJSObjectReference? module)
    {
        try
        {
            if (module is not null)
            {
                await module.DisposeAsync();
            }
        }
        catch (Exception exception) when (Is(exception))
        {
        }
    }
}
