using EventHub.Core.Common;
using EventHub.Core.Invitations;

namespace EventHub.Core.Privacy;

/// <summary>What the privacy notice's controller must be: a name, and an address partners can write to.</summary>
public static class DataControllerRules
{
    /// <summary>The trimmed controller, or the error code (<see cref="PrivacyErrors"/>) of what is wrong with it.</summary>
    public static (DataController? Controller, string? Error) Check(string? name, string? email)
    {
        var (trimmedName, trimmedEmail) = (name?.Trim() ?? "", email?.Trim() ?? "");
        if (trimmedName.Length == 0)
        {
            return (null, PrivacyErrors.ControllerNameMissing);
        }

        if (trimmedName.Length > DataController.NameMaxLength)
        {
            return (null, PrivacyErrors.ControllerNameTooLong);
        }

        if (trimmedEmail.Length > DataController.EmailMaxLength || !EmailAddresses.IsValid(trimmedEmail))
        {
            return (null, PrivacyErrors.ControllerEmailInvalid);
        }

        return (new DataController(trimmedName, trimmedEmail), null);
    }
}
