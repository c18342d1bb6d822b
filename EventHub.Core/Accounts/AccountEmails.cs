using EventHub.Core.Common;
using EventHub.Core.Outbox;
using EventHub.Core.Texts;

namespace EventHub.Core.Accounts;

/// <summary>The emails about a colleague's account (most with a set-password link), in their language (texts in <see cref="CoreTexts"/>).</summary>
public static class AccountEmails
{
    public const string InvitationKind = "staff-invitation";
    public const string ResetKind = "password-reset";
    public const string SecurityKind = "account-security";
    public const string EmailChangeKind = "email-change";

    /// <summary>The emails whose link sets a staff member's password, and so signs in as them.</summary>
    public static readonly IReadOnlySet<string> WithPasswordLink = new HashSet<string>([InvitationKind, ResetKind]);

    public static OutboxMessage Invitation(AppUser user, string inviterName, IEnumerable<string> roles, string link, DateTime nowUtc)
    {
        var text = Localized.Core(user.PreferredLanguage);
        var roleNames = string.Join(", ", roles.Select(role => text[$"AccountRole_{role}"]));
        return Compose(
            user,
            text,
            text["AccountEmail_InvitationSubject"],
            [text["AccountEmail_InvitationIntro", inviterName, roleNames], text["AccountEmail_InvitationExpiry", (int)AccountLink.InvitationLifetime.TotalHours]],
            text["AccountEmail_InvitationButton"],
            link,
            InvitationKind,
            nowUtc);
    }

    /// <param name="sentBy">The admin who sent the link, or null when the person asked for it ("Forgot password").</param>
    public static OutboxMessage PasswordReset(AppUser user, string link, DateTime nowUtc, string? sentBy = null)
    {
        var text = Localized.Core(user.PreferredLanguage);
        var expiry = text["AccountEmail_ResetExpiry", (int)AccountLink.ResetLifetime.TotalMinutes];
        // A link an admin sent was not asked for by its reader: "ignore it if you did not ask" would tell them to ignore it.
        string[] paragraphs = sentBy is null
            ? [text["AccountEmail_ResetIntro"], expiry, text["AccountEmail_ResetNotYou"]]
            : [text["AccountEmail_ResetByAdminIntro", sentBy], expiry];
        return Compose(
            user,
            text,
            text["AccountEmail_ResetSubject"],
            paragraphs,
            text["AccountEmail_ResetButton"],
            link,
            ResetKind,
            nowUtc);
    }

    /// <summary>Tells the person that their two-factor sign-in changed, so a change they did not make does not go unnoticed.</summary>
    public static OutboxMessage TwoFactorChanged(SiteLinks links, AppUser user, TwoFactorChange change, DateTime nowUtc)
    {
        var text = Localized.Core(user.PreferredLanguage);
        var (subject, intro) = change == TwoFactorChange.TurnedOff
            ? (text["AccountEmail_TwoFactorOffSubject"], text["AccountEmail_TwoFactorOffIntro"])
            : (text["AccountEmail_RecoveryCodesSubject"], text["AccountEmail_RecoveryCodesIntro"]);
        return Compose(user, text, subject, [intro, text["AccountEmail_SecurityNotYou"]], text["AccountEmail_OpenAccountButton"], links.MyAccount(), SecurityKind, nowUtc);
    }

    /// <summary>
    /// Tells the person an admin reset their two-factor sign-in (they lost their phone, or so the admin was told): what
    /// no longer works, what to do next, and whom to tell when they did not ask for it.
    /// </summary>
    public static OutboxMessage TwoFactorResetByAdmin(SiteLinks links, AppUser user, string adminName, DateTime nowUtc)
    {
        var text = Localized.Core(user.PreferredLanguage);
        return Compose(
            user,
            text,
            text["AccountEmail_TwoFactorResetSubject"],
            [text["AccountEmail_TwoFactorResetIntro", adminName], text["AccountEmail_TwoFactorResetNext"], text["AccountEmail_TwoFactorResetNotAsked"]],
            text["AccountEmail_SignInButton"],
            links.SignIn(),
            SecurityKind,
            nowUtc);
    }

    /// <summary>To the address the person asked to use: the link that makes it their account's address.</summary>
    public static OutboxMessage EmailChangeConfirmation(AppUser user, string newEmail, string link, DateTime nowUtc)
    {
        var text = Localized.Core(user.PreferredLanguage);
        return Compose(
            user,
            text,
            text["AccountEmail_EmailChangeSubject"],
            [text["AccountEmail_EmailChangeIntro", user.Email ?? ""], text["AccountEmail_EmailChangeExpiry"], text["AccountEmail_EmailChangeNotYou"]],
            text["AccountEmail_EmailChangeButton"],
            link,
            EmailChangeKind,
            nowUtc,
            toAddress: newEmail);
    }

    /// <summary>To the address the account had until now: it was changed, to which address, and whom to tell when that was not them.</summary>
    public static OutboxMessage EmailChanged(SiteLinks links, AppUser user, string newEmail, DateTime nowUtc)
    {
        var text = Localized.Core(user.PreferredLanguage);
        return Compose(
            user,
            text,
            text["AccountEmail_EmailChangedSubject"],
            [text["AccountEmail_EmailChangedIntro", newEmail], text["AccountEmail_EmailChangedNotYou"]],
            text["AccountEmail_SignInButton"],
            links.SignIn(),
            SecurityKind,
            nowUtc);
    }

    /// <summary>Tells the person their password was changed from their account, so a change they did not make does not go unnoticed.</summary>
    public static OutboxMessage PasswordChanged(SiteLinks links, AppUser user, DateTime nowUtc)
    {
        var text = Localized.Core(user.PreferredLanguage);
        return Compose(
            user,
            text,
            text["AccountEmail_PasswordChangedSubject"],
            [text["AccountEmail_PasswordChangedIntro"], text["AccountEmail_PasswordChangedNotYou"]],
            text["AccountEmail_OpenAccountButton"],
            links.MyAccount(),
            SecurityKind,
            nowUtc);
    }

    private static OutboxMessage Compose(
        AppUser user, Localized text, string subject, IReadOnlyList<string> paragraphs, string? button, string? link, string kind, DateTime nowUtc, string? toAddress = null)
    {
        var name = string.IsNullOrWhiteSpace(user.DisplayName) ? null : user.DisplayName;
        var draft = new EmailDraft(user.PreferredLanguage).Paragraph(name is null ? text["Email_HelloNoName"] : text["Email_Hello", name]);
        foreach (var paragraph in paragraphs)
        {
            draft.Paragraph(paragraph);
        }

        if (button is not null && link is not null)
        {
            draft.Button(button, link);
        }

        return draft.ToMessage(toAddress ?? user.Email!, name, subject, kind, nowUtc);
    }
}
