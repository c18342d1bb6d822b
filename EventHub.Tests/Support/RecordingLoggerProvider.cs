using Microsoft.Extensions.Logging;

namespace EventHub.Tests.Support;

/// <summary>Keeps every log entry written, so a test can show that a failure was logged and not swallowed.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly Lock _lock = new();
    private readonly List<LogEntry> _entries = [];
    private readonly List<(Func<LogEntry, bool> Match, TaskCompletionSource<LogEntry> Found)> _waiting = [];

    /// <summary>Every entry written so far.</summary>
    public IReadOnlyList<LogEntry> Entries
    {
        get
        {
            lock (_lock)
            {
                return _entries.ToList();
            }
        }
    }

    /// <summary>How many entries were written so far.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The entries written since the first <paramref name="skip"/>.</summary>
    public IReadOnlyList<LogEntry> EntriesFrom(int skip)
    {
        lock (_lock)
        {
            return _entries.Skip(skip).ToList();
        }
    }

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    /// <summary>The first entry, written already or later, that <paramref name="match"/> accepts.</summary>
    public Task<LogEntry> WhenLoggedAsync(Func<LogEntry, bool> match)
    {
        lock (_lock)
        {
            if (_entries.FirstOrDefault(match) is { } written)
            {
                return Task.FromResult(written);
            }

            var found = new TaskCompletionSource<LogEntry>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Add((match, found));
            return found.Task;
        }
    }

    public void Dispose()
    {
    }

    private void Add(LogEntry entry)
    {
        lock (_lock)
        {
            _entries.Add(entry);
            foreach (var waiter in _waiting.Where(w => w.Match(entry)).ToList())
            {
                _waiting.Remove(waiter);
                waiter.Found.TrySetResult(entry);
            }
        }
    }

    public sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception);

    private sealed class Recorder(RecordingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            provider.Add(new LogEntry(category, logLevel, formatter(state, exception), exception));
    }
}
