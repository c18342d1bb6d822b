using EventHub.Core.Common;

namespace EventHub.Core.Directory;

/// <summary>A person the alliance talks to; belongs to one organisation, or to none (an independent resident).</summary>
public class Contact
{
    public const int NameMaxLength = 100;
    public const int EmailMaxLength = 254;
    public const int PhoneMaxLength = 50;
    public const int JobTitleMaxLength = 200;

    /// <summary>The first name an anonymised record keeps (its last name is "#" and its number).</summary>
    public const string AnonymousName = "Anonymised";

    private readonly List<ContactAffiliation> _affiliations = [];
    private readonly List<ContactStopLink> _stopLinks = [];

    private Contact()
    {
    }

    public Contact(string firstName, string lastName, string email, Language preferredLanguage, DateTime nowUtc)
    {
        Rename(firstName, lastName);
        ChangeEmail(email);
        PreferredLanguage = preferredLanguage;
        CreatedAtUtc = nowUtc;
        UpdatedAtUtc = nowUtc;
    }

    public int Id { get; private set; }
    public string FirstName { get; private set; } = "";
    public string LastName { get; private set; } = "";

    /// <summary>First and last name folded like organisation names, to spot the same person twice.</summary>
    public string NameKey { get; private set; } = "";

    /// <summary>"First Last" folded (<see cref="ContactNameKeys.Search"/>): what a search for a name is matched against.</summary>
    public string SearchName { get; private set; } = "";

    /// <summary>Last name the Dutch way, then first name, folded (<see cref="ContactNameKeys.Sort"/>): the order of every list of people.</summary>
    public string SortName { get; private set; } = "";

    public string Email { get; private set; } = "";

    /// <summary>Trimmed, lower-cased email; unique across the directory.</summary>
    public string NormalizedEmail { get; private set; } = "";

    /// <summary>What follows the @, for "everyone from gemeente.nl".</summary>
    public string EmailDomain { get; private set; } = "";

    public string? Phone { get; private set; }
    public string? JobTitle { get; private set; }
    public int? OrganisationId { get; private set; }
    public Organisation? Organisation { get; private set; }
    public Language PreferredLanguage { get; private set; }
    public bool IsArchived { get; private set; }

    /// <summary>Set when this record was merged into another; it then stays only for history.</summary>
    public int? MergedIntoId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>How the person came into the directory; people who did not give us their data themselves are told (GDPR art. 14).</summary>
    public ContactSource Source { get; private set; } = ContactSource.Entered;

    /// <summary>When the first email told the person where their data came from and how to object; null until then.</summary>
    public DateTime? SourceNoticeSentAtUtc { get; private set; }

    /// <summary>Since when the person asked not to be invited any more (GDPR art. 21); null when they did not.</summary>
    public DateTime? DoNotInviteSinceUtc { get; private set; }

    /// <summary>When an admin anonymised the record: names, email, phone and job title are gone; counts stay.</summary>
    public DateTime? AnonymisedAtUtc { get; private set; }

    public bool DoNotInvite => DoNotInviteSinceUtc is not null;

    /// <summary>Whether the next email still owes the person the notice of where their data came from.</summary>
    public bool OwesSourceNotice => Source != ContactSource.Entered && SourceNoticeSentAtUtc is null;

    /// <summary>Which organisations this person belonged to, and when: moving keeps the history.</summary>
    public IReadOnlyList<ContactAffiliation> Affiliations => _affiliations;

    public IReadOnlyList<ContactStopLink> StopLinks => _stopLinks;

    public string FullName => $"{FirstName} {LastName}";

    /// <summary>
    /// Everything the contact dialog edits, as one value: a form states the one it was opened with, and a save over a
    /// different one (another organiser saved meanwhile) is refused instead of putting back what they changed.
    /// </summary>
    public string EditedState => string.Join('\u001f', FirstName, LastName, Email, OrganisationId, Phone, JobTitle, PreferredLanguage);

    public void Rename(string firstName, string lastName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(firstName);
        ArgumentException.ThrowIfNullOrWhiteSpace(lastName);
        FirstName = TextNormalizer.OneLine(firstName);
        LastName = TextNormalizer.OneLine(lastName);
        NameKey = TextNormalizer.ForMatching(FirstName + LastName);
        KeepNameKeys();
    }

    /// <summary>Sets <see cref="SearchName"/> and <see cref="SortName"/> from the names; also for records kept from before them.</summary>
    internal void KeepNameKeys()
    {
        SearchName = ContactNameKeys.Search(FirstName, LastName);
        SortName = ContactNameKeys.Sort(FirstName, LastName);
    }

