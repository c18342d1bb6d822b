namespace EventHub.App.Components.Shared;

/// <summary>
/// The status code of a page that shows its own body for a link that finds nothing (404) or is no longer valid (410). It
/// is set as the response starts, not while rendering: a 404 set during the render makes Blazor drop the page's body for
/// the app's generic not-found page, and a page whose query really runs asynchronously (Npgsql) is rendered once before
/// its data is there, so the status must be read from the page as it is when the response goes out.
/// </summary>
public static class PageStatus
{
    /// <param name="status">The status the page has as its response starts; null keeps 200.</param>
    public static void DecideAsResponseStarts(HttpResponse response, Func<int?> status) =>
        response.OnStarting(() =>
        {
            if (status() is { } code)
            {
                response.StatusCode = code;
            }

            return Task.CompletedTask;
        });
}
