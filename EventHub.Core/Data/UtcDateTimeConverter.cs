using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EventHub.Core.Data;

/// <summary>Writes instants as UTC and reads them back marked as UTC.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value,
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
