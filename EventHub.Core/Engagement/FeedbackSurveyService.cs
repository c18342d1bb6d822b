using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EventHub.Core.Engagement;

/// <summary>
/// The attendee's side of the feedback survey, reached through their personal link without an account. A token opens
/// exactly one request: its answer is given once and changed (never added to) until the survey closes; after that the
/// link shows the answer read-only, and <see cref="PersonalLinkOptions.FeedbackDaysAfterClose"/> days later it expires.
/// </summary>
public sealed class FeedbackSurveyService(IDbContextFactory<EventHubDbContext> dbFactory, IOptions<PersonalLinkOptions> linkOptions, TimeProvider time)
{
    /// <summary>The survey behind a token, or null for an unknown or expired link.</summary>
    public async Task<FeedbackSurveyView?> GetAsync(string token, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        var hash = PersonalLinkTokens.Hash(token);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await db.FeedbackRequests.AsNoTracking()
            .Where(r => r.TokenHash == hash)
            .Select(r => new
            {
                r.Id,
                r.Event,
                r.Invitation.Contact.FirstName,
                r.Invitation.Language,
                Answer = r.Answer == null ? null : new FeedbackInput(r.Answer.Heard, r.Answer.Worthwhile, r.Answer.RightMix, r.Answer.ShouldChange, r.Answer.NextStep),
                AnsweredAtUtc = r.Answer == null ? (DateTime?)null : r.Answer.UpdatedAtUtc,
            })
            .SingleOrDefaultAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        if (found is null || IsExpired(found.Event.FeedbackClosesAt, now))
        {
            return null;
        }

        var @event = found.Event;
        return new FeedbackSurveyView(found.Id, @event.Title, @event.Language, @event.StartUtc, @event.EndUtc, @event.TimeZoneId,
            found.FirstName, found.Language, @event.FeedbackClosesAt, @event.FeedbackLastDay, now < @event.FeedbackClosesAt, found.Answer, found.AnsweredAtUtc);
    }

    /// <summary>
    /// Whom to contact about a survey link that worked and has expired; null for any other link (unknown links stay
    /// indistinguishable, and a working link is not expired).
    /// </summary>
    public async Task<ExpiredLink?> ExpiredAsync(string token, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        var hash = PersonalLinkTokens.Hash(token);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await db.FeedbackRequests.Where(r => r.TokenHash == hash).Select(r => r.Event).SingleOrDefaultAsync(ct);
        return found is not null && IsExpired(found.FeedbackClosesAt, time.GetUtcNow().UtcDateTime)
            ? new ExpiredLink(found.OrganiserName, found.OrganiserEmail)
            : null;
    }

    /// <summary>The language of the person a survey link was sent to, or null for an unknown link (one small query).</summary>
    public async Task<Language?> LanguageAsync(string token, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        var hash = PersonalLinkTokens.Hash(token);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.FeedbackRequests.Where(r => r.TokenHash == hash).Select(r => (Language?)r.Invitation.Language).SingleOrDefaultAsync(ct);
    }

    /// <summary>
    /// Records the person's answer, or changes the one they gave: one answer per link. Refused when the link is unknown
    /// or expired, when the survey has closed, or when the input has a problem (<see cref="FeedbackInput.Problems"/>).
    /// </summary>
    public Task<Result> AnswerAsync(string token, FeedbackInput input, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return Task.FromResult(Result.Failure(FeedbackErrors.NotFound));
        }

        if (input.Problems().Count > 0)
        {
            return Task.FromResult(Result.Failure(FeedbackErrors.Invalid));
        }

        var hash = PersonalLinkTokens.Hash(token);
        return dbFactory.WriteAsync(async (db, cancel) =>
        {
            var now = time.GetUtcNow().UtcDateTime;
            await LockRequestAsync(db, hash, cancel);
            var request = await db.FeedbackRequests.Include(r => r.Answer).Include(r => r.Event)
                .SingleOrDefaultAsync(r => r.TokenHash == hash, cancel);
            if (request is null || IsExpired(request.Event.FeedbackClosesAt, now))
            {
                return Result.Failure(FeedbackErrors.NotFound);
            }

            if (now >= request.Event.FeedbackClosesAt)
            {
                return Result.Failure(FeedbackErrors.Closed);
            }

            if (request.Answer is { } answer)
            {
                answer.Change(input, now);
            }
            else
            {
                var sector = await db.Invitations.Where(i => i.Id == request.InvitationId)
                    .Select(i => i.Organisation == null ? null : (Directory.Sector?)i.Organisation.Sector)
                    .SingleAsync(cancel);
                db.FeedbackAnswers.Add(new FeedbackAnswer(request, sector, input, now));
            }

            return Result.Success();
        }, ct);
    }

    /// <summary>
    /// Two posts of one form (a double click, a second tab) must not both find no answer and both add one — the second
    /// would break the one-answer index. On PostgreSQL (READ COMMITTED) the second post waits here on the request's row
    /// and then finds the first one's answer to change; SQLite's one writer at a time does so already.
    /// </summary>
    private static async Task LockRequestAsync(EventHubDbContext db, string tokenHash, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"""SELECT 1 FROM "FeedbackRequests" WHERE "TokenHash" = {tokenHash} FOR NO KEY UPDATE""", ct);
        }
    }

    private bool IsExpired(DateTime closesAtUtc, DateTime nowUtc) => nowUtc >= closesAtUtc.AddDays(linkOptions.Value.FeedbackDaysAfterClose);
}

/// <summary>
/// What the survey page shows: the event, whom to greet and in which language, until when the survey is open, and the
/// answer given so far (null before the first).
/// </summary>
public sealed record FeedbackSurveyView(
    int RequestId,
    string EventTitle,
    Language EventLanguage,
    DateTime EventStartUtc,
    DateTime EventEndUtc,
    string TimeZoneId,
    string FirstName,
    Language Language,
    DateTime ClosesAtUtc,
    DateOnly LastDay,
    bool IsOpen,
    FeedbackInput? Answer,
    DateTime? AnsweredAtUtc);
