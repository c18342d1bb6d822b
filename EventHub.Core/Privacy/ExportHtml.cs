using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using EventHub.Core.Common;
using EventHub.Core.Texts;

namespace EventHub.Core.Privacy;

/// <summary>
/// Writes the readable page of an access-request export: one self-contained HTML page (its style inline, no scripts, no
/// outside resources, every value escaped) in the admin's language. Shared by the export of a contact and the export of
/// what is held under an email address, so both look alike.
/// </summary>
internal sealed class ExportHtml
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5}" +
        "table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}" +
        "th{background:#f3f3f3}dt{font-weight:600}dd{margin:0 0 .5rem 0}.muted{color:#555}";

    // Escapes markup characters only, so names with accents stay readable in the file.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _html = new();
    private readonly Localized _text;

    /// <summary>Starts the page with its title (also the heading) and an introduction under it.</summary>
    public ExportHtml(Localized text, Language language, string title, string intro)
    {
        _text = text;
        _html.Append($"<!DOCTYPE html><html lang=\"{language.ToCultureName()}\"><head><meta charset=\"utf-8\">");
        _html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        _html.Append($"<title>{Escape(title)}</title><style>{Style}</style></head><body>");
        _html.Append($"<h1>{Escape(title)}</h1>");
        _html.Append($"<p class=\"muted\">{Escape(intro)}</p>");
    }

    public static string Escape(string? value) => Encoder.Encode(value ?? "");

    public void Raw(string html) => _html.Append(html);

    public void Heading(string key) => _html.Append($"<h2>{Escape(_text[key])}</h2>");

    public void Paragraph(string text) => _html.Append($"<p>{Escape(text)}</p>");

    public void Detail(string key, string? value) => _html.Append($"<dt>{Escape(_text[key])}</dt><dd>{Escape(value ?? "—")}</dd>");

    public void Table(IReadOnlyList<string> headerKeys, IEnumerable<string[]> rows)
    {
        var body = rows.Select(row => "<tr>" + string.Concat(row.Select(cell => $"<td>{Escape(cell)}</td>")) + "</tr>").ToList();
        if (body.Count == 0)
        {
            _html.Append($"<p class=\"muted\">{Escape(_text["Rights_Export_None"])}</p>");
            return;
        }

        _html.Append("<table><thead><tr>");
        foreach (var key in headerKeys)
        {
            _html.Append($"<th scope=\"col\">{Escape(_text[key])}</th>");
        }

        _html.Append("</tr></thead><tbody>").AppendJoin("", body).Append("</tbody></table>");
    }

    /// <summary>An instant in the alliance's time zone, written in the page's language.</summary>
    public string Moment(DateTime utc) => Moment(utc, _text);

    public static string Moment(DateTime utc, Localized text) =>
        EventTime.ToLocal(utc, EventTime.DefaultTimeZoneId).ToString("d MMMM yyyy HH:mm", text.Culture);

    /// <summary>The emails written to the person, as the Outbox page shows them.</summary>
    public void Emails(IEnumerable<ExportedEmail> emails)
    {
        Heading("Rights_Export_Emails");
        Table(["Rights_Export_Subject", "Rights_Export_Written", "Rights_Export_Status"],
            emails.Select(e => new[]
            {
                e.Subject, Moment(e.CreatedAtUtc), _text[$"Rights_OutboxStatus_{e.Status}"] + (e.SentAtUtc is { } sent ? $", {Moment(sent)}" : ""),
            }));
    }

    /// <summary>The nominations that name the person or that they made, with the name and address as typed.</summary>
    public void Nominations(IEnumerable<ExportedNomination> nominations)
    {
        Heading("Rights_Export_Nominations");
        Table(["Rights_Export_Role", "Rights_Export_Event", "Rights_Export_Name", "Rights_Export_Email", "Rights_Export_Status"],
            nominations.Select(n => new[]
            {
                _text[$"Rights_NominationRole_{n.Role}"] + " · " + _text[$"Rights_NominationKind_{n.Kind}"], n.Event,
                $"{n.FirstName} {n.LastName}", n.Email, _text[$"Rights_NominationStatus_{n.Status}"],
            }));
    }

    public override string ToString() => _html + "</body></html>";
}
