using EventHub.Core.Common;
using EventHub.Core.Events;
using EventHub.Core.Outbox;
using EventHub.Core.Texts;

namespace EventHub.Core.Outcomes;

/// <summary>Tells an organiser, two days after an event, which sessions still have no final record (in their language, texts in <see cref="CoreTexts"/>).</summary>
public static class MissingOutcomeEmails
{
    public const string Kind = "outcomes";

    public static OutboxMessage MissingRecords(
        string toAddress, string? toName, Language language, Event @event, IReadOnlyList<SessionGap> gaps, string link, string deduplicationKey, DateTime nowUtc)
    {
        var text = Localized.Core(language);
        var day = EventDays.Of(@event.StartUtc, @event.EndUtc, @event.TimeZoneId, text.Culture);
        var subject = text["MissingOutcomeEmail_Subject", @event.Title];
        var greeting = toName is null ? text["Email_HelloNoName"] : text["Email_Hello", toName];
        return new EmailDraft(language)
            .Paragraph(greeting)
            .Paragraph(text["MissingOutcomeEmail_Intro", @event.Title, day])
            .List(null, gaps.Select(g => $"{g.Title} ({text[g.StateKey]})"))
            .Button(text["MissingOutcomeEmail_Button"], link)
            .ToMessage(toAddress, toName, subject, Kind, nowUtc, deduplicationKey);
    }
}
