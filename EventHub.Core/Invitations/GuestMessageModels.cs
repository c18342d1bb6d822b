using EventHub.Core.Common;
using EventHub.Core.Outbox;

namespace EventHub.Core.Invitations;

/// <summary>The email as a reader of <see cref="Language"/> gets it (composed for <see cref="RecipientName"/>), and how many read it.</summary>
/// <param name="Fallback">Only the other language was written: these readers get that text, with their own greeting and footer.</param>
public sealed record GuestMessageEmail(Language Language, string RecipientName, int Readers, bool Fallback, string Subject, string HtmlBody, string TextBody);

public sealed record GuestMessageLeftOutPerson(string Name, GuestMessageLeftOut Reason);

/// <summary>What sending would do: the email in each language, and exactly whom it goes to and whom it leaves out.</summary>
public sealed record GuestMessagePreview(IReadOnlyList<GuestMessageEmail> Emails, IReadOnlyList<string> Recipients, IReadOnlyList<GuestMessageLeftOutPerson> LeftOut);

/// <param name="AlreadySent">The dialog had sent this message before (a double submit): nothing was sent again.</param>
public sealed record GuestMessageSent(int MessageId, int Sent, int LeftOut, bool AlreadySent);

/// <summary>A message in the event's list; <see cref="OrganisationName"/> and <see cref="SessionTitle"/> name the filter's values.</summary>
public sealed record GuestMessageSummary(
    int Id, int EventId, DateTime SentAtUtc, string SenderName, string? SubjectEn, string? SubjectNl, GuestQuery Filter,
    string? OrganisationName, string? SessionTitle, int RecipientCount, int LeftOutCount)
{
    /// <summary>The subject in the reader's language, or the one that was written.</summary>
    public string Subject(Language language) => (language == Language.Nl ? SubjectNl ?? SubjectEn : SubjectEn ?? SubjectNl) ?? "";
}

public sealed record GuestMessageDetail(GuestMessageSummary Summary, string EventTitle, string? TextEn, string? TextNl);

/// <summary>One person the message's filter found: the delivery of their email (from its outbox row), or why they were left out.</summary>
public sealed record GuestMessageRecipientRow(
    string Name, string Email, Language? Language, GuestMessageLeftOut? LeftOut, OutboxStatus? Delivery, DateTime? SentAtUtc, string? LastError);
