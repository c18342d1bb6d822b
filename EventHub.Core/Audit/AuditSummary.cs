using System.Globalization;
using System.Text.Json;

namespace EventHub.Core.Audit;

/// <summary>
/// What a bulk write or an export did, kept so that the audit log can say it in its reader's language: the name of a
/// text (<c>GuestListExported</c>, read as <c>Audit_Summary_GuestListExported</c>) and its values as culture-neutral text
/// (counts, record numbers, dates as <see cref="AuditChange.DateFormat"/>, a file format) — never a person's name.
/// Stored as JSON in <see cref="AuditEntry.Summary"/>; entries written before this kept an English sentence there.
/// </summary>
public sealed record AuditSummary(string Text, IReadOnlyList<string> Values)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static AuditSummary Of(string text, params object[] values) =>
        new(text, [.. values.Select(Invariant)]);

    private string? _written;

    /// <summary>The summary as an entry keeps it; made once per summary, so a summary kept in a static field (a seat taken, on every answer) is serialised once.</summary>
    public string Write() => _written ??= JsonSerializer.Serialize(this, Options);

    /// <summary>The summary an entry keeps; null for an older entry's English sentence (shown as it was written).</summary>
    public static AuditSummary? Read(string? stored)
    {
        if (stored is null || !stored.StartsWith('{'))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<AuditSummary>(stored, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public bool Equals(AuditSummary? other) => other is not null && Text == other.Text && Values.SequenceEqual(other.Values);

    public override int GetHashCode() => HashCode.Combine(Text, Values.Count);

    public override string ToString() => Write();

    private static string Invariant(object value) => value switch
    {
        DateTime day => day.ToString(AuditChange.DateFormat, CultureInfo.InvariantCulture),
        DateOnly day => day.ToString(AuditChange.DateFormat, CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
