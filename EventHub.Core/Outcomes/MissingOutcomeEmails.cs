using System.Globalization;
using EventHub.Core.Common;
using EventHub.Core.Events;
using EventHub.Core.Outbox;

namespace EventHub.Core.Outcomes;

/// <summary>Tells an organiser, two days after an event, which sessions still have no final record (English or Dutch).</summary>
public static class MissingOutcomeEmails
{
    public const string Kind = "outcomes";

    public static OutboxMessage MissingRecords(
        string toAddress, string? toName, Language language, Event @event, IReadOnlyList<SessionGap> gaps, string link, string deduplicationKey, DateTime nowUtc)
    {
        var nl = language == Language.Nl;
        var culture = CultureInfo.GetCultureInfo(nl ? "nl-NL" : "en-GB");
        var day = EventTime.ToLocal(@event.StartUtc, @event.TimeZoneId).ToString("dddd d MMMM yyyy", culture);
        var subject = nl ? $"Verslagen ontbreken nog: {@event.Title}" : $"Session records still missing: {@event.Title}";
        var greeting = nl ? "Hallo" + (toName is null ? "," : $" {toName},") : "Hello" + (toName is null ? "," : $" {toName},");
        var intro = nl
            ? $"{@event.Title} ({day}) is twee dagen voorbij. Van deze sessies is nog geen definitief verslag; vraag de facilitators om het af te maken, zodat het in de samenvatting en het openbare verslag komt:"
            : $"{@event.Title} ({day}) ended two days ago. These sessions have no final record yet; please ask their facilitators to finish it, so it can go into the synthesis and the public report:";
        var lines = gaps.Select(g => $"{g.Title} ({(g.HasDraft ? nl ? "concept" : "draft" : nl ? "nog geen verslag" : "no record yet")})").ToList();
        var button = nl ? "Open de samenvatting" : "Open the synthesis";
        var text = string.Join("\n\n", greeting, intro, string.Join("\n", lines.Select(l => "- " + l)), $"{button}: {link}");
        var html = $"""
            <p>{EmailHtml.Encode(greeting)}</p>
            <p>{EmailHtml.Encode(intro)}</p>
            <ul>{string.Concat(lines.Select(l => $"<li>{EmailHtml.Encode(l)}</li>"))}</ul>
            {EmailHtml.Button(link, button)}
            """;
        return new OutboxMessage(toAddress, toName, subject, html, text, Kind, nowUtc, deduplicationKey);
    }
}
