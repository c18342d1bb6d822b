using System.ComponentModel.DataAnnotations;
using EventHub.App.Resources;
using EventHub.Core.Directory;

namespace EventHub.App.Components.Pages.Directory.Organisations;

/// <summary>The organisation form; Core checks the same rules again on save.</summary>
public sealed class OrganisationForm
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
