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
        var day = EventTime.ToLocal(@event.StartUtc, @event.TimeZoneId).ToString("dddd d MMMM yyyy", text.Culture);
        var subject = text["MissingOutcomeEmail_Subject", @event.Title];
        var greeting = toName is null ? text["Email_HelloNoName"] : text["Email_Hello", toName];
        var intro = text["MissingOutcomeEmail_Intro", @event.Title, day];
        var lines = gaps.Select(g => $"{g.Title} ({text[g.StateKey]})").ToList();
        var button = text["MissingOutcomeEmail_Button"];
        var plain = string.Join("\n\n", greeting, intro, string.Join("\n", lines.Select(l => "- " + l)), $"{button}: {link}");
        var html = $"""
            <p>{EmailHtml.Encode(greeting)}</p>
            <p>{EmailHtml.Encode(intro)}</p>
            <ul>{string.Concat(lines.Select(l => $"<li>{EmailHtml.Encode(l)}</li>"))}</ul>
            {EmailHtml.Button(link, button)}
            """;
        return new OutboxMessage(toAddress, toName, subject, EmailHtml.Document(html, text.Culture), plain, Kind, nowUtc, deduplicationKey);
    }
}
