using System.Linq.Expressions;
using EventHub.Core.Common;

namespace EventHub.Core.Outbox;

public enum OutboxStatus
{
    Queued,
    Sent,
    Failed,
}

/// <summary>
/// An email written in the same transaction as the change that caused it, and sent later by the outbox sender
/// (with retries). <see cref="DeduplicationKey"/> makes "at most once" rules (one reminder per person) hold in the database.
/// </summary>
public class OutboxMessage
{
    public const int SubjectMaxLength = 300;

    private readonly List<OutboxAttachment> _attachments = [];

    private OutboxMessage()
    {
    }

    /// <summary>A new message from its draft (<see cref="EmailDraft.ToMessage"/>); the layout is put around it when it is saved.</summary>
    internal OutboxMessage(string toAddress, string? toName, string subject, EmailDraft draft, string kind, DateTime nowUtc, string? deduplicationKey = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(toAddress);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ToAddress = toAddress.Trim();
        // Header values: a line break in a name or title must never end the header and start another (Bcc: ...).
        ToName = toName is null ? null : TextNormalizer.OneLine(toName);
        KeepSearchKey();
        subject = TextNormalizer.OneLine(subject);
        Subject = subject.Length > SubjectMaxLength ? subject[..SubjectMaxLength] : subject;
        Draft = draft;
        Kind = kind;
        DeduplicationKey = deduplicationKey;
        CreatedAtUtc = nowUtc;
        NextAttemptAtUtc = nowUtc;
        MessageKey = Guid.NewGuid();
        // A walk-in registered without an address: kept as a record of what would have been sent, never sent. Or written
        // to an erased person's stand-in address by a feature that did not leave them out: never sent either.
        GiveUpIfUndeliverable();
    }

    public int Id { get; private set; }

    /// <summary>
    /// Random, given once when the message is written: its Message-ID (<see cref="OutboxMimeMessage.MessageIdOf"/>) is
    /// unique everywhere, also across installations and after a backup is restored, and the same on every send of it.
    /// </summary>
    public Guid MessageKey { get; private set; }
    public string ToAddress { get; private set; } = "";
    public string? ToName { get; private set; }

