namespace EventHub.Core.Accounts;

/// <summary>Expected failures of staff-account work; each has its sentence in CoreTexts (<c>Error_Account_…</c>).</summary>
public static class AccountErrors
{
    public const string InvalidEmail = AccountService.InvalidEmail;
    public const string NotAllowed = "Account.NotAllowed";
    public const string NotFound = "Account.NotFound";
    public const string NameRequired = "Account.NameRequired";
    public const string EmailTaken = "Account.EmailTaken";
    public const string NoRoles = "Account.NoRoles";
    public const string LastAdmin = "Account.LastAdmin";
    public const string NotInvited = "Account.NotInvited";
    public const string NotActive = "Account.NotActive";
    public const string LinkInvalid = "Account.LinkInvalid";
    public const string PasswordRejected = "Account.PasswordRejected";
    public const string WrongPassword = "Account.WrongPassword";
    public const string NoTwoFactor = "Account.NoTwoFactor";
    public const string OwnTwoFactor = "Account.OwnTwoFactor";
    public const string OwnAccount = "Account.OwnAccount";
    public const string NameDoesNotMatch = "Account.NameDoesNotMatch";
    public const string NameTooLong = "Account.NameTooLong";
    public const string SameEmail = "Account.SameEmail";
    public const string EmailInUse = "Account.EmailInUse";
}
