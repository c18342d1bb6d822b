using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EventHub.Core.Data;

/// <summary>
/// Writes instants as UTC and reads them back marked as UTC. An unmarked instant is taken as UTC (as SQLite always
/// did); Npgsql refuses to write one into a <c>timestamp with time zone</c> column unless it is marked.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
