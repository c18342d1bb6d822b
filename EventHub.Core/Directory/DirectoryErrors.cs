namespace EventHub.Core.Directory;

/// <summary>Error codes of the partner directory; their sentences are in <see cref="Texts.CoreTexts"/> (key <c>Error_{code with _ for .}</c>).</summary>
public static class DirectoryErrors
{
    public const string Required = "Directory.Required";
    public const string TooLong = "Directory.TooLong";
    public const string EmailInvalid = "Directory.EmailInvalid";
    public const string WebsiteInvalid = "Directory.WebsiteInvalid";
    public const string SubSectorMismatch = "Directory.SubSectorMismatch";
    public const string DuplicateOrganisationName = "Directory.DuplicateOrganisationName";
    public const string DuplicateEmail = "Directory.DuplicateEmail";
    public const string NotFound = "Directory.NotFound";
    public const string OrganisationArchived = "Directory.OrganisationArchived";
    public const string MergedRecord = "Directory.MergedRecord";
    public const string EmailDomainInvalid = "Directory.EmailDomainInvalid";
    public const string BothAnswered = "Directory.BothAnswered";
    public const string ChangedMeanwhile = "Directory.ChangedMeanwhile";
}

/// <summary>One problem with one field of a form or a row of an import.</summary>
public sealed record FieldError(string Field, string Code, string? Detail = null);
