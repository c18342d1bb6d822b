using EventHub.Core.Outbox;
using EventHub.Core.Texts;

namespace EventHub.Core.Directory;

/// <summary>
/// The foot of every email to a partner: a personal "stop inviting me" link (GDPR art. 21), and, in the first email to
/// someone who did not give us their data themselves (an import, a colleague's nomination, the door), where their data
/// came from and how to object (art. 14). Writing it issues the link on the (tracked) contact and notes the notice as
/// given, so the caller's transaction saves both with the email.
/// </summary>
public sealed record PartnerEmailFooter(string Plain, string Html)
{
    public static PartnerEmailFooter For(Contact contact, SiteLinks links, Localized text, DateTime nowUtc)
    {
        var paragraphs = new List<string>();
        if (contact.OwesSourceNotice)
        {
            paragraphs.Add(text[$"Privacy_SourceNotice_{contact.Source}"]);
            contact.NoteSourceNoticeSent(nowUtc);
        }

        paragraphs.Add(text["Privacy_StopInviting_Footer"]);
        var link = links.StopInviting(contact.IssueStopLink(nowUtc));
        var label = text["Privacy_StopInviting_Link"];
        var plain = "\n\n-- \n" + string.Join("\n\n", paragraphs) + $"\n{label}: {link}";
        var html = $"""
            <hr style="border:none;border-top:1px solid #d0d5dd;margin:24px 0 12px">
            {string.Concat(paragraphs.Select(p => $"<p style=\"color:#4a5366;font-size:13px\">{EmailHtml.Encode(p)}</p>"))}
            <p style="color:#4a5366;font-size:13px"><a href="{EmailHtml.Encode(link)}">{EmailHtml.Encode(label)}</a></p>
            """;
        return new PartnerEmailFooter(plain, html);
    }
}
