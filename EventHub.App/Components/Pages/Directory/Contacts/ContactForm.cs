using System.ComponentModel.DataAnnotations;
using EventHub.App.Resources;
using EventHub.Core.Common;
using EventHub.Core.Directory;

namespace EventHub.App.Components.Pages.Directory.Contacts;

/// <summary>The contact form; Core checks the same rules again on save.</summary>
public sealed class ContactForm
{
    [Required(ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_Required))]
    [StringLength(Contact.NameMaxLength, ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_TooLong))]
    public string FirstName { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_Required))]
    [StringLength(Contact.NameMaxLength, ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_TooLong))]
    public string LastName { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_Required))]
    [EmailAddress(ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_Email))]
    [StringLength(Contact.EmailMaxLength, ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_TooLong))]
    public string Email { get; set; } = "";

    [StringLength(Contact.PhoneMaxLength, ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_TooLong))]
    public string? Phone { get; set; }

    [StringLength(Contact.JobTitleMaxLength, ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_TooLong))]
    public string? JobTitle { get; set; }

    public Language PreferredLanguage { get; set; } = Language.Nl;

    /// <summary>Null: an independent resident.</summary>
    public OrganisationOption? Organisation { get; set; }

    public ContactInput ToInput() => new(FirstName, LastName, Email, PreferredLanguage, Organisation?.Id, Phone, JobTitle);

    public static ContactForm From(Contact contact) => new()
    {
        FirstName = contact.FirstName,
        LastName = contact.LastName,
        Email = contact.Email,
        Phone = contact.Phone,
        JobTitle = contact.JobTitle,
        PreferredLanguage = contact.PreferredLanguage,
        Organisation = contact.Organisation is { } organisation ? new OrganisationOption(organisation.Id, organisation.Name, organisation.Sector) : null,
    };
}
