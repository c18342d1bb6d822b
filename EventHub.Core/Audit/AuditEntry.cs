using EventHub.Core.Common;

namespace EventHub.Core.Audit;

/// <summary>
/// One change to one record, or one bulk write, with who made it and when. Kinds, actions and property names are stored
/// as stable English names (the admin page translates them); values are copied as text, so the entry still reads after
/// the record changes again or is deleted. Sensitive values are never stored: their change says only "changed".
/// </summary>
public class AuditEntry
{
    public const int KindMaxLength = 64;
    public const int RecordIdMaxLength = 100;
    public const int LabelMaxLength = 300;
    public const int SummaryMaxLength = 500;

    private AuditEntry()
    {
    }

    public AuditEntry(DateTime atUtc, AuditActor actor, string kind, string recordId, AuditAction action, string label,
        IReadOnlyList<AuditChange>? changes = null, string? summary = null, int? contactId = null)
    {
        AtUtc = atUtc;
        ActorKind = actor.Kind;
        ActorId = actor.Id;
        ActorName = Cut(actor.Name, 200);
        Kind = Cut(kind, KindMaxLength);
        RecordId = Cut(recordId, RecordIdMaxLength);
        Action = action;
        Label = Cut(label, LabelMaxLength);
        Changes = changes is { Count: > 0 } ? [.. changes] : [];
        Summary = summary is null ? null : Cut(summary, SummaryMaxLength);
        ContactId = contactId;
    }

    public long Id { get; private set; }
    public DateTime AtUtc { get; private set; }
    public AuditActorKind ActorKind { get; private set; }

    /// <summary>The user's id, or for a partner link the record the link belongs to (<c>invitation:12</c>); null for the system.</summary>
    public string? ActorId { get; private set; }

    public string ActorName { get; private set; } = "";

    /// <summary>What kind of record: the entity's name (<c>Organisation</c>, <c>Event</c>, <c>User</c>, …).</summary>
    public string Kind { get; private set; } = "";

    public string RecordId { get; private set; } = "";
    public AuditAction Action { get; private set; }

    /// <summary>A readable name of the record when the change was made (an organisation's name, an event's title).</summary>
    public string Label { get; private set; } = "";

    /// <summary>The contact this entry is about, so erasing the contact can anonymise their values here too.</summary>
    public int? ContactId { get; private set; }

    public List<AuditChange> Changes { get; private set; } = [];

    /// <summary>For bulk writes: what was done, in language-neutral words and numbers (ids, counts).</summary>
    public string? Summary { get; private set; }

    /// <summary>Entries recorded through <see cref="AuditTrail.Record"/> get the time and actor of the save that writes them.</summary>
    internal void Stamp(DateTime atUtc, AuditActor actor)
    {
        AtUtc = atUtc;
        ActorKind = actor.Kind;
        ActorId = actor.Id;
        ActorName = Cut(actor.Name, 200);
    }

    /// <summary>
    /// Once the database has given an added record its key (and the records pointing at it their foreign key): the real
    /// record id, contact and new values in place of the temporary ones the change tracker held before the save.
    /// </summary>
    internal void IdentifyRecord(string recordId, int? contactId, Func<string, string?> savedValue)
    {
        RecordId = Cut(recordId, RecordIdMaxLength);
        ContactId = contactId ?? ContactId;
        Changes = Changes.Select(c => c.Sensitive || c.New is null ? c : c with { New = savedValue(c.Property) ?? c.New }).ToList();
    }

    /// <summary>
    /// Takes an erased contact's former values out of this entry's label and out of the values of its text properties
    /// (<paramref name="holdsText"/>); statuses and other non-text values stay as they were.
    /// </summary>
    internal void Scrub(WordScrubber formerValues, Func<string, bool> holdsText)
    {
        Label = formerValues.Scrub(Label)!;
        Changes = Changes.Select(c => !holdsText(c.Property) ? c : c with
        {
            Old = formerValues.Scrub(c.Old),
            New = formerValues.Scrub(c.New),
        }).ToList();
    }

