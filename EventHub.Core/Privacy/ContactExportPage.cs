using EventHub.Core.Common;
using EventHub.Core.Texts;

namespace EventHub.Core.Privacy;

/// <summary>
/// The readable half of a contact export: one self-contained HTML page (its style inline, no scripts, no outside
/// resources, every value escaped) in the admin's language, to hand to the person as it is.
/// </summary>
public static class ContactExportPage
{
    public static string Render(ContactExport export, Language language)
    {
        var text = Localized.Core(language);
        var contact = export.Contact;
        var page = new ExportHtml(text, language, text["Rights_Export_Title", contact.FirstName + " " + contact.LastName],
            text["Rights_Export_Intro", ExportHtml.Moment(export.ExportedAtUtc, text)]);

        page.Heading("Rights_Export_Contact");
        page.Raw("<dl>");
        page.Detail("Rights_Export_Name", contact.FirstName + " " + contact.LastName);
        page.Detail("Rights_Export_Email", contact.Email);
        page.Detail("Rights_Export_Phone", contact.Phone);
        page.Detail("Rights_Export_JobTitle", contact.JobTitle);
        page.Detail("Rights_Export_Organisation", contact.Organisation);
        page.Detail("Rights_Export_Language", text[$"Rights_Language_{contact.PreferredLanguage}"]);
        page.Detail("Rights_Export_Source", text[$"Rights_ContactSource_{contact.Source}"]);
        page.Detail("Rights_Export_AddedOn", page.Moment(contact.CreatedAtUtc));
        // "Asked not to be invited since: no" reads oddly: the question without "since" when they did not ask.
        if (contact.DoNotInviteSinceUtc is { } since)
        {
            page.Detail("Rights_Export_DoNotInvite", page.Moment(since));
        }
        else
        {
            page.Detail("Rights_Export_DoNotInviteAsked", text["Export_No"]);
        }
        page.Raw("</dl>");

        page.Heading("Rights_Export_Memberships");
        page.Table(["Rights_Export_Organisation", "Rights_Export_From", "Rights_Export_Until"],
            export.Memberships.Select(m => new[] { m.Organisation, page.Moment(m.StartedAtUtc), m.EndedAtUtc is { } ended ? page.Moment(ended) : "" }));

        page.Heading("Rights_Export_Invitations");
        page.Table(
            ["Rights_Export_Event", "Rights_Export_Answer", "Rights_Export_Sessions", "Rights_Export_Needs", "Rights_Export_CheckedIn", "Rights_Export_Delegates"],
            export.Invitations.Select(i => new[]
            {
                $"{i.Event} ({page.Moment(i.EventStartUtc)})",
                text.Name(i.Status) + (i.AnsweredAtUtc is { } answered ? $", {page.Moment(answered)}" : "")
                    + (i.DeclineReason is { } reason ? $" — {text[$"Rights_DeclineReason_{reason}"]}" : "")
                    + (i.DeclineNote is { } note ? $": {note}" : ""),
                string.Join("; ", i.Sessions.Select(s => $"{s.Session} ({text[$"Rights_SessionChoiceStatus_{s.Status}"]})")),
                Needs(i.Needs, text),
                i.CheckedInAtUtc is { } checkedIn ? page.Moment(checkedIn) : "",
                string.Join("; ", i.Delegates.Select(d => $"{d.Name} ({text.Name(d.Status)})")),
            }));

        page.Heading("Rights_Export_ActionItems");
        page.Table(["Rights_Export_What", "Rights_Export_Event", "Rights_Export_Organisation", "Rights_Export_DueOn", "Rights_Export_Status"],
            export.ActionItems.Select(a => new[]
            {
                a.What, $"{a.Event} · {a.Session}", a.Organisation, a.DueOn.ToString("d MMMM yyyy", text.Culture), text.Name(a.Status),
            }));

        page.Nominations(export.Nominations);

        page.Heading("Rights_Export_Feedback");
        page.Table(["Rights_Export_Event", "Rights_Export_Written", "Rights_Export_Ratings", "Rights_Export_ShouldChange", "Rights_Export_NextStep"],
            export.Feedback.Select(f => new[]
            {
                f.Event, page.Moment(f.UpdatedAtUtc), text["Rights_Export_RatingsValue", f.Heard, f.Worthwhile, f.RightMix], f.ShouldChange ?? "", f.NextStep ?? "",
            }));

        page.Emails(export.Emails);
        return page.ToString();
    }

    private static string Needs(ExportedNeeds? needs, Localized text)
    {
        if (needs is null)
        {
            return "";
        }

        var parts = needs.Access.Select(n => text.Name(n)).ToList();
        parts.AddRange(new[] { needs.InterpretationLanguage, needs.OtherNeeds, needs.DietaryNeeds }.OfType<string>());
        return string.Join("; ", parts);
    }
}
