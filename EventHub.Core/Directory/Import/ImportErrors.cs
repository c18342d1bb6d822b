namespace EventHub.Core.Directory.Import;

/// <summary>
/// Problems only an import has; field rules shared with the forms keep their <see cref="DirectoryErrors"/> codes.
/// Both have their sentences in <see cref="Texts.CoreTexts"/> (key <c>Error_{code with _ for .}</c>).
/// </summary>
public static class ImportErrors
{
    /// <summary>Detail: the limit in megabytes.</summary>
    public const string FileTooLarge = "Import.FileTooLarge";
    public const string FileEmpty = "Import.FileEmpty";
    public const string FileUnreadable = "Import.FileUnreadable";

    /// <summary>A workbook EventHub does not read: Excel's old .xls or LibreOffice's .ods.</summary>
    public const string FileIsWorkbook = "Import.FileIsWorkbook";

    /// <summary>A file that is neither text nor a workbook: a picture, a PDF.</summary>
    public const string FileNotText = "Import.FileNotText";

    /// <summary>An .xlsx whose archive or sheet is damaged.</summary>
    public const string WorkbookUnreadable = "Import.WorkbookUnreadable";

    /// <summary>An .xlsx protected with a password (stored encrypted).</summary>
    public const string WorkbookProtected = "Import.WorkbookProtected";

    /// <summary>A sheet holding more text than a CSV may (<see cref="ImportFile.MaxBytes"/>), counted while it is read.</summary>
    public const string SheetTooLarge = "Import.SheetTooLarge";

    /// <summary>A column the import cannot do without is not mapped. Detail: the <see cref="DirectoryColumn"/>.</summary>
    public const string ColumnMissing = "Import.ColumnMissing";

    /// <summary>Two columns of the file are mapped to the same field. Detail: the <see cref="DirectoryColumn"/>.</summary>
    public const string ColumnMappedTwice = "Import.ColumnMappedTwice";

    /// <summary>Detail: the nearest known sector (enum name), when one is close.</summary>
    public const string UnknownSector = "Import.UnknownSector";

    /// <summary>Detail: the nearest known sub-sector (enum name), when one is close.</summary>
    public const string UnknownSubSector = "Import.UnknownSubSector";

    /// <summary>A language the import does not read (<see cref="ImportLanguages"/>); the problem's value is what the file says.</summary>
    public const string UnknownLanguage = "Import.UnknownLanguage";

    /// <summary>
    /// A row has values past the header's last column: a delimiter inside an unquoted value has shifted them, so the row
    /// is not imported. Detail: how many columns the header names.
    /// </summary>
    public const string ValuesPastLastColumn = "Import.ValuesPastLastColumn";

    /// <summary>A quote opened on the row's line is never closed: the rest of the file was read as one value, and is not imported.</summary>
    public const string UnclosedQuote = "Import.UnclosedQuote";

    /// <summary>Detail: the line the address first appeared on.</summary>
    public const string DuplicateEmailInFile = "Import.DuplicateEmailInFile";

    /// <summary>An organisation's column (sector, website, tags...) is filled in a row without an organisation.</summary>
    public const string NeedsOrganisation = "Import.NeedsOrganisation";

    /// <summary>The address belongs to an archived contact: the row is not imported, so they do not stay hidden unseen.</summary>
    public const string ArchivedContact = "Import.ArchivedContact";

    /// <summary>Not an error: the address belongs to a contact already, and the organiser chose to skip those rows.</summary>
    public const string ExistingEmailSkipped = "Import.ExistingEmailSkipped";
}
