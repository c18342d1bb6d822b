using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EventHub.Tests.Support;

/// <summary>
/// The SQL the database runs, for tests that count queries or look at what they read: register it as an interceptor
/// (<c>services.AddSingleton&lt;IInterceptor&gt;(log)</c>) and <see cref="Clear"/> it before the step under test.
/// </summary>
public sealed class SqlCommandLog : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _commands = new();
    private readonly ConcurrentQueue<string[]> _columns = new();

    /// <summary>The text of every command run (queries, and writes with or without rows back), in order.</summary>
    public IReadOnlyList<string> Commands => [.. _commands];

    /// <summary>The columns of every result the database returned, in order.</summary>
    public IReadOnlyList<string[]> Columns => [.. _columns];

    /// <summary>How many commands read from <paramref name="table"/> (<c>FROM "Table"</c>).</summary>
    public int ReadsFrom(string table) => Commands.Count(c => c.Contains($"FROM \"{table}\"", StringComparison.Ordinal));

    public void Clear()
    {
        _commands.Clear();
        _columns.Clear();
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _commands.Enqueue(command.CommandText);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        _columns.Enqueue(Enumerable.Range(0, result.FieldCount).Select(result.GetName).ToArray());
        return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        _commands.Enqueue(command.CommandText);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        _commands.Enqueue(command.CommandText);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }
}
