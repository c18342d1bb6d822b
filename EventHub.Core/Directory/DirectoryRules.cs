using EventHub.Core.Common;

namespace EventHub.Core.Directory;

/// <summary>What an organisation or contact needs before it is saved: the one set of rules for forms and imports.</summary>
public static class DirectoryRules
{
    public static IReadOnlyList<FieldError> Check(OrganisationInput input)
    {
        var errors = new List<FieldError>();
        Text(errors, nameof(input.Name), input.Name, Organisation.NameMaxLength, required: true);
        Text(errors, nameof(input.Website), input.Website, Organisation.WebsiteMaxLength);
        Text(errors, nameof(input.Address), input.Address, Organisation.AddressMaxLength);
        Text(errors, nameof(input.Neighbourhood), input.Neighbourhood, Organisation.NeighbourhoodMaxLength);
        Text(errors, nameof(input.Notes), input.Notes, Organisation.NotesMaxLength);
        foreach (var tag in input.Tags)
        {
            Text(errors, nameof(input.Tags), tag, OrganisationTag.MaxLength);
        }

        Text(errors, nameof(input.EmailDomains), input.EmailDomains, OwnEmailDomains.MaxLength);
        if (OwnEmailDomains.Parse(input.EmailDomains).FirstOrDefault(d => !OwnEmailDomains.IsDomain(d)) is { } notADomain)
        {
            errors.Add(new FieldError(nameof(input.EmailDomains), DirectoryErrors.EmailDomainInvalid, notADomain));
        }

        if (input.SubSector is { } subSector && !SectorTaxonomy.Belongs(subSector, input.Sector))
        {
            errors.Add(new FieldError(nameof(input.SubSector), DirectoryErrors.SubSectorMismatch));
        }

        if (!string.IsNullOrWhiteSpace(input.Website) && NormalizeWebsite(input.Website) is null)
        {
            errors.Add(new FieldError(nameof(input.Website), DirectoryErrors.WebsiteInvalid, input.Website));
        }

        return errors;
    }

    public static IReadOnlyList<FieldError> Check(ContactInput input)
    {
        var errors = new List<FieldError>();
        Text(errors, nameof(input.FirstName), input.FirstName, Contact.NameMaxLength, required: true);
        Text(errors, nameof(input.LastName), input.LastName, Contact.NameMaxLength, required: true);
        Text(errors, nameof(input.Email), input.Email, Contact.EmailMaxLength, required: true);
        Text(errors, nameof(input.Phone), input.Phone, Contact.PhoneMaxLength);
        Text(errors, nameof(input.JobTitle), input.JobTitle, Contact.JobTitleMaxLength);
        if (!string.IsNullOrWhiteSpace(input.Email) && !EmailAddresses.IsValid(input.Email))
        {
            errors.Add(new FieldError(nameof(input.Email), DirectoryErrors.EmailInvalid, input.Email.Trim()));
        }

        return errors;
    }

    /// <summary>"www.voorbeeld.nl" → "https://www.voorbeeld.nl"; null when it is no web address.</summary>
    public static string? NormalizeWebsite(string website)
    {
        website = website.Trim();
        var candidate = website.Contains("://", StringComparison.Ordinal) ? website : "https://" + website;
        return Uri.TryCreate(candidate, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.Host.Contains('.')
            ? uri.ToString().TrimEnd('/')
            : null;
    }

    private static void Text(List<FieldError> errors, string field, string? value, int maxLength, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(new FieldError(field, DirectoryErrors.Required));
            }
        }
        else if (value.Trim().Length > maxLength)
        {
            errors.Add(new FieldError(field, DirectoryErrors.TooLong, maxLength.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
