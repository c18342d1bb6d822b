using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using EventHub.Core.Common;
using EventHub.Core.Texts;

namespace EventHub.Core.Privacy;

/// <summary>
/// The readable half of a contact export: one self-contained HTML page (its style inline, no scripts, no outside
/// resources, every value escaped) in the admin's language, to hand to the person as it is.
/// </summary>
public static class ContactExportPage
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5}" +
        "table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}" +
        "th{background:#f3f3f3}dt{font-weight:600}dd{margin:0 0 .5rem 0}.muted{color:#555}";

    // Escapes markup characters only, so names with accents stay readable in the file.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(ContactExport export, Language language)
    {
        var text = Localized.Core(language);
        var page = new Page(text);
        var contact = export.Contact;
        page.Raw($"<!DOCTYPE html><html lang=\"{language.ToCultureName()}\"><head><meta charset=\"utf-8\">");
        page.Raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        page.Raw($"<title>{Escape(text["Rights_Export_Title", contact.FirstName + " " + contact.LastName])}</title><style>{Style}</style></head><body>");
        page.Raw($"<h1>{Escape(text["Rights_Export_Title", contact.FirstName + " " + contact.LastName])}</h1>");
        page.Raw($"<p class=\"muted\">{Escape(text["Rights_Export_Intro", page.Moment(export.ExportedAtUtc)])}</p>");

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
        page.Detail("Rights_Export_DoNotInvite", contact.DoNotInviteSinceUtc is { } since ? page.Moment(since) : text["Export_No"]);
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

        page.Heading("Rights_Export_Nominations");
        page.Table(["Rights_Export_Role", "Rights_Export_Event", "Rights_Export_Name", "Rights_Export_Email", "Rights_Export_Status"],
            export.Nominations.Select(n => new[]
            {
                text[$"Rights_NominationRole_{n.Role}"] + " · " + text[$"Rights_NominationKind_{n.Kind}"], n.Event,
                $"{n.FirstName} {n.LastName}", n.Email, text[$"Rights_NominationStatus_{n.Status}"],
            }));

        page.Heading("Rights_Export_Feedback");
        page.Table(["Rights_Export_Event", "Rights_Export_Written", "Rights_Export_Ratings", "Rights_Export_ShouldChange", "Rights_Export_NextStep"],
            export.Feedback.Select(f => new[]
            {
                f.Event, page.Moment(f.UpdatedAtUtc), text["Rights_Export_RatingsValue", f.Heard, f.Worthwhile, f.RightMix], f.ShouldChange ?? "", f.NextStep ?? "",
            }));

        page.Heading("Rights_Export_Emails");
        page.Table(["Rights_Export_Subject", "Rights_Export_Written", "Rights_Export_Status"],
            export.Emails.Select(e => new[]
            {
                e.Subject, page.Moment(e.CreatedAtUtc), text[$"Rights_OutboxStatus_{e.Status}"] + (e.SentAtUtc is { } sent ? $", {page.Moment(sent)}" : ""),
            }));

        page.Raw("</body></html>");
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

    private static string Escape(string? value) => Encoder.Encode(value ?? "");

    private sealed class Page(Localized text)
    {
        private readonly StringBuilder _html = new();

        public void Raw(string html) => _html.Append(html);

        public void Heading(string key) => _html.Append($"<h2>{Escape(text[key])}</h2>");

        public void Detail(string key, string? value) => _html.Append($"<dt>{Escape(text[key])}</dt><dd>{Escape(value ?? "—")}</dd>");

        public void Table(IReadOnlyList<string> headerKeys, IEnumerable<string[]> rows)
        {
            var body = rows.Select(row => "<tr>" + string.Concat(row.Select(cell => $"<td>{Escape(cell)}</td>")) + "</tr>").ToList();
            if (body.Count == 0)
            {
                _html.Append($"<p class=\"muted\">{Escape(text["Rights_Export_None"])}</p>");
                return;
            }

            _html.Append("<table><thead><tr>");
            foreach (var key in headerKeys)
            {
                _html.Append($"<th scope=\"col\">{Escape(text[key])}</th>");
            }

            _html.Append("</tr></thead><tbody>").AppendJoin("", body).Append("</tbody></table>");
        }

        /// <summary>An instant in the alliance's time zone, written in the page's language.</summary>
        public string Moment(DateTime utc) => EventTime.ToLocal(utc, EventTime.DefaultTimeZoneId).ToString("d MMMM yyyy HH:mm", text.Culture);

        public override string ToString() => _html.ToString();
    }
}
