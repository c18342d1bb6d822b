using EventHub.Core.Common;
using EventHub.Core.Directory;

namespace EventHub.Core.Directory.Import;

/// <summary>The rows an import will write, after the checks against the directory.</summary>
internal sealed record ImportPlan(IReadOnlyList<ParsedRow> Rows, int NewContacts, int ExistingContacts, int NewOrganisations);

/// <summary>
/// The checks that need the directory: an existing email is updated or skipped as the organiser chose; an
/// organisation is found by its normalized name (as the unique index compares it) or must bring a sector to be
/// created; an archived organisation takes no new contacts.
/// </summary>
internal static class ImportPlanner
{
    public static ImportPlan Plan(
        IReadOnlyList<ParsedRow> rows,
        Func<string, Organisation?> findOrganisation,
        Func<string, bool> contactExists,
        ImportOptions options,
        Func<ParsedRow, DirectoryColumn, string> columnName,
        List<ImportProblem> problems)
    {
        var planned = new List<ParsedRow>(rows.Count);
        var newOrganisations = new HashSet<string>();
        int newContacts = 0, existingContacts = 0;
        foreach (var row in rows)
        {
            var exists = contactExists(row.NormalizedEmail);
            if (exists && options.ExistingContacts == ExistingContactHandling.Skip)
            {
                problems.Add(new ImportProblem(row.Line, columnName(row, DirectoryColumn.Email), row.Contact.Email, ImportErrors.ExistingEmailSkipped));
                continue;
            }

            if (row.Organisation is { } organisation)
            {
                var key = TextNormalizer.ForUniqueness(organisation.Name);
                var existing = findOrganisation(key);
                if (existing is { IsArchived: true })
                {
                    problems.Add(new ImportProblem(row.Line, columnName(row, DirectoryColumn.Organisation), organisation.Name, DirectoryErrors.OrganisationArchived));
                    continue;
                }

                if (existing is null && !newOrganisations.Contains(key))
                {
                    if (!row.SectorGiven)
                    {
                        // A new organisation needs its sector: that is what makes the room's balance measurable.
                        problems.Add(new ImportProblem(row.Line, columnName(row, DirectoryColumn.Sector), null, DirectoryErrors.Required));
                        continue;
                    }

                    newOrganisations.Add(key);
                }
            }

            planned.Add(row);
            if (exists)
            {
                existingContacts++;
            }
            else
            {
                newContacts++;
            }
        }

        return new ImportPlan(planned, newContacts, existingContacts, newOrganisations.Count);
    }
}
