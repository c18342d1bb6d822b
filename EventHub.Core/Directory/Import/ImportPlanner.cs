using EventHub.Core.Common;
using EventHub.Core.Directory;

namespace EventHub.Core.Directory.Import;

/// <summary>The rows an import will write, after the checks against the directory.</summary>
/// <param name="NewOrganisations">The organisations the import creates, by normalized name, each with the row values it
/// is created from: those of the first row that gives its sector, wherever that row is in the file.</param>
internal sealed record ImportPlan(IReadOnlyList<ParsedRow> Rows, int NewContacts, int ExistingContacts, IReadOnlyDictionary<string, OrganisationInput> NewOrganisations);

/// <summary>What the planner needs to know of a contact the directory has already.</summary>
internal readonly record struct ExistingContact(int? OrganisationId, bool IsArchived);

/// <summary>
/// The checks that need the directory: an existing email is updated or skipped as the organiser chose, but an archived
/// contact is not updated unseen; an organisation is found by its normalized name (as the unique index compares it) or
/// must bring a sector to be created, on any of the file's rows that name it; an archived organisation takes no new
/// contacts (the people already at it may stay, so a contacts export imports back).
/// </summary>
internal static class ImportPlanner
{
    public static ImportPlan Plan(
        IReadOnlyList<ParsedRow> rows,
        Func<string, Organisation?> findOrganisation,
        Func<string, ExistingContact?> findContact,
        ImportOptions options,
        Func<ParsedRow, DirectoryColumn, string> columnName,
        List<ImportProblem> problems)
    {
        var planned = new List<ParsedRow>(rows.Count);
        var sectorsInFile = SectorsGivenInFile(rows);
        var newOrganisations = new Dictionary<string, OrganisationInput>();
        int newContacts = 0, existingContacts = 0;
        foreach (var row in rows)
        {
            var contact = findContact(row.NormalizedEmail);
            if (contact is not null && options.ExistingContacts == ExistingContactHandling.Skip)
            {
                problems.Add(new ImportProblem(row.Line, columnName(row, DirectoryColumn.Email), row.Contact.Email, ImportErrors.ExistingEmailSkipped));
                continue;
            }

            if (contact is { IsArchived: true })
            {
                // Updating would count as imported while the person stays out of every list.
                problems.Add(new ImportProblem(row.Line, columnName(row, DirectoryColumn.Email), row.Contact.Email, ImportErrors.ArchivedContact));
                continue;
            }

            if (row.Organisation is { } organisation)
            {
                var key = TextNormalizer.ForUniqueness(organisation.Name);
                var existing = findOrganisation(key);
                if (existing is { IsArchived: true } && existing.Id != contact?.OrganisationId)
                {
                    problems.Add(new ImportProblem(row.Line, columnName(row, DirectoryColumn.Organisation), organisation.Name, DirectoryErrors.OrganisationArchived));
                    continue;
                }

                if (existing is null && !newOrganisations.ContainsKey(key))
                {
                    if (!sectorsInFile.TryGetValue(key, out var defining))
                    {
                        // A new organisation needs its sector: that is what makes the room's balance measurable.
                        problems.Add(new ImportProblem(row.Line, columnName(row, DirectoryColumn.Sector), null, DirectoryErrors.Required));
                        continue;
                    }

                    newOrganisations.Add(key, defining);
                }
            }

            planned.Add(row);
            if (contact is not null)
            {
                existingContacts++;
            }
            else
            {
                newContacts++;
            }
        }

        return new ImportPlan(planned, newContacts, existingContacts, newOrganisations);
    }

    /// <summary>Each organisation the file gives a sector for, with the first row that does, so row order does not matter.</summary>
    private static Dictionary<string, OrganisationInput> SectorsGivenInFile(IReadOnlyList<ParsedRow> rows)
    {
        var sectors = new Dictionary<string, OrganisationInput>();
        foreach (var row in rows)
        {
            if (row is { Organisation: { } organisation, SectorGiven: true })
            {
                sectors.TryAdd(TextNormalizer.ForUniqueness(organisation.Name), organisation);
            }
        }

        return sectors;
    }
}