    /// <summary>
    /// The recipient's name and address folded for search (case and accents do not count: "ozdemir" finds "Özdemir"), as
    /// <see cref="Events.Event.SearchTitle"/>; SQLite's <c>lower()</c> folds ASCII only.
    /// </summary>
    public string SearchRecipient { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string HtmlBody { get; private set; } = "";
    public string TextBody { get; private set; } = "";

    /// <summary>What the message is for ("invitation", "confirmation", "reminder"), for the outbox page's filter.</summary>
    public string Kind { get; private set; } = "";

    public string? DeduplicationKey { get; private set; }
    public int? InvitationId { get; private set; }
    public OutboxStatus Status { get; private set; } = OutboxStatus.Queued;
    /// <summary>Every attempt to send it, including those while the mail server could not be reached (shown on the Outbox page).</summary>
    public int Attempts { get; private set; }

    /// <summary>
    /// The times the server refused this message (<see cref="MarkAttemptFailed"/>), which count towards giving up. Apart
    /// from <see cref="Attempts"/>, so attempts during an outage never bring a message closer to failing for good.
    /// </summary>
    public int Refusals { get; private set; }

    /// <summary>
    /// Since when the server has answered "not now" (a 4xx reply, <see cref="MarkDeferred"/>) to this message; null while
    /// it has not.
    /// </summary>
    public DateTime? DeferredSinceUtc { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }
    public DateTime NextAttemptAtUtc { get; private set; }
    public DateTime? SentAtUtc { get; private set; }
    public string? LastError { get; private set; }

    /// <summary>
    /// The personal link tokens whose placeholders the text carries, encrypted (see <see cref="OutboxLinkTokens"/>); only
    /// while the message waits to be sent. Null when it carries no link, or once it was sent or failed for good.
    /// </summary>
    public string? ProtectedLinkTokens { get; private set; }

    /// <summary>It failed for good and its text carries a personal link whose token was wiped then: it cannot be sent again.</summary>
    public bool LinkWiped => RetryRefusal == OutboxErrors.LinkWiped;

    public IReadOnlyList<OutboxAttachment> Attachments => _attachments;

    /// <summary>What a new message says before <see cref="EmailLayout"/> writes its bodies; null once laid out or when loaded.</summary>
    internal EmailDraft? Draft { get; private set; }

    /// <summary>
    /// The recipient was erased (<see cref="Scrub"/>): the message keeps its kind, status and dates; an address at an
    /// <c>.invalid</c> domain (RFC 2606) can never be delivered, so it is neither sent nor retried.
    /// </summary>
    public bool Erased => ToAddress.EndsWith("@" + ErasedDomain, StringComparison.OrdinalIgnoreCase);

    /// <summary>To someone registered at the door without an email address (<see cref="NoEmailDomain"/>): neither sent nor retried.</summary>
    public bool NoEmail => ToAddress.EndsWith("@" + NoEmailDomain, StringComparison.OrdinalIgnoreCase);

    /// <summary>Its address can never be delivered to (<see cref="Erased"/> or <see cref="NoEmail"/>).</summary>
    public bool Undeliverable => Erased || NoEmail;

    /// <summary>The domain of an erased person's stand-in address, shared with the anonymised contact record.</summary>
    public const string ErasedDomain = "anonymised.invalid";

    /// <summary>The domain of the stand-in address of someone registered at the door without an email address: never sent to.</summary>
    public const string NoEmailDomain = "no-email.invalid";

    public OutboxMessage About(int invitationId)
    {
        InvitationId = invitationId;
        return this;
    }

    public OutboxMessage Attach(string fileName, string contentType, byte[] content)
    {
        _attachments.Add(new OutboxAttachment(fileName, contentType, content, contentId: null));
        return this;
    }

    /// <summary>An image the HTML shows inline through <c>cid:<paramref name="contentId"/></c> (see <see cref="EmailDraft.Image"/>).</summary>
    public OutboxMessage Embed(string contentId, string fileName, string contentType, byte[] content)
    {
        _attachments.Add(new OutboxAttachment(fileName, contentType, content, contentId));
        return this;
    }

    /// <summary>The bodies in the house layout, written once from the draft.</summary>
    internal void LayOut(string htmlBody, string textBody)
    {
        HtmlBody = htmlBody;
        TextBody = textBody;
        Draft = null;
    }

    /// <summary>The text with its tokens replaced by placeholders, and the tokens kept apart (null: wiped).</summary>
    internal void KeepLinksApart(string subject, string htmlBody, string textBody, string? protectedLinkTokens)
    {
        Subject = subject;
        HtmlBody = htmlBody;
        TextBody = textBody;
        ProtectedLinkTokens = protectedLinkTokens;
    }

    /// <summary>
    /// The recipient was erased: their address and name, the bodies, the attachments (calendar files, check-in passes) and
    /// any waiting link go; the subject is the caller's, with the person's name taken out. A message still waiting fails for
    /// good, so it is never sent.
    /// </summary>
    internal void Scrub(string erasedAddress, string subject)
    {
        ToAddress = erasedAddress;
        ToName = null;
        KeepSearchKey();
        Subject = subject;
        HtmlBody = "";
        TextBody = "";
        ProtectedLinkTokens = null;
        _attachments.Clear();
        GiveUpIfUndeliverable();
    }

    /// <summary>Sets <see cref="SearchRecipient"/>; also for messages kept from before it.</summary>
    internal void KeepSearchKey() =>
        SearchRecipient = TextNormalizer.ForUniqueness(ToName is null ? ToAddress : ToName + " " + ToAddress);

    /// <summary>
    /// Someone the message names (not its recipient) was erased: their name goes from the subject and both bodies, as
    /// whole words (<paramref name="names"/> knows the forms they take in HTML too). The message itself stays as it was.
    /// </summary>
    internal void ForgetNamed(WordScrubber names)
    {
        Subject = names.Scrub(Subject)!;
        HtmlBody = names.Scrub(HtmlBody)!;
        TextBody = names.Scrub(TextBody)!;
    }

    /// <summary>
    /// The message can never be delivered (<see cref="Undeliverable"/>): while it still waits it fails for good, untried,
    /// with its link token gone (retrying it is refused, see <see cref="RetryRefusal"/>).
    /// </summary>
    internal void GiveUpIfUndeliverable()
    {
        if (Status == OutboxStatus.Queued && Undeliverable)
        {
            Status = OutboxStatus.Failed;
            LastError = NoEmail ? NoEmailError : ErasedError;
            ProtectedLinkTokens = null;
        }
    }

    /// <summary>The <see cref="LastError"/> EventHub writes itself when it gives up on an undeliverable message (no mail server answered).</summary>
    public const string ErasedError = "Recipient erased.";

    /// <inheritdoc cref="ErasedError"/>
    public const string NoEmailError = "No email address: registered at the door without one.";

    /// <summary>
    /// The error code (<see cref="OutboxErrors"/>) of a <see cref="LastError"/> that EventHub wrote itself, so screens say it
    /// in the reader's language; null for a mail server's own answer, which is shown as it came.
    /// </summary>
    public static string? OwnErrorCode(string? lastError) => lastError switch
    {
        ErasedError => OutboxErrors.RecipientErased,
        NoEmailError => OutboxErrors.NoEmail,
        _ => null,
    };

    /// <summary>Sent: the recipient has the link now, so the stored copy of its token goes.</summary>
    public void MarkSent(DateTime nowUtc)
    {
        Status = OutboxStatus.Sent;
        SentAtUtc = nowUtc;
        Attempts++;
        LastError = null;
        ProtectedLinkTokens = null;
    }

    /// <summary>
    /// The server refused this message: try again later with growing pauses; after <paramref name="maxAttempts"/> refusals
    /// it stays Failed until retried by hand.
    /// </summary>
    public void MarkAttemptFailed(string error, DateTime nowUtc, int maxAttempts)
    {
        Attempts++;
        Refusals++;
        LastError = Shortened(error);
        if (Refusals >= maxAttempts)
        {
            FailForGood();
            return;
        }

        NextAttemptAtUtc = nowUtc + PauseAfter(Attempts);
    }

    /// <summary>
    /// The server said "not now" (a 4xx reply: greylisting, throttling a burst of invitations, a full mailbox): nothing
    /// is wrong with the message, so it is not a refusal. Tried again with the same growing pauses, and given up on only
    /// once the server has said so for <paramref name="giveUpAfter"/> (<see cref="SmtpOptions.TemporaryRefusalHours"/>,
    /// days, as mail servers do).
    /// </summary>
    public void MarkDeferred(string error, DateTime nowUtc, TimeSpan giveUpAfter)
    {
        Attempts++;
        LastError = Shortened(error);
        DeferredSinceUtc ??= nowUtc;
        if (nowUtc - DeferredSinceUtc >= giveUpAfter)
        {
            FailForGood();
            return;
        }

        NextAttemptAtUtc = nowUtc + PauseAfter(Attempts);
    }

    /// <summary>Failed for good: the token is not kept waiting for a retry that may never come.</summary>
    private void FailForGood()
    {
        Status = OutboxStatus.Failed;
        ProtectedLinkTokens = null;
    }

    private static string Shortened(string error) => error.Length > 1000 ? error[..1000] : error;

    /// <summary>The longest pause between two attempts.</summary>
    public static readonly TimeSpan MaxPause = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The mail server could not be reached, or refused the connection or the login: nothing is wrong with this message,
    /// so it is not given up on. Counting these towards the attempts would fail every waiting message for good during an
    /// outage longer than the pauses (about 15 minutes), and wipe their personal links. Tried again with growing pauses of
    /// at most <see cref="MaxPause"/>; the Outbox page shows the attempts, the error and the next attempt meanwhile.
    /// </summary>
    public void MarkServerUnreachable(string error, DateTime nowUtc)
    {
        // The "not now" clock measures the server saying so; an outage says nothing about this message, so it starts over.
        DeferredSinceUtc = null;
        Attempts++;
        LastError = Shortened(error);
        NextAttemptAtUtc = nowUtc + PauseAfter(Attempts);
    }

    /// <summary>30 s, 1, 2, 4, 8 minutes, then every <see cref="MaxPause"/>.</summary>
    private static TimeSpan PauseAfter(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(30 * Math.Pow(2, Math.Min(attempts, 16) - 1), MaxPause.TotalSeconds));

    /// <summary>
    /// Why an organiser's "try again" is refused (an <see cref="OutboxErrors"/> code), or null when it is allowed: only
    /// for a failed message, not for one whose link was wiped (it would arrive without it), nor to an address that can
    /// never be delivered to. The Outbox page offers the button by the same rule (<see cref="OutboxSummary.Row"/>).
    /// </summary>
    public string? RetryRefusal => RetryRefusalOf(this);

    /// <summary>
    /// <see cref="RetryRefusal"/> as a query, so the Outbox list asks the database instead of loading every row's bodies.
    /// Written with what SQL can do (a placeholder's marker rather than a regex, a lower-cased address) and compiled for
    /// the message itself, so the list and the refusal cannot disagree.
    /// </summary>
    public static readonly Expression<Func<OutboxMessage, string?>> RetryRefusalRule = m =>
        m.Status != OutboxStatus.Failed ? OutboxErrors.NotFailed
        : m.ProtectedLinkTokens == null && (m.Subject.Contains(OutboxLinkTokens.PlaceholderPrefix)
            || m.TextBody.Contains(OutboxLinkTokens.PlaceholderPrefix) || m.HtmlBody.Contains(OutboxLinkTokens.PlaceholderPrefix))
            ? OutboxErrors.LinkWiped
        : m.ToAddress.ToLower().EndsWith("@" + ErasedDomain) ? OutboxErrors.RecipientErased
        : m.ToAddress.ToLower().EndsWith("@" + NoEmailDomain) ? OutboxErrors.NoEmail
        : null;

    private static readonly Func<OutboxMessage, string?> RetryRefusalOf = RetryRefusalRule.Compile();

    /// <summary>An organiser's "try again" for a failed message, when <see cref="RetryRefusal"/> allows it.</summary>
    public void Retry(DateTime nowUtc)
    {
        if (RetryRefusal is not null)
        {
            return;
        }

        Status = OutboxStatus.Queued;
        Attempts = 0;
        Refusals = 0;
        DeferredSinceUtc = null;
        NextAttemptAtUtc = nowUtc;
    }
}

/// <summary>A file sent with an outbox message, such as the event's .ics.</summary>
public class OutboxAttachment
{
    private OutboxAttachment()
    {
    }

    internal OutboxAttachment(string fileName, string contentType, byte[] content, string? contentId)
    {
        FileName = fileName;
        ContentType = contentType;
        Content = content;
        ContentId = contentId;
    }

    public int Id { get; private set; }
    public int OutboxMessageId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public byte[] Content { get; private set; } = [];

    /// <summary>Set for an image shown inside the HTML (<c>cid:</c>); null for a file attached for the reader to open.</summary>
    public string? ContentId { get; private set; }
}