    public void ChangeEmail(string email)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        Email = email.Trim();
        NormalizedEmail = TextNormalizer.ForEmail(email);
        EmailDomain = TextNormalizer.EmailDomain(NormalizedEmail);
    }

    public void Describe(string? phone, string? jobTitle)
    {
        Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        JobTitle = string.IsNullOrWhiteSpace(jobTitle) ? null : TextNormalizer.OneLine(jobTitle);
    }

    public void PreferLanguage(Language language) => PreferredLanguage = language;

    /// <summary>Moves the person to another organisation (or to none); the old membership is closed, not erased.</summary>
    public void MoveTo(Organisation? organisation, DateTime nowUtc)
    {
        if (organisation is not null && organisation == Organisation)
        {
            return;
        }

        foreach (var open in _affiliations.Where(a => a.EndedAtUtc is null))
        {
            open.End(nowUtc);
        }

        Organisation = organisation;
        OrganisationId = organisation?.Id;
        if (organisation is not null)
        {
            _affiliations.Add(new ContactAffiliation(this, organisation, nowUtc));
        }

        UpdatedAtUtc = nowUtc;
    }

    public void Touch(DateTime nowUtc) => UpdatedAtUtc = nowUtc;

    /// <summary>Notes how the person came into the directory (import, nomination by a colleague, the door).</summary>
    public void CameFrom(ContactSource source) => Source = source;

    internal void NoteSourceNoticeSent(DateTime nowUtc) => SourceNoticeSentAtUtc ??= nowUtc;

    /// <summary>The person asked not to be invited; every way of adding people leaves them out from now on.</summary>
    public void ObjectToInvitations(DateTime nowUtc) => DoNotInviteSinceUtc ??= nowUtc;

    /// <summary>Lifts the do-not-invite mark; only when the person asked for it (the caller has confirmed that).</summary>
    public void LiftDoNotInvite() => DoNotInviteSinceUtc = null;

    /// <summary>
    /// A new personal "stop inviting me" link for one email (256 random bits, only the hash stored); every link the
    /// person was sent keeps working. Returns the token for the email.
    /// </summary>
    public string IssueStopLink(DateTime nowUtc)
    {
        var token = PersonalLinkTokens.NewToken();
        _stopLinks.Add(new ContactStopLink(this, PersonalLinkTokens.Hash(token), nowUtc));
        return token;
    }

    /// <summary>
    /// Removes everything that identifies the person: names, email, phone, job title, and their "stop inviting me"
    /// links (loaded by the caller, who also clears what other records hold: needs, notes, personal links). The record
    /// stays, archived and still marked do-not-invite if it was, so counts in reports stay right.
    /// </summary>
    internal void Anonymise(DateTime nowUtc)
    {
        FirstName = AnonymousName;
        LastName = $"#{Id}";
        NameKey = $"anonymised{Id}";
        KeepNameKeys();
        Email = AnonymisedEmail(Id);
        NormalizedEmail = Email;
        EmailDomain = Outbox.OutboxMessage.ErasedDomain;
        Phone = null;
        JobTitle = null;
        IsArchived = true;
        AnonymisedAtUtc ??= nowUtc;
        UpdatedAtUtc = nowUtc;
        _stopLinks.Clear();
    }

    /// <summary>The stand-in address of an anonymised record: unique, and at a domain that can never receive mail.</summary>
    public static string AnonymisedEmail(int id) => $"contact-{id}@{Outbox.OutboxMessage.ErasedDomain}";

    /// <summary>A unique stand-in address for a walk-in who gave none (<see cref="Outbox.OutboxMessage.NoEmailDomain"/>).</summary>
    public static string NoEmail() => $"walk-in-{Guid.NewGuid():N}@{Outbox.OutboxMessage.NoEmailDomain}";

    /// <summary>Whether the person can receive email (not erased, and not a walk-in who gave no address).</summary>
    public bool HasEmail => IsRealEmail(Email);

    /// <summary>False for the stand-in addresses above, which lists and forms show as "no email address".</summary>
    public static bool IsRealEmail(string email) => !email.EndsWith(".invalid", StringComparison.OrdinalIgnoreCase);

    public void Archive() => IsArchived = true;

    public void Restore()
    {
        if (MergedIntoId is not null)
        {
            throw new InvalidOperationException("A merged contact stays archived; its survivor carries on.");
        }

        IsArchived = false;
    }

    internal void MergeInto(Contact survivor, DateTime nowUtc)
    {
        if (survivor.Id == Id)
        {
            throw new InvalidOperationException("A contact cannot be merged into itself.");
        }

        foreach (var open in _affiliations.Where(a => a.EndedAtUtc is null))
        {
            open.End(nowUtc);
        }

        MergedIntoId = survivor.Id;
        IsArchived = true;
        UpdatedAtUtc = nowUtc;
    }
}
