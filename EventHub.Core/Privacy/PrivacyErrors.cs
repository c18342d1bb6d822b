namespace EventHub.Core.Privacy;

/// <summary>Error codes of retention and data-subject rights; their sentences are in <see cref="Texts.CoreTexts"/> (key <c>Error_Privacy_*</c>).</summary>
public static class PrivacyErrors
{
    public const string AdminsOnly = "Privacy.AdminsOnly";
    public const string NothingChosen = "Privacy.NothingChosen";

    // Data-subject rights (issue 13, part 2): export and erasure of one contact.
    public const string ContactNotFound = "Rights.ContactNotFound";
    public const string NameDoesNotMatch = "Rights.NameDoesNotMatch";
    public const string AlreadyErased = "Rights.AlreadyErased";

    // The versioned privacy notice.
    public const string NoticeEmpty = "Rights.NoticeEmpty";
    public const string NoticeTooLong = "Rights.NoticeTooLong";
    public const string NoticeUnchanged = "Rights.NoticeUnchanged";
}
