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

    // Access and erasure requests by email address, from people who may not be contacts.
    public const string AddressMissing = "Rights.AddressMissing";
    public const string AddressInvalid = "Rights.AddressInvalid";
    public const string NothingToErase = "Rights.NothingToErase";

    // The versioned privacy notice.
    public const string NoticeEmpty = "Rights.NoticeEmpty";
    public const string NoticeTooLong = "Rights.NoticeTooLong";
    public const string NoticeUnchanged = "Rights.NoticeUnchanged";
    public const string ControllerNameMissing = "Rights.ControllerNameMissing";
    public const string ControllerNameTooLong = "Rights.ControllerNameTooLong";
    public const string ControllerEmailInvalid = "Rights.ControllerEmailInvalid";
}
