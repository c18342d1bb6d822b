using CsvHelper;
using EventHub.Core.Common;
using EventHub.Core.Texts;

namespace EventHub.Core.Directory.Import;

/// <summary>
/// A CSV to start from: every column the import reads, headed in English (comma-separated) or Dutch (semicolons, as
/// Dutch Excel expects), and two example rows that show the sector names and how a row looks. It imports as it is.
/// </summary>
public static class ImportTemplate
{
    public static byte[] ToCsv(Language language)
    {
        var text = Localized.Core(language);
        var delimiter = language == Language.Nl ? ';' : ',';
        string[][] examples =
        [
            [
                "Anna", "de Vries", "anna.devries@example.org", "+31 6 12345678", text["ImportFiles_TemplateJobTitle1"],
                "nl", "Stichting Buurtkracht", text.Name(Sector.CivilSociety), text.Name(SubSector.Foundation),
                "https://buurtkracht.example.org", "Hoofdstraat 1", "Centrum", "vrijwilligers|taal",
            ],
            [
                "Sam", "Jansen", "sam.jansen@example.org", "", text["ImportFiles_TemplateJobTitle2"],
                "en", "ROC Voorbeeld", text.Name(Sector.Education), text.Name(SubSector.Vocational),
                "", "", "", "",
            ],
        ];

        using var output = new MemoryStream();
        using (var csv = CsvWriter.Create(output, CsvExport.Options(delimiter), leaveOpen: true))
        {
            foreach (var column in DirectoryColumns.Written)
            {
                csv.WriteField(DirectoryColumns.Header(column, language));
            }

            csv.EndRecord();
            foreach (var row in examples)
            {
                foreach (var value in row)
                {
                    csv.WriteField(value);
                }

                csv.EndRecord();
            }
        }

        return output.ToArray();
    }

    /// <summary>"contacts-template" / "contacten-voorbeeld", without the extension.</summary>
    public static string FileName(Language language) => Localized.Core(language)["ImportFiles_TemplateFileName"];
}
