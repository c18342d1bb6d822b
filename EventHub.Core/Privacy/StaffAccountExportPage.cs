using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Core.Texts;

namespace EventHub.Core.Privacy;

/// <summary>
/// The readable half of a staff member's download of their account: one self-contained HTML page in their language,
/// written like the contact export (<see cref="ExportHtml"/>) and addressed to them ("your account").
/// </summary>
public static class StaffAccountExportPage
{
    public static string Render(StaffAccountExport export, string accountId, Language language)
    {
        var text = Localized.Core(language);
        var account = export.Account;
        var page = new ExportHtml(text, language, text["Rights_Account_Title", account.Name],
            text["Rights_Account_Intro", ExportHtml.Moment(export.ExportedAtUtc, text)]);

        page.Heading("Rights_Account_Details");
        page.Raw("<dl>");
        page.Detail("Rights_Export_Name", account.Name);
        page.Detail("Rights_Export_Email", account.Email);
        page.Detail("Rights_Account_Language", text[$"Rights_Language_{account.Language}"]);
        page.Detail("Rights_Account_Roles", string.Join(", ", account.Roles.Select(role => text[$"AccountRole_{role}"])));
        page.Detail("Rights_Account_State", text.Name(account.State));
        page.Detail("Rights_Account_TwoFactor", text[account.TwoFactorEnabled ? "Rights_Account_On" : "Rights_Account_Off"]);
        page.Detail("Rights_Account_CalendarLink", text[account.HasCalendarLink ? "Rights_Account_InUse" : "Rights_Account_NotInUse"]);
        page.Raw("</dl>");
        page.Paragraph(text["Rights_Account_SecretsNote"]);

        page.Heading("Rights_Account_History");
        page.Table(["Rights_Account_When", "Rights_Export_What", "Rights_Account_Who"],
            export.History.Select(h =>
            {
                var actorId = h.ByYou ? accountId : h.By is null ? null : "";
                var record = new AccountAuditRecord(h.Action, accountId, "", actorId, h.By, h.AtUtc, h.Detail);
                return new[] { page.Moment(h.AtUtc), AccountHistoryText.What(record, text), AccountHistoryText.Who(record, accountId, text) };
            }));

        page.Heading("Rights_Account_Sessions");
        page.Table(["Rights_Export_Event", "Rights_Account_Session", "Rights_Account_When"],
            export.Sessions.Select(s => new[] { s.Event, s.Session, EventTime.ToLocal(s.StartUtc, s.TimeZone).ToString("d MMMM yyyy HH:mm", text.Culture) }));

        page.Heading("Rights_Account_Work");
        page.Raw("<dl>");
        page.Detail("Rights_Account_GuestsCheckedIn", Count(export.Work.GuestsCheckedIn, text));
        page.Detail("Rights_Account_SessionAttendance", Count(export.Work.SessionAttendanceRecorded, text));
        page.Detail("Rights_Account_Progress", Count(export.Work.ProgressRecorded, text));
        page.Detail("Rights_Account_GuestMessages", Count(export.Work.GuestMessagesSent, text));
        page.Detail("Rights_Account_Outcomes", Count(export.Work.OutcomesLastSaved, text));
        page.Raw("</dl>");

        page.Emails(export.Emails);
        return page.ToString();
    }

    private static string Count(int count, Localized text) => count.ToString("N0", text.Culture);
}
