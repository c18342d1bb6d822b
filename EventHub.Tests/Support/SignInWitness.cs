using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace EventHub.Tests.Support;

/// <summary>
/// Twice in full runs a sign-in form's post went wrong without saying why: once the every-page sweep's two-factor
/// sign-in ended on chromium's own error page (shown for a failed connection, or an error status with an empty body such
/// as the login form's 400 for a bad antiforgery token), once the phone-width sweep's sign-in left the login page for a
/// page that never finished loading. A sign-in step that fails here says what the browser saw (failed requests, error
/// answers, whose status the browser reports) and the warnings the app logged meanwhile, to find the cause the next time
/// it happens.
/// </summary>
public static class SignInWitness
{
    private static readonly ConcurrentDictionary<string, RecordingLoggerProvider> Logs = new();

    /// <summary>Keeps the log of the app serving <paramref name="baseUrl"/> (see <see cref="KestrelAppFactory"/>).</summary>
    public static void Watch(string baseUrl, RecordingLoggerProvider log) => Logs[Origin(baseUrl)] = log;

    /// <summary>
    /// Runs <paramref name="step"/> and fails with what the browser and the app saw when it times out or ends on
    /// chromium's error page (which would otherwise pass for a page without the app's shell).
    /// </summary>
    public static async Task ExplainFailureAsync(this IPage page, Func<Task> step)
    {
        var seen = new ConcurrentQueue<string>();
        var app = Logs.GetValueOrDefault(Origin(page.Url));
        var logged = app?.Count ?? 0;
        void Failed(object? _, IRequest request) => seen.Enqueue($"{request.Method} {request.Url} failed: {request.Failure}");
        void Answered(object? _, IResponse response)
        {
            if (response.Status >= 400)
            {
                seen.Enqueue($"{response.Request.Method} {response.Url} answered {response.Status}");
            }
        }

        page.RequestFailed += Failed;
        page.Response += Answered;
        try
        {
            await step();
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException(Explain(e.Message), e);
        }
        finally
        {
            page.RequestFailed -= Failed;
            page.Response -= Answered;
        }

        if (page.Url.StartsWith("chrome-error:", StringComparison.Ordinal))
        {
            throw new InvalidOperationException(Explain("The browser shows its own error page."));
        }

        string Explain(string what)
        {
            var entries = app?.EntriesFrom(logged).TakeLast(15).Select(entry => $"{entry.Level} {entry.Category}: {entry.Message} {entry.Exception?.GetType().Name} {entry.Exception?.Message}").ToList() ?? [];
            return $"{what}\nThe page is at {page.Url}.\nWhat the browser saw: {(seen.IsEmpty ? "no failed request" : string.Join("; ", seen))}" +
                $"\nWhat the app logged meanwhile: {(entries.Count == 0 ? "no warning" : string.Join("; ", entries))}";
        }
    }

    private static string Origin(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : url;
}
