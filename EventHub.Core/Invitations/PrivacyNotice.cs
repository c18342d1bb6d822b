using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Invitations;

/// <summary>
/// One published version of the privacy notice partners read on the RSVP page, in English and Dutch (Markdown, shown
/// sanitised). Publishing an edit adds a version; old versions are kept, so every answer's version
/// (<see cref="Invitation.PrivacyNoticeVersion"/>) can still be read. The sentence on how long needs are kept is not part
/// of the text: the page adds it from the <c>EventHub:Privacy</c> settings, so it is always true.
/// </summary>
public class PrivacyNotice
{
    /// <summary>The version partners answered under before notices could be edited; the first row, seeded from that text.</summary>
    public const string FirstVersion = "2026-11";

    public const int VersionMaxLength = 20;

    /// <summary>Long enough for a full notice; short enough to send through the editor's connection in one message.</summary>
    public const int TextMaxLength = 8000;

    private PrivacyNotice()
    {
    }

    internal PrivacyNotice(string version, string textEn, string textNl, DataController? controller, TeamMember publishedBy, DateTime nowUtc)
    {
        Version = version;
        TextEn = textEn;
        TextNl = textNl;
        ControllerName = controller?.Name;
        ControllerEmail = controller?.Email;
        (PublishedBy, PublishedByUserId) = (publishedBy.DisplayName, publishedBy.AccountId);
        PublishedAtUtc = nowUtc;
    }

    public int Id { get; private set; }
    public string Version { get; private set; } = "";
    public string TextEn { get; private set; } = "";
    public string TextNl { get; private set; } = "";

    /// <summary>
    /// Who is responsible for the partners' data (GDPR art. 13: the controller's identity and contact details), as
    /// published with this version; null in versions from before the notice named one.
    /// </summary>
    public string? ControllerName { get; private set; }

    public string? ControllerEmail { get; private set; }

    public DataController? Controller => ControllerName is { } name && ControllerEmail is { } email ? new DataController(name, email) : null;

    public DateTime PublishedAtUtc { get; private set; }
    public string PublishedBy { get; private set; } = "";

    /// <summary>The account that published it (<see cref="PublishedBy"/> its name then); null for a version from before it was kept.</summary>
    public string? PublishedByUserId { get; private set; }

    /// <summary>The Markdown in the reader's language.</summary>
    public string TextIn(Language language) => language == Language.Nl ? TextNl : TextEn;

    /// <summary>The version in force: the one published last.</summary>
    public static Task<PrivacyNotice> CurrentAsync(EventHubDbContext db, CancellationToken ct) =>
        db.PrivacyNotices.AsNoTracking().OrderByDescending(n => n.Id).FirstAsync(ct);
}
