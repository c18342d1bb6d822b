namespace EventHub.Core.Data;

/// <summary>
/// How a writer meets a busy SQLite database (the <c>EventHub:Database</c> section): how long one statement waits
/// for the write lock, and how many times the whole transaction is tried before the person is told to try again.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "EventHub:Database";

    public int BusyTimeoutMilliseconds { get; set; } = 5000;

    public int WriteAttempts { get; set; } = 5;
}
