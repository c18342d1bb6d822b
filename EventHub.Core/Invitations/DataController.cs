namespace EventHub.Core.Invitations;

/// <summary>
/// The organisation responsible for partners' personal data and where to ask about it, named in the privacy notice
/// (GDPR art. 13(1)(a)): e.g. "Gemeente Groningen, Equal Opportunities Alliance", privacy@groningen.example.
/// </summary>
public sealed record DataController(string Name, string Email)
{
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 254;

    /// <summary>The trimmed controller, or the error code (<see cref="Privacy.PrivacyErrors"/>) of what is wrong with it.</summary>
    public static (DataController? Controller, string? Error) Check(string? name, string? email)
    {
        var (trimmedName, trimmedEmail) = (name?.Trim() ?? "", email?.Trim() ?? "");
        if (trimmedName.Length == 0)
        {
            return (null, Privacy.PrivacyErrors.ControllerNameMissing);
        }

        if (trimmedName.Length > NameMaxLength)
        {
            return (null, Privacy.PrivacyErrors.ControllerNameTooLong);
        }

        if (trimmedEmail.Length == 0 || trimmedEmail.Length > EmailMaxLength
            || !System.Net.Mail.MailAddress.TryCreate(trimmedEmail, out var parsed) || parsed.Address != trimmedEmail
            || !parsed.Host.Contains('.')) // partners write from outside: "privacy@gemeente" is a slip, not an address
        {
            return (null, Privacy.PrivacyErrors.ControllerEmailInvalid);
        }

        return (new DataController(trimmedName, trimmedEmail), null);
    }
}
