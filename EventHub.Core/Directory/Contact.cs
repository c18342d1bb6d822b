using EventHub.Core.Common;

namespace EventHub.Core.Directory;

/// <summary>A person the alliance talks to; belongs to one organisation, or to none (an independent resident).</summary>
public class Contact
{
    public const int NameMaxLength = 100;
    public const int EmailMaxLength = 254;
    public const int PhoneMaxLength = 50;
    public const int JobTitleMaxLength = 200;

    private readonly List<ContactAffiliation> _affiliations = [];

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

    /// <summary>Which organisations this person belonged to, and when: moving keeps the history.</summary>
    public IReadOnlyList<ContactAffiliation> Affiliations => _affiliations;

    public string FullName => $"{FirstName} {LastName}";

    public void Rename(string firstName, string lastName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(firstName);
        ArgumentException.ThrowIfNullOrWhiteSpace(lastName);
        FirstName = firstName.Trim();
        LastName = lastName.Trim();
        NameKey = TextNormalizer.ForMatching(FirstName + LastName);
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
        JobTitle = string.IsNullOrWhiteSpace(jobTitle) ? null : jobTitle.Trim();
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
