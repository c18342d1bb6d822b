using System.Text.Json;
using EventHub.Core.Common;
using EventHub.Core.Texts;

namespace EventHub.Core.Privacy;

/// <summary>
/// The ZIP of an access request by email address, in the family of the contact export: <c>address.json</c> (machine
/// readable, <see cref="AddressExport"/>) and <c>address.html</c> (readable, in the admin's language, to hand over as it is).
/// </summary>
public static class AddressExportFile
{
    public const string JsonFileName = "address.json";
    public const string HtmlFileName = "address.html";

    public static ContactExportFile Write(AddressExport export, Language language)
    {
        var zip = ExportZip.Write(JsonFileName, export, HtmlFileName, Render(export, language));
        // The file name does not carry the address: it ends up in download folders and mail attachments.
        var day = EventTime.ToLocal(export.ExportedAtUtc, EventTime.DefaultTimeZoneId);
        return new ContactExportFile($"address-request-{day:yyyy-MM-dd}.zip", zip);
    }

    /// <summary>Reads the data back from an <c>address.json</c>; for tests and tools that process exports.</summary>
    public static AddressExport? ReadJson(string json) => JsonSerializer.Deserialize<AddressExport>(json, ExportZip.Json);

    public static string Render(AddressExport export, Language language)
    {
        var text = Localized.Core(language);
        var page = new ExportHtml(text, language, text["Rights_AddressExport_Title", export.Address],
            text["Rights_AddressExport_Intro", ExportHtml.Moment(export.ExportedAtUtc, text)]);
        page.Nominations(export.Nominations);
        page.Emails(export.Emails);
        page.Heading("Rights_AddressExport_Contacts");
        page.Paragraph(text["Rights_AddressExport_ContactsNote"]);
        page.Table(["Rights_Export_Name", "Rights_Export_Email"], export.Contacts.Select(c => new[] { $"{c.Name} (#{c.Id})", c.Email }));
        return page.ToString();
    }
}
