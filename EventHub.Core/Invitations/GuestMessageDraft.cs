using EventHub.Core.Common;

namespace EventHub.Core.Invitations;

/// <summary>Error codes of messages to guests; their sentences are <c>Error_GuestMessage_*</c> in <see cref="Texts.CoreTexts"/>.</summary>
public static class GuestMessageErrors
{
    public const string Empty = "GuestMessage.Empty";
    public const string IncompleteEnglish = "GuestMessage.IncompleteEnglish";
    public const string IncompleteDutch = "GuestMessage.IncompleteDutch";
    public const string SubjectTooLong = "GuestMessage.SubjectTooLong";
    public const string TextTooLong = "GuestMessage.TextTooLong";
    public const string NoRecipients = "GuestMessage.NoRecipients";
    public const string EventNotFound = "GuestMessage.EventNotFound";
    public const string MissingKey = "GuestMessage.MissingKey";
}

/// <summary>
/// What the organiser wrote, and to whom (a guest-list filter, paging ignored). A language counts as written when it has
/// both a subject and a text; each recipient reads their own language, or the other one when only one was written.
/// </summary>
public sealed record GuestMessageDraft(string? SubjectEn, string? TextEn, string? SubjectNl, string? TextNl, GuestQuery Filter)
{
    public const int SubjectMaxLength = 200;
    public const int TextMaxLength = 10_000;
    public const int IdempotencyKeyMaxLength = 64;

    private bool HasEnglish => !string.IsNullOrWhiteSpace(SubjectEn) && !string.IsNullOrWhiteSpace(TextEn);
    private bool HasDutch => !string.IsNullOrWhiteSpace(SubjectNl) && !string.IsNullOrWhiteSpace(TextNl);

    /// <summary>The first thing wrong with the draft (an error code of <see cref="GuestMessageErrors"/>), or null.</summary>
    public string? Error()
    {
        if (Half(SubjectEn, TextEn))
        {
            return GuestMessageErrors.IncompleteEnglish;
        }

        if (Half(SubjectNl, TextNl))
        {
            return GuestMessageErrors.IncompleteDutch;
        }

        if (!HasEnglish && !HasDutch)
        {
            return GuestMessageErrors.Empty;
        }

        if (Longer(SubjectEn, SubjectMaxLength) || Longer(SubjectNl, SubjectMaxLength))
        {
            return GuestMessageErrors.SubjectTooLong;
        }

        return Longer(TextEn, TextMaxLength) || Longer(TextNl, TextMaxLength) ? GuestMessageErrors.TextTooLong : null;
    }

    /// <summary>
    /// The subject and Markdown text a reader of <paramref name="language"/> gets, and the language they are written in
    /// (the other one when only that was written). Call on a draft without <see cref="Error"/>.
    /// </summary>
    public (string Subject, string Text, Language WrittenIn) For(Language language)
    {
        var own = language == Language.Nl ? HasDutch : HasEnglish;
        var dutch = language == Language.Nl ? own : !own;
        return dutch ? (Clean(SubjectNl)!, Clean(TextNl)!, Language.Nl) : (Clean(SubjectEn)!, Clean(TextEn)!, Language.En);
    }

    internal static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool Half(string? subject, string? text) => string.IsNullOrWhiteSpace(subject) != string.IsNullOrWhiteSpace(text);

    private static bool Longer(string? value, int max) => (Clean(value)?.Length ?? 0) > max;
}