    /// <summary>
    /// Replaces the values of <paramref name="properties"/> that are one of a removed person's former values whole (a
    /// "checked in by" or "updated by" that named them) with <paramref name="standIn"/>; other values stay as they were.
    /// Where this entry also holds the property's account id (<see cref="AuditPolicy.StaffNameProperties"/>), a value is
    /// replaced only where the id beside it, before or after, is <paramref name="userId"/>'s.
    /// </summary>
    internal void ReplaceWholeValues(IReadOnlyDictionary<string, string?> properties, IReadOnlySet<string> formerValues, string standIn, string userId)
    {
        string? Replaced(string? value, string? account) =>
            value is not null && formerValues.Contains(value.Trim()) && (account is null || account == userId) ? standIn : value;
        AuditChange? Account(string? idProperty) => idProperty is null ? null : Changes.FirstOrDefault(c => c.Property == idProperty);
        Changes = Changes.Select(c => c.Sensitive || !properties.TryGetValue(c.Property, out var idProperty)
            ? c
            : Account(idProperty) is { } ids
                ? c with { Old = Replaced(c.Old, ids.Old), New = Replaced(c.New, ids.New) }
                : c with { Old = Replaced(c.Old, null), New = Replaced(c.New, null) }).ToList();
    }

    /// <summary>
    /// Replaces a removed colleague as the event's contact (<see cref="AuditPolicy.EventContact"/>): the name before and
    /// after the change where the address beside it then was theirs (<paramref name="wasTheirs"/>, <paramref name="isTheirs"/>;
    /// null where the log does not know that address: then where the name is one of theirs whole), and their address.
    /// </summary>
    internal void ReplaceEventContact(bool? wasTheirs, bool? isTheirs, IReadOnlySet<string> names, IReadOnlySet<string> addresses, string standIn)
    {
        string? Name(string? value, bool? theirs) => value is not null && (theirs ?? names.Contains(value.Trim())) ? standIn : value;
        string? Address(string? value) => value is not null && addresses.Contains(value.Trim()) ? standIn : value;
        var (_, name, email) = AuditPolicy.EventContact;
        Changes = Changes.Select(c => c.Sensitive ? c
            : c.Property == name ? c with { Old = Name(c.Old, wasTheirs), New = Name(c.New, isTheirs) }
            : c.Property == email ? c with { Old = Address(c.Old), New = Address(c.New) }
            : c).ToList();
    }

    /// <summary>
    /// Hides the values of this entry's changes that the log keeps only as "changed" now (<see cref="AuditPolicy.IsSensitive"/>),
    /// for an entry written before it did.
    /// </summary>
    internal void HideSensitiveValues() =>
        Changes = Changes.Select(c => c.Sensitive || !AuditPolicy.IsSensitive(Kind, c.Property) ? c : AuditChange.Hidden(c.Property)).ToList();

    private static string Cut(string value, int max) => value.Length > max ? value[..max] : value;
}

/// <summary>What happened to the record.</summary>
public enum AuditAction
{
    Added,
    Modified,
    Deleted,
    /// <summary>A contact's personal data replaced by placeholders (bulk anonymisation or erasure).</summary>
    Anonymised,
    Exported,
    /// <summary>A write that bypassed the change tracker (<c>ExecuteUpdate</c>/<c>ExecuteDelete</c>); the summary says what.</summary>
    BulkUpdated,
    BulkDeleted,
}

/// <summary>
/// Who made a change: a signed-in person, a partner through a personal link, someone not signed in, the "lost your link?"
/// form (for the partner whose address was typed), or the system (background jobs).
/// </summary>
public enum AuditActorKind
{
    System,
    User,
    PartnerLink,
    Anonymous,
    LostLinkForm,
}

/// <summary>
/// One property's change. <see cref="Sensitive"/> changes keep neither value (access and dietary needs, notes, tokens,
/// password hashes …): the entry says only that it changed. Values are kept as culture-neutral text: times (UTC) as
/// <see cref="TimeFormat"/>, dates as <see cref="DateFormat"/>, numbers and the rest invariant, enums by member name.
/// </summary>
public sealed record AuditChange(string Property, string? Old, string? New, bool Sensitive = false)
{
    public const string TimeFormat = "yyyy-MM-dd HH:mm:ss";

    /// <summary>The "property" of a role given to or taken from a user; its value is the role's name (<see cref="Common.Roles"/>).</summary>
    public const string RoleProperty = "Role";
    public const string DateFormat = "yyyy-MM-dd";

    public static AuditChange Hidden(string property) => new(property, null, null, Sensitive: true);
}
