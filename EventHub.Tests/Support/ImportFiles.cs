using System.Text;
using EventHub.Core.Directory.Import;

namespace EventHub.Tests.Support;

/// <summary>CSV files and workbooks for import tests, written as a spreadsheet would save them.</summary>
public static class ImportFiles
{
    public const string EnglishHeader = "First name,Last name,Email,Phone,Job title,Language,Organisation,Sector,Sub-sector,Website,Address,Neighbourhood,Tags";

    public static ImportFile Csv(string text, bool byteOrderMark = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n"));
        return ImportFile.FromBytes("contacts.csv", byteOrderMark ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes);
    }

    /// <summary>A file as Dutch Excel saves "CSV (gescheiden door lijstscheidingsteken)": Windows-1252, no byte order mark.</summary>
    public static ImportFile Windows1252(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return ImportFile.FromBytes("contacten.csv", Encoding.GetEncoding(1252).GetBytes(text.ReplaceLineEndings("\r\n")));
    }

    /// <summary>A file as "Unicode text" from Excel or an address book writes it: UTF-16, with or without byte order mark.</summary>
    public static ImportFile Utf16(string text, bool bigEndian = false, bool byteOrderMark = true)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark);
        return ImportFile.FromBytes("contacts.csv", [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ReplaceLineEndings("\r\n"))]);
    }

    /// <summary>
    /// An Excel workbook (.xlsx) holding the contacts: the ZIP of XML parts Excel writes, what an organiser picks when
    /// the CSV was never saved, or renames to .csv.
    /// </summary>
    public static ImportFile Workbook(string name = "contacten.xlsx")
    {
        using var output = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (part, xml) in new[]
            {
                ("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"""),
                ("_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""),
                ("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>"""),
                ("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"""),
                ("xl/worksheets/sheet1.xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Voornaam</t></is></c><c r="B1" t="inlineStr"><is><t>E-mailadres</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Daniëlle</t></is></c><c r="B2" t="inlineStr"><is><t>danielle@cafe.nl</t></is></c></row></sheetData></worksheet>"""),
            })
            {
                using var writer = new StreamWriter(zip.CreateEntry(part).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }
        }

        return ImportFile.FromBytes(name, output.ToArray());
    }

    /// <summary>
    /// An Excel workbook as an organiser keeps one, written with MiniExcel: each sheet's rows from cell A1 down, a null an
    /// empty cell; a string stays text (a phone number with its zero), a number and a date are stored as Excel stores them.
    /// </summary>
    public static ImportFile Xlsx(params (string Sheet, object?[][] Rows)[] sheets) =>
        ImportFile.FromBytes("partners.xlsx", XlsxBytes(sheets));

    public static byte[] XlsxBytes(params (string Sheet, object?[][] Rows)[] sheets)
    {
        var workbook = sheets.ToDictionary(
            s => s.Sheet,
            s => (object)s.Rows.Select(row => (IDictionary<string, object?>)row
                .Select((value, i) => (Column: ((char)('A' + i)).ToString(), value))
                .ToDictionary(c => c.Column, c => c.value)).ToList());
        using var output = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(output, workbook, printHeader: false);
        return output.ToArray();
    }

    /// <summary>An Excel 97-2003 workbook (.xls): an OLE compound file, recognised by its 8-byte signature.</summary>
    public static ImportFile OldWorkbook() =>
        ImportFile.FromBytes("contacten.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]]);

    /// <summary>
    /// An .xlsx saved with a password: Office then writes an OLE compound file holding the encrypted workbook, which names
    /// its "EncryptionInfo" stream in UTF-16 in its directory.
    /// </summary>
    public static ImportFile ProtectedWorkbook() =>
        ImportFile.FromBytes("partners.xlsx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504], .. Encoding.Unicode.GetBytes("EncryptionInfo"), .. new byte[64]]);

    /// <summary>A LibreOffice spreadsheet (.ods): a ZIP archive whose first entry names its kind.</summary>
    public static ImportFile OpenDocumentSpreadsheet()
    {
        using var output = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("mimetype").Open());
            writer.Write("application/vnd.oasis.opendocument.spreadsheet");
        }

        return ImportFile.FromBytes("partners.ods", output.ToArray());
    }

    /// <summary>A picture picked by mistake: the door app's icon, a real PNG.</summary>
    public static ImportFile Picture() =>
        ImportFile.FromBytes("contacten.csv", File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "wwwroot-assets", "door-icon-192.png")));

    /// <summary>The mapping the file's headers suggest, as the organiser would accept it.</summary>
    public static ImportMapping SuggestedMapping(this DirectoryImportService service, ImportFile file) =>
        service.Preview(file).Value.SuggestedMapping;
}
