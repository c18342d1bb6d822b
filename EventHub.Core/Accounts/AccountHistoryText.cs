using EventHub.Core.Common;
using EventHub.Core.Texts;

namespace EventHub.Core.Accounts;

/// <summary>
/// One line of an account's history as a person reads it, in their language: what happened ("Roles changed to
/// Organiser, Facilitator") and who did it ("By Anna de Vries", "By you"). Shared by the screens that show the history
/// and the file a person downloads, so both say the same.
/// </summary>
public static class AccountHistoryText
{
    public static string What(AccountAuditRecord record, Localized text) => record.Action switch
    {
        AccountAuditAction.Invited or AccountAuditAction.RolesChanged when record.Detail is { Length: > 0 } roles =>
            text[$"AccountHistory_{record.Action}", RoleNames(roles, text)],
        AccountAuditAction.Invited or AccountAuditAction.RolesChanged => text[$"AccountHistory_{record.Action}_NoRoles"],
        AccountAuditAction.PasswordSet when record.Detail is nameof(AccountLinkPurpose.Invitation) or nameof(AccountLinkPurpose.PasswordReset) =>
            text[$"AccountHistory_PasswordSet_{record.Detail}"],
        AccountAuditAction.LanguageChanged =>
            text["AccountHistory_LanguageChanged", Enum.TryParse<Language>(record.Detail, out var language) ? text.Name(language) : record.Detail ?? ""],
        AccountAuditAction.EmailChangeRequested or AccountAuditAction.EmailChanged when record.Detail is { Length: > 0 } address =>
            text[$"AccountHistory_{record.Action}", address],
        AccountAuditAction.EmailChangeRequested or AccountAuditAction.EmailChanged =>
            text[$"AccountHistory_{record.Action}_NoAddress"],
        _ => text[$"AccountHistory_{record.Action}"],
    };

    /// <summary>
    /// Who did it, as <paramref name="readerId"/> reads it: "By you", "By the person themselves" (someone else's own
    /// change), "Without signing in" (a forgotten password asked for), or "By" and the name kept with the record — a
    /// removed colleague's stand-in in the reader's language.
    /// </summary>
    public static string Who(AccountAuditRecord record, string readerId, Localized text) => record.ActorId switch
    {
        null => text["AccountHistory_ByNoOne"],
        var actor when actor == readerId => text["AccountHistory_ByYou"],
        var actor when actor == record.AccountId => text["AccountHistory_ByThemselves"],
        _ => text["AccountHistory_By", record.ActorName == RemovedAccount.Name ? text["Erased_Account"] : record.ActorName ?? ""],
    };

    /// <summary>Roles kept by their names ("Organiser,Facilitator"), said as the screens name them.</summary>
    private static string RoleNames(string roles, Localized text) =>
        string.Join(", ", roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(role => Roles.All.Contains(role) ? text[$"AccountRole_{role}"] : role));
}
