using EventHub.Core.Common;
using EventHub.Core.Organisations;

namespace EventHub.Core.Contacts;

/// <summary>A person the alliance talks to; belongs to one organisation, or to none (an independent resident).</summary>
public class Contact
{
    public const int NameMaxLength = 100;
    public const int EmailMaxLength = 254;

    private Contact()
    {
    }

    public Contact(string firstName, string lastName, string email, Language preferredLanguage, DateTime nowUtc)
    {
        Rename(firstName, lastName);
        ChangeEmail(email);
        PreferredLanguage = preferredLanguage;
        CreatedAtUtc = nowUtc;
    }

    public int Id { get; private set; }
    public string FirstName { get; private set; } = "";
    public string LastName { get; private set; } = "";
    public string Email { get; private set; } = "";

    /// <summary>Trimmed, lower-cased email; unique across the directory.</summary>
    public string NormalizedEmail { get; private set; } = "";

    public string? Phone { get; private set; }
    public string? JobTitle { get; private set; }
    public int? OrganisationId { get; private set; }
    public Organisation? Organisation { get; private set; }
    public Language PreferredLanguage { get; private set; }
    public bool IsArchived { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }

    public string FullName => $"{FirstName} {LastName}";

    public void Rename(string firstName, string lastName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(firstName);
        ArgumentException.ThrowIfNullOrWhiteSpace(lastName);
        FirstName = firstName.Trim();
        LastName = lastName.Trim();
    }

    public void ChangeEmail(string email)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        Email = email.Trim();
        NormalizedEmail = TextNormalizer.ForEmail(email);
    }

    public void Describe(string? phone, string? jobTitle)
    {
        Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        JobTitle = string.IsNullOrWhiteSpace(jobTitle) ? null : jobTitle.Trim();
    }

    public void PreferLanguage(Language language) => PreferredLanguage = language;

    public void MoveTo(Organisation? organisation)
    {
        Organisation = organisation;
        OrganisationId = organisation?.Id;
    }

    public void Archive() => IsArchived = true;

    public void Restore() => IsArchived = false;
}
