using EventHub.Core.Common;
using EventHub.Core.Outbox;
using EventHub.Core.Texts;
using Microsoft.Extensions.Localization;

namespace EventHub.App.Components.Shared;

/// <summary>Turns an expected failure from Core into a sentence in the person's language; Core owns the sentences.</summary>
public static class ResultText
{
    /// <summary>Resource key <c>Error_{code}</c> with dots as underscores (<see cref="Localized.ErrorKey"/>); the detail fills {0}.</summary>
    public static string Describe(this IStringLocalizer<CoreTexts> texts, Result result) =>
        texts.Describe(result.ErrorCode ?? "", result.ErrorDetail);

    public static string Describe(this IStringLocalizer<CoreTexts> texts, string code, string? detail)
    {
        var text = texts[Localized.ErrorKey(code), detail ?? ""];
        return text.ResourceNotFound ? texts["Error_Unexpected"] : text;
    }

    /// <summary>
    /// For the partners' pages: the sentence in the partner's voice from <see cref="PartnerTexts"/> (Dutch "u"), and
    /// the organisers' sentence only for a failure no partner page expects.
    /// </summary>
    public static string Describe(this IStringLocalizer<PartnerTexts> partner, Result result, IStringLocalizer<CoreTexts> core)
    {
        var text = partner[Localized.ErrorKey(result.ErrorCode ?? ""), result.ErrorDetail ?? ""];
        return text.ResourceNotFound ? core.Describe(result) : text;
    }

    /// <summary>
    /// Why an email was not delivered: a mail server's answer as it came, or, when EventHub gave up itself (the person
    /// was erased, or came in at the door without an address), its own sentence in the reader's language.
    /// </summary>
    public static string DeliveryError(this IStringLocalizer<CoreTexts> texts, string lastError) =>
        OutboxMessage.OwnErrorCode(lastError) is { } code ? texts.Describe(code, null) : lastError;
}
