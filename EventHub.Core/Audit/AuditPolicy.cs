using EventHub.Core.Common;
using Microsoft.EntityFrameworkCore.Metadata;

namespace EventHub.Core.Audit;

/// <summary>
/// What the log records, in one place: which kinds of record it skips, which properties are sensitive (only "changed"
/// is recorded) and which it leaves out as derived noise, and which properties give a record its readable label.
/// Properties are matched by name, so a new entity is recorded without being listed, and a new token or note is
/// hidden as long as its name says what it is.
/// </summary>
public static class AuditPolicy
{
    /// <summary>
    /// Not recorded by the interceptor: the log itself; account history (its own record of who did what to an account);
    /// emails in the outbox (their sending state is machine work, and the Outbox page is their record); Data Protection
    /// keys; the planning counts kept when needs are deleted (derived numbers, written by the retention job); the
    /// recipients of a message to guests (the message's own entry counts them, and its page lists them with their emails);
    /// the alliance dashboard's kept tallies and their stamps (derived numbers, recounted when a view finds them stale).
    /// </summary>
    public static readonly IReadOnlySet<string> SkippedKinds = new HashSet<string>(StringComparer.Ordinal)
    {
        "AuditEntry", "AccountAuditRecord", "OutboxMessage", "OutboxAttachment", "DataProtectionKey", "NeedTotal",
        "GuestMessageRecipient", "ParticipationTally", "ParticipationTallyStamp",
    };

    private static readonly HashSet<string> SensitiveNames = new(StringComparer.Ordinal)
    {
        "AccessNeeds", "DietaryNeeds", "OtherNeeds", "InterpretationLanguage", "DeclineNote", "Notes", "Note",
        "PasswordHash", "CheckInCode", "ProtectedLinkTokens",
        // A feedback survey's open answers: the attendee's own words, kept on the answer (where erasure clears them), not here.
        "ShouldChange", "NextStep",
    };

    private static readonly HashSet<string> LeftOutNames = new(StringComparer.Ordinal)
    {
        "ConcurrencyStamp", "NormalizedEmail", "NormalizedUserName", "NormalizedName", "NameKey", "MatchKey", "EmailDomain",
        "SearchName", "SortName", "SearchTitle", "SearchWhat",
        // The time of the change itself: the entry's own time says it.
        "UpdatedAtUtc",
        // Calendar revisions (iCalendar SEQUENCE), counted up with the change or the email that raised them.
        "CalendarSequence", "CalendarsSent",
        // Versions that refuse a save from a stale form (events, outcomes, action items): counted up with every save.
        "Version",
        // Identity's bookkeeping of an account: a stamp renewed with every change that signs the person out elsewhere (the
        // change itself is recorded), and switches EventHub never turns.
        "SecurityStamp", "LockoutEnabled", "EmailConfirmed", "PhoneNumberConfirmed",
    };

    /// <summary>Needs, notes, tokens and their hashes, password hashes, authenticator keys and recovery codes.</summary>
    public static bool IsSensitive(string kind, string property) =>
        SensitiveNames.Contains(property)
        || property.Contains("Token", StringComparison.Ordinal)
        || property.EndsWith("Hash", StringComparison.Ordinal)
        || property.Contains("Secret", StringComparison.Ordinal)
        || (kind == "UserToken" && property == "Value"); // Identity keeps authenticator keys and recovery codes there

    public static bool IsLeftOut(string property) => LeftOutNames.Contains(property);

    /// <summary>A contact's personal values: erasing the contact anonymises every value of these the log holds.</summary>
    public static readonly IReadOnlySet<string> PersonalContactProperties = new HashSet<string>(StringComparer.Ordinal)
    {
        "FirstName", "LastName", "Email", "Phone", "JobTitle",
    };

