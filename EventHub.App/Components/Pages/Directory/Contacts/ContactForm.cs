using System.ComponentModel.DataAnnotations;
using EventHub.App.Components.Shared;
using EventHub.App.Resources;
using EventHub.Core.Common;
using EventHub.Core.Directory;

namespace EventHub.App.Components.Pages.Directory.Contacts;

/// <summary>The contact form; Core checks the same rules again on save.</summary>
public sealed class ContactForm : IValidatableObject
{
    /// <summary>
    /// The stand-in address of someone registered at the door without one: the field shows empty, and stays so until an
    /// address is typed (then they can be invited); other details can be saved meanwhile.
    /// </summary>
    private string? _standInEmail;

    [Required(ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_Required))]
    [StringLength(Contact.NameMaxLength, ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_TooLong))]
    public string FirstName { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_Required))]
    [StringLength(Contact.NameMaxLength, ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_TooLong))]
    public string LastName { get; set; } = "";

    [Email(ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_Email))]
    [StringLength(Contact.EmailMaxLength, ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_TooLong))]
    public string Email { get; set; } = "";

    /// <summary>Whether an address must be typed: always, but for someone who had none when the form opened.</summary>
    public bool EmailRequired => _standInEmail is null;

    [StringLength(Contact.PhoneMaxLength, ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_TooLong))]
    public string? Phone { get; set; }

    [StringLength(Contact.JobTitleMaxLength, ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_TooLong))]
    public string? JobTitle { get; set; }

    public Language PreferredLanguage { get; set; } = Language.Nl;

    /// <summary>Null: an independent resident.</summary>
    public OrganisationOption? Organisation { get; set; }

    /// <summary>The contact as this form was opened (<see cref="Contact.EditedState"/>); null for a new one.</summary>
    public string? StartedFrom { get; set; }

    public ContactInput ToInput() =>
        new(FirstName, LastName, string.IsNullOrWhiteSpace(Email) && _standInEmail is { } standIn ? standIn : Email, PreferredLanguage, Organisation?.Id, Phone, JobTitle, StartedFrom);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Email) && EmailRequired)
        {
            yield return new ValidationResult(AppStrings.Validation_Required, [nameof(Email)]);
        }
    }

    public static ContactForm From(Contact contact) => new()
    {
        FirstName = contact.FirstName,
        LastName = contact.LastName,
        Email = contact.HasEmail ? contact.Email : "",
        _standInEmail = contact.HasEmail ? null : contact.Email,
        Phone = contact.Phone,
        JobTitle = contact.JobTitle,
        PreferredLanguage = contact.PreferredLanguage,
        Organisation = contact.Organisation is { } organisation ? new OrganisationOption(organisation.Id, organisation.Name, organisation.Sector) : null,
        StartedFrom = contact.EditedState,
    };
}
