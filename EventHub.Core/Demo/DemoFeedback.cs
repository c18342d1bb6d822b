using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Engagement;
using EventHub.Core.Events;
using EventHub.Core.Outbox;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Demo;

/// <summary>
/// Feedback on last month's meeting: the organiser kept the survey open a week longer, everyone who came got the survey
/// through the outbox (the app's own job), and many answered through their links — all of Education and Government and
/// the people without an organisation, four from Business, nobody from Civil society. So the results show a group of
/// fewer than 5 (Business), a second group hidden to protect it, and open answers for organisers.
/// </summary>
internal static class DemoFeedback
{
    private static readonly string[] ShouldChange =
    [
        "Meer tijd voor de tafelgesprekken, minder voor de opening.",
        "Nodig ook ouders uit de wijk zelf uit.",
        "",
        "The room was too noisy for the round tables.",
        "Stuur de stukken een week eerder.",
    ];

    private static readonly string[] NextStep =
    [
        "Ik neem contact op met de bibliotheek over voorleesouders.",
        "",
        "We plannen een stagemarkt met twee scholen.",
        "Share the notes with our board.",
    ];

    public static async Task AnswerAsync(
        IDbContextFactory<EventHubDbContext> dbFactory, FeedbackRequestJob job, FeedbackSurveyService survey, OutboxLinkTokens linkTokens,
        TimeProvider time, CancellationToken ct)
    {
        await dbFactory.WriteAsync(async (db, token) =>
        {
            var past = await db.Events.SingleAsync(e => e.Status == EventStatus.Closed, token);
            var today = DateOnly.FromDateTime(EventHub.Core.Common.EventTime.ToLocal(time.GetUtcNow().UtcDateTime, past.TimeZoneId));
            return past.CloseFeedbackAt(EventHub.Core.Common.EventTime.ToUtc(today.AddDays(8).ToDateTime(TimeOnly.MinValue), past.TimeZoneId));
        }, ct);
        await job.QueueDueAsync(ct);

        List<(string Text, Sector? Sector)> links;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            // The attendees' links as their emails carry them, with the sector each answer will be counted in.
            var messages = await db.OutboxMessages.Where(m => m.Kind == FeedbackEmails.Kind).OrderBy(m => m.Id).ToListAsync(ct);
            var sectors = await db.FeedbackRequests
                .Select(r => new { Key = "feedback:" + r.InvitationId, Sector = r.Invitation.Organisation == null ? null : (Sector?)r.Invitation.Organisation.Sector })
                .ToDictionaryAsync(r => r.Key, r => r.Sector, ct);
            links = messages.Select(m => (OutboxLinkTokens.Filled(m.TextBody, linkTokens.TokensOf(m)), sectors[m.DeduplicationKey!])).ToList();
        }

        var business = 0;
        for (var i = 0; i < links.Count; i++)
        {
            var (text, sector) = links[i];
            if (sector == Sector.CivilSociety || (sector == Sector.Business && ++business > 4))
            {
                continue;
            }

            var input = new FeedbackInput(3 + (i % 3), 4 + (i % 2), 2 + (i % 4),
                i % 2 == 0 ? ShouldChange[i / 2 % ShouldChange.Length] : null,
                i % 3 == 0 ? NextStep[i / 3 % NextStep.Length] : null);
            await survey.AnswerAsync(TokenIn(text), input, ct);
        }
    }

    private static string TokenIn(string text) =>
        System.Text.RegularExpressions.Regex.Match(text, "/feedback/([A-Za-z0-9_-]+)").Groups[1].Value;
}
