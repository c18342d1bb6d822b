using System.Text.Json;

namespace EventHub.Core.Audit;

/// <summary>
/// How an audit entry's changes are stored: one JSON column. Public members, because EF's compiled model calls them
/// from generated code (it cannot reach a private field).
/// </summary>
public static class AuditChangesJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(List<AuditChange> changes) => JsonSerializer.Serialize(changes, Options);

    public static List<AuditChange> Read(string json) =>
        JsonSerializer.Deserialize<List<AuditChange>>(json, Options) ?? [];
}
