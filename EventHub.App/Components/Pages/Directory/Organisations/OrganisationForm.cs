using System.ComponentModel.DataAnnotations;
using System.Globalization;
using EventHub.App.Resources;
using EventHub.Core.Directory;
using EventHub.Core.Texts;

namespace EventHub.App.Components.Pages.Directory.Organisations;

/// <summary>
/// The organisation form. Its own rules are Core's (<see cref="DirectoryRules"/>), so every problem Core would refuse a
/// save for — a website that is no web address, an email domain that is none, a tag too long — is said at its field
/// before the save, all at once (with <see cref="EventHub.App.Components.Shared.EveryRuleValidator"/>), rather than one refusal per save at the
/// top of the dialog. Core checks them again on save.
/// </summary>
public sealed class OrganisationForm : IValidatableObject
{
    [Required(ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_Required))]
    [StringLength(Organisation.NameMaxLength, ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_TooLong))]
    public string Name { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_Required))]
    public Sector? Sector { get; set; }

    public SubSector? SubSector { get; set; }

    [StringLength(Organisation.WebsiteMaxLength, ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_TooLong))]
    public string? Website { get; set; }

    [StringLength(Organisation.AddressMaxLength, ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_TooLong))]
    public string? Address { get; set; }

    [StringLength(Organisation.NeighbourhoodMaxLength, ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_TooLong))]
    public string? Neighbourhood { get; set; }

    [StringLength(Organisation.NotesMaxLength, ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_TooLong))]
    public string? Notes { get; set; }

    /// <summary>The organisation's own email domains, typed as one line, separated by commas (<see cref="OwnEmailDomains"/>).</summary>
    [StringLength(OwnEmailDomains.MaxLength, ErrorMessageResourceType = typeof(AppStrings), ErrorMessageResourceName = nameof(AppStrings.Validation_TooLong))]
    public string? EmailDomains { get; set; }

    /// <summary>Tags typed as one line, separated by commas.</summary>
    public string? Tags { get; set; }

    /// <summary>The organisation as this form was opened (<see cref="Organisation.EditedState"/>); null for a new one.</summary>
    public string? StartedFrom { get; set; }

    public OrganisationInput ToInput() => new(
        Name,
        Sector ?? Core.Directory.Sector.CivilSociety,
        SubSector,
        Website,
        Address,
        Neighbourhood,
        Notes,
        (Tags ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        EmailDomains,
        StartedFrom);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var text = Localized.Core(CultureInfo.CurrentUICulture);
        return DirectoryRules.Check(ToInput())
            .Where(problem => !SaidByAttributes(problem))
            .Select(problem => new ValidationResult(problem is { Field: nameof(Tags), Code: DirectoryErrors.TooLong }
                ? string.Format(CultureInfo.CurrentCulture, AppStrings.Organisations_TagTooLong, problem.Detail) // the field holds several: say which kind of value
                : text[Localized.ErrorKey(problem.Code), problem.Detail ?? ""], [problem.Field]));
    }

    /// <summary>An empty or too long field with attributes of its own: they say so already, also while typing (the tags are checked one by one).</summary>
    private static bool SaidByAttributes(FieldError problem) =>
        problem.Code is DirectoryErrors.Required or DirectoryErrors.TooLong && problem.Field != nameof(Tags);

    public static OrganisationForm From(Organisation organisation) => new()
    {
        Name = organisation.Name,
        Sector = organisation.Sector,
        SubSector = organisation.SubSector,
        Website = organisation.Website,
        Address = organisation.Address,
        Neighbourhood = organisation.Neighbourhood,
        Notes = organisation.Notes,
        Tags = string.Join(", ", organisation.Tags.Select(t => t.Name)),
        EmailDomains = organisation.EmailDomains,
        StartedFrom = organisation.EditedState,
    };
}
