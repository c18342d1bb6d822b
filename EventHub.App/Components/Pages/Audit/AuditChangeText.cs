using System.Globalization;
using EventHub.App.Components.Shared;
using EventHub.App.Resources;
using EventHub.Core.Audit;
using EventHub.Core.Events;
using EventHub.Core.Outcomes;
using EventHub.Core.Texts;
using Microsoft.Extensions.Localization;

namespace EventHub.App.Components.Pages.Audit;

/// <summary>
/// One recorded change as an administrator reads it: the property's name in their language ("Uiterlijk", not "DueOn"),
/// times in the alliance's time zone and their date format, yes or no, and a status or sector by its name — the log
/// keeps the values as culture-neutral text (<see cref="AuditChange"/>), and the property's type says how to read it. A
/// reference to another record reads by the name the log knows for it ("Bibliotheek Noord (#21)"), and a bulk write's or
/// an export's summary in the reader's words.
/// </summary>
internal sealed class AuditChangeText(
    IStringLocalizer<AppStrings> text, IStringLocalizer<CoreTexts> names, Func<string, string, Type?> typeOf, Func<string, string, string?> referenceOf)
{
    private IReadOnlyDictionary<(string Kind, string RecordId), string> _recordNames = new Dictionary<(string, string), string>();

    /// <summary>The records the entries on screen point at (kind and number), to be named by <see cref="NameRecords"/>.</summary>
    public IEnumerable<(string Kind, string RecordId)> References(IEnumerable<AuditEntry> entries) =>
        from entry in entries
        from change in entry.Changes
        where !change.Sensitive
        let kind = referenceOf(entry.Kind, change.Property)
        where kind is not null
        from value in new[] { change.Old, change.New }
        where value is not null
        select (kind, value);

    /// <summary>The names the log knows for the records the entries on screen point at.</summary>
    public void NameRecords(IReadOnlyDictionary<(string Kind, string RecordId), string> recordNames) => _recordNames = recordNames;

    /// <summary>The name the log last knew for a record among those named by <see cref="NameRecords"/>; null when it knows none.</summary>
    public string? RecordName(string kind, string recordId) => _recordNames.GetValueOrDefault((kind, recordId));

    /// <summary>
    /// "Gastenlijst: 42 gasten geëxporteerd (CSV)": a counted summary (<c>_One</c>/<c>_Other</c>) by its first value; an
    /// entry written before summaries had names reads as it was kept.
    /// </summary>
    public string Summary(string stored)
    {
        if (AuditSummary.Read(stored) is not { } summary)
        {
            return stored;
        }

        var key = $"Audit_Summary_{summary.Text}";
        if (text[Plural.Key(key, 1)] is { ResourceNotFound: false } && summary.Values.Count > 0
            && long.TryParse(summary.Values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            key = Plural.Key(key, count);
        }

        if (text[key] is not { ResourceNotFound: false } format)
        {
            return stored;
        }

        var culture = CultureInfo.CurrentCulture;
        var values = summary.Values.Select(value => (object)(
            long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number.ToString("N0", culture)
            : DateOnly.TryParseExact(value, AuditChange.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day.ToString("d MMMM yyyy", culture)
            : value)).ToArray();
        return string.Format(culture, format, values);
    }

    /// <summary>
    /// The changes an administrator reads: a colleague's account id (<c>UpdatedByUserId</c>) is left out where the same
    /// entry holds the name beside it (<c>UpdatedBy</c>, <see cref="AuditPolicy.StaffNameProperties"/>) — the name says
    /// who, and the id, kept for removing that account's traces, would only read as a string of hex digits.
    /// </summary>
    public static IEnumerable<AuditChange> Shown(IReadOnlyList<AuditChange> changes)
    {
        var named = AuditPolicy.StaffNameProperties
            .Where(pair => pair.Value is not null && changes.Any(change => change.Property == pair.Key))
            .Select(pair => pair.Value)
            .ToHashSet(StringComparer.Ordinal);
        return changes.Where(change => !named.Contains(change.Property));
    }

    /// <summary>"Actiepunt" for <c>ActionItem</c>; a kind without a name shows as it is called.</summary>
    public string Kind(string kind) =>
        text[$"Audit_Kind_{kind}"] is { ResourceNotFound: false } name ? name.Value : kind;

    /// <summary>"Uiterlijk" for <c>DueOn</c>; a property without a name (added later) shows as it is called.</summary>
    public string Field(string property) =>
        text[$"Audit_Field_{property}"] is { ResourceNotFound: false } name ? name.Value : property;

    /// <summary>"gewijzigd", "19 augustus 2026", "Open → Afgerond", "verwijderd: …".</summary>
    public string Change(string kind, AuditChange change)
    {
        if (change.Property == AuditChange.RoleProperty)
        {
            // A role given or taken, kept by its name ("Organiser"): read as the screens name it ("Organisator").
            return change.Old is null ? RoleName(change.New) : string.Format(CultureInfo.CurrentCulture, text["Audit_Removed"], RoleName(change.Old));
        }

        var type = typeOf(kind, change.Property);
        var reference = referenceOf(kind, change.Property)
            ?? (change.Property.EndsWith("Id", StringComparison.Ordinal) && type == typeof(int) ? "" : null);
        return change switch
        {
            { Sensitive: true } => text["Audit_Changed"],
            { Old: null } => Value(type, change.New, reference),
            { New: null } => string.Format(CultureInfo.CurrentCulture, text["Audit_Removed"], Value(type, change.Old, reference)),
            _ => $"{Value(type, change.Old, reference)} → {Value(type, change.New, reference)}",
        };
    }

    /// <summary>One value of a change as the log reads it ("Dutch" for <c>Nl</c>), for a sentence that names both.</summary>
    public string ValueOf(string kind, string property, string? stored) => Value(typeOf(kind, property), stored, referenceOf(kind, property));

    /// <param name="reference">
    /// The kind of record the value is the number of (empty when unknown): its name as the log last recorded it and its
    /// number ("Bibliotheek Noord (#21)"), or the number alone ("#21") as the log names records.
    /// </param>
    private string Value(Type? type, string? stored, string? reference)
    {
        if (stored is null || type is null)
        {
            return stored ?? "";
        }

        if (reference is not null)
        {
            return _recordNames.TryGetValue((reference, stored), out var name) ? $"{names.Person(name)} (#{stored})" : "#" + stored;
        }

        var culture = CultureInfo.CurrentCulture;
        return type switch
        {
            _ when type == typeof(DateTime) && DateTime.TryParseExact(stored, AuditChange.TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc)
                => EventDates.ShortMoment(utc, culture: culture),
            _ when type == typeof(DateTimeOffset) && DateTimeOffset.TryParseExact(stored, AuditChange.TimeFormat + " zzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
                => EventDates.ShortMoment(instant.UtcDateTime, culture: culture),
            // Older entries kept a date as 08/19/2026, newer ones as 2026-08-19.
            _ when type == typeof(DateOnly) && DateOnly.TryParse(stored, CultureInfo.InvariantCulture, out var day)
                => day.ToString("d MMMM yyyy", culture),
            _ when type == typeof(bool) && bool.TryParse(stored, out var yes) => text[yes ? "Audit_Yes" : "Audit_No"],
            { IsEnum: true } => string.Join(", ", stored.Split(", ").Select(value => EnumName(type, value))),
            _ => names.Person(stored),
        };
    }

    private string RoleName(string? role) =>
        role is not null && text[$"Role_{role}"] is { ResourceNotFound: false } name ? name.Value : role ?? "";

    private string EnumName(Type type, string value) => NameOf(type, value) ?? value;

    /// <summary>A status or category by its name ("Afgerond"); null for a value without one (a member since removed).</summary>
    internal string? NameOf(Type type, string value)
    {
        var name = NamedOnScreens.TryGetValue(type, out var prefix) ? text[prefix + value] : names[$"{type.Name}_{value}"];
        return name.ResourceNotFound ? null : name.Value;
    }

    /// <summary>
    /// The categories named by the screens' texts (the venue's and the RSVP page's accessibility, the outcome editor's
    /// "Insight" and "Decision") rather than by Core's <c>{Type}_{Value}</c>.
    /// </summary>
    private static readonly Dictionary<Type, string> NamedOnScreens = new()
    {
        [typeof(AccessibilityFeatures)] = "Accessibility_",
        [typeof(StatementKind)] = "Outcome_",
    };
}
