using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Data;

namespace EventHub.Core.Directory.Import;

internal sealed record ImportCounts(int CreatedContacts, int UpdatedContacts, int UnchangedContacts, int CreatedOrganisations, int UpdatedOrganisations);

/// <summary>
/// Applies a checked plan to a context: creates what is missing, updates existing contacts, and fills an existing
/// organisation's empty fields without ever overwriting one. An organisation without own email domains (a new one, or
/// one that never had them) takes those of its contacts' addresses in the file, free mail excepted, so its partners can
/// name colleagues there without waiting for an organiser (what the organisation page lets an organiser type). A new
/// organisation is created from the row that gives its sector (<see cref="ImportPlan.NewOrganisations"/>), also when an
/// earlier row names it first. Saving is the caller's (one SaveChanges).
/// </summary>
internal sealed class ImportWriter(
    EventHubDbContext db,
    Dictionary<string, Organisation> organisations,
    IReadOnlyDictionary<string, OrganisationInput> newOrganisations,
    Dictionary<string, Contact> contacts,
    DateTime nowUtc)
{
    private readonly HashSet<Organisation> _created = [];
    private readonly HashSet<Organisation> _filled = [];
    private readonly HashSet<Organisation> _takesDomains = [];
    private readonly List<Contact> _newContacts = [];
    private int _updatedContacts;
    private int _unchangedContacts;

    public void Write(ParsedRow row)
    {
        var organisation = row.Organisation is { } input ? OrganisationFor(input, row.SectorGiven) : null;
        if (organisation is not null)
        {
            TakeDomain(organisation, row.Contact.Email);
        }

        if (contacts.TryGetValue(row.NormalizedEmail, out var existing))
        {
            Update(existing, row, organisation);
            return;
        }

        var contact = new Contact(row.Contact.FirstName, row.Contact.LastName, row.Contact.Email, row.Contact.PreferredLanguage, nowUtc);
        contact.Describe(row.Contact.Phone, row.Contact.JobTitle);
        contact.MoveTo(organisation, nowUtc);
        contact.CameFrom(ContactSource.Import);
        _newContacts.Add(contact);
    }

    /// <summary>Adds the new records in one go; returns what was done.</summary>
    public ImportCounts Finish()
    {
        db.Organisations.AddRange(_created);
        db.Contacts.AddRange(_newContacts);
        return new ImportCounts(_newContacts.Count, _updatedContacts, _unchangedContacts, _created.Count, _filled.Count(o => !_created.Contains(o)));
    }

    /// <summary>
    /// The file's non-empty values win; an empty cell keeps what the directory knows. Counted (and stamped) as updated
    /// only when something changed: the same file imported twice updates nobody the second time.
    /// </summary>
    private void Update(Contact contact, ParsedRow row, Organisation? organisation)
    {
        var before = Known(contact);
        contact.Rename(row.Contact.FirstName, row.Contact.LastName);
        contact.Describe(row.Contact.Phone ?? contact.Phone, row.Contact.JobTitle ?? contact.JobTitle);
        if (row.LanguageGiven)
        {
            contact.PreferLanguage(row.Contact.PreferredLanguage);
        }

        if (organisation is not null)
        {
            // Goes through MoveTo so the old membership stays in the history.
            contact.MoveTo(organisation, nowUtc);
        }

        if (Known(contact) != before)
        {
            contact.Touch(nowUtc);
            _updatedContacts++;
        }
        else
        {
            _unchangedContacts++;
        }
    }

    private static (string, string, string?, string?, Language, Organisation?) Known(Contact contact) =>
        (contact.FirstName, contact.LastName, contact.Phone, contact.JobTitle, contact.PreferredLanguage, contact.Organisation);

    private Organisation OrganisationFor(OrganisationInput input, bool sectorGiven)
    {
        var key = TextNormalizer.ForUniqueness(input.Name);
        if (!organisations.TryGetValue(key, out var organisation))
        {
            var defining = newOrganisations[key];
            organisation = new Organisation(defining.Name, defining.Sector, defining.SubSector, nowUtc);
            organisation.Describe(defining.Website, null);
            organisation.Locate(defining.Address, defining.Neighbourhood);
            organisation.Retag(defining.Tags);
            organisations[key] = organisation;
            _created.Add(organisation);
            _takesDomains.Add(organisation);
            if (defining != input)
            {
                Fill(organisation, input, sectorGiven);
            }

            return organisation;
        }

        if (organisation.EmailDomains is null)
        {
            _takesDomains.Add(organisation);
        }

        if (Fill(organisation, input, sectorGiven))
        {
            organisation.Touch(nowUtc);
            _filled.Add(organisation);
        }

        return organisation;
    }

    private void TakeDomain(Organisation organisation, string email)
    {
        if (!_takesDomains.Contains(organisation) || OwnEmailDomains.OwnDomainOf(email) is not { } domain
            || OwnEmailDomains.Covers(organisation.EmailDomains, email))
        {
            return;
        }

        var domains = organisation.EmailDomains is null ? domain : $"{organisation.EmailDomains}, {domain}";
        if (domains.Length <= OwnEmailDomains.MaxLength)
        {
            organisation.UseEmailDomains(domains);
            if (_filled.Add(organisation) && !_created.Contains(organisation))
            {
                organisation.Touch(nowUtc);
            }
        }
    }

    private static bool Fill(Organisation organisation, OrganisationInput input, bool sectorGiven)
    {
        var changed = false;
        if (organisation.SubSector is null && input.SubSector is { } subSector && sectorGiven
            && SectorTaxonomy.Belongs(subSector, organisation.Sector))
        {
            organisation.Classify(organisation.Sector, subSector);
            changed = true;
        }

        if (organisation.Website is null && input.Website is not null)
        {
            organisation.Describe(input.Website, organisation.Notes);
            changed = true;
        }

        if ((organisation.Address is null && input.Address is not null) || (organisation.Neighbourhood is null && input.Neighbourhood is not null))
        {
            organisation.Locate(organisation.Address ?? input.Address, organisation.Neighbourhood ?? input.Neighbourhood);
            changed = true;
        }

        // Tags are a set: new ones are added, none is taken away.
        var known = organisation.Tags.Select(t => t.NormalizedName).ToHashSet();
        if (input.Tags.Any(t => !known.Contains(TextNormalizer.ForUniqueness(t))))
        {
            organisation.Retag(organisation.Tags.Select(t => t.Name).Concat(input.Tags).ToList());
            changed = true;
        }

        return changed;
    }
}
