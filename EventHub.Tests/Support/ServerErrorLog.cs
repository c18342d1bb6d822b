using Microsoft.Extensions.Logging;

namespace EventHub.Tests.Support;

/// <summary>
/// Every error the test apps log (an unhandled exception in a circuit, a failed request), appended to
/// <c>TestResults/server-errors.log</c> with the time and the app's database, so a browser story that fails without a
/// visible reason can be told apart: a crashed circuit, a refused save, or nothing at all on the server (a lost click).
/// <c>./test.sh</c> prints the file's end when a test fails. Stories that provoke errors on purpose write here too.
/// </summary>
public sealed class ServerErrorLog(string app) : ILoggerProvider
{
    private static readonly Lock FileLock = new();

    public static string FilePath { get; } = Path.Combine(Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "TestResults")).FullName, "server-errors.log");

    public ILogger CreateLogger(string categoryName) => new Logger(app, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(string app, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var line = $"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel} [{app}] {category}: {formatter(state, exception)}{Environment.NewLine}{exception}{Environment.NewLine}";
            lock (FileLock)
            {
                File.AppendAllText(FilePath, line);
            }
        }
    }
}
