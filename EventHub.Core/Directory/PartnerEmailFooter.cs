using EventHub.Core.Outbox;
using EventHub.Core.Texts;

namespace EventHub.Core.Directory;

/// <summary>
/// The foot of every email to a partner: a personal "stop inviting me" link (GDPR art. 21), and, in the first email to
/// someone who did not give us their data themselves (an import, a colleague's nomination, the door), where their data
/// came from and how to object (art. 14). Writing it issues the link on the (tracked) contact and notes the notice as
/// given, so the caller's transaction saves both with the email.
/// </summary>
public static class PartnerEmailFooter
{
    public static EmailDraft WithPartnerFooter(this EmailDraft draft, Contact contact, SiteLinks links, Localized text, DateTime nowUtc)
    {
        if (contact.OwesSourceNotice)
        {
            draft.FootNote(text[$"Privacy_SourceNotice_{contact.Source}"]);
            contact.NoteSourceNoticeSent(nowUtc);
        }

        return draft
            .FootNote(text["Privacy_StopInviting_Footer"])
            .FootLink(text["Privacy_StopInviting_Link"], links.StopInviting(contact.IssueStopLink(nowUtc)));
    }
}