    /// <summary>
    /// Where a record keeps the name of a colleague who did something with it — checked in, saved, sent, decided,
    /// published — rather than of a partner: removing that colleague's account replaces those values, and only those,
    /// where they name them whole. Where the record keeps the account beside the name (the value here: the property with
    /// its id), a change that holds that id too is replaced only where the id is theirs, so a colleague with the same
    /// name keeps it. An event's contact is kept by address (<see cref="EventContact"/>).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string?> StaffNameProperties = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["CheckedInByName"] = "CheckedInByUserId",
        ["ByName"] = "ByUserId",
        ["By"] = "ByUserId",
        ["UpdatedBy"] = "UpdatedByUserId",
        ["SenderName"] = "SenderId",
        ["MergedBy"] = "MergedByUserId",
        ["DecidedBy"] = "DecidedByUserId",
        ["PublishedBy"] = "PublishedByUserId",
    };

    /// <summary>
    /// An event's contact for partners: a name and the address beside it, typed by an organiser — a colleague's, or
    /// anyone's. The address stands for the person as an account's id does elsewhere: removing a colleague's account
    /// replaces the name where the address beside it at that moment was one of theirs, whatever the name says (as the
    /// event itself loses both), and their address; a namesake at another address keeps their name.
    /// </summary>
    public static readonly (string Kind, string Name, string Email) EventContact = ("Event", "OrganiserName", "OrganiserEmail");

    /// <summary>A staff account's own personal values in the entries about it.</summary>
    public static readonly IReadOnlySet<string> PersonalAccountProperties = new HashSet<string>(StringComparer.Ordinal)
    {
        "DisplayName", "Email", "UserName", "PhoneNumber",
    };

    /// <summary>
    /// The personal properties (<see cref="PersonalContactProperties"/>, <see cref="PersonalAccountProperties"/>) that are
    /// names; the others are addresses, phone numbers and job titles (<see cref="PersonalValues"/>).
    /// </summary>
    public static readonly IReadOnlySet<string> NameProperties = new HashSet<string>(StringComparer.Ordinal)
    {
        "FirstName", "LastName", "DisplayName",
    };

    /// <summary>The values these personal changes held, before and after, as names and other values (<see cref="NameProperties"/>).</summary>
    public static PersonalValues FormerValues(IEnumerable<AuditChange> personal)
    {
        var changes = personal.ToList();
        List<string?> Values(bool names) => changes.Where(c => NameProperties.Contains(c.Property) == names).SelectMany(c => new[] { c.Old, c.New }).ToList();
        return new PersonalValues(Values(names: true), Values(names: false));
    }

    /// <summary>Identity's records of an account (its sign-in keys, outside logins and claims), kept under the account's id.</summary>
    public static readonly IReadOnlySet<string> AccountKinds = new HashSet<string>(StringComparer.Ordinal)
    {
        "User", "UserToken", "UserLogin", "UserClaim",
    };

    /// <summary>The properties that name a record, in order of preference; first and last name are joined.</summary>
    public static readonly IReadOnlyList<string> LabelProperties = ["DisplayName", "Name", "Title", "Email", "UserName", "SubjectEn", "SubjectNl"];

    /// <summary>The log's name for an entity type; join tables without a class of their own (an event's themes) by their name.</summary>
    public static string KindOf(IReadOnlyEntityType entityType) =>
        entityType.HasSharedClrType ? entityType.ShortName() : KindOf(entityType.ClrType);

    /// <summary>The log's name for an entity type: its class name, Identity's types by what they are.</summary>
    public static string KindOf(Type clrType) => clrType.Name switch
    {
        "AppUser" => "User",
        "IdentityRole" => "Role",
        "IdentityUserRole`1" => "UserRole",
        "IdentityUserToken`1" => "UserToken",
        "IdentityUserLogin`1" => "UserLogin",
        "IdentityUserClaim`1" => "UserClaim",
        "IdentityRoleClaim`1" => "RoleClaim",
        var name when name.Contains('`') => name[..name.IndexOf('`')],
        var name => name,
    };
}
