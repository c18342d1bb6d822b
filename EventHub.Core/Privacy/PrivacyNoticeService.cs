using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Invitations;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Privacy;

/// <summary>One published version of the privacy notice, as the admin's list shows it.</summary>
public sealed record PrivacyNoticeVersion(string Version, string TextEn, string TextNl, DataController? Controller, DateTime PublishedAtUtc, string PublishedBy, bool IsCurrent);

/// <summary>
/// The privacy notice partners read on the RSVP page, edited by admins in English and Dutch (Markdown). Publishing an
/// edit makes a new version (named after the day, in the alliance's time zone); every earlier version stays readable,
/// because answers record the version they were given under. Admins only.
/// </summary>
public sealed class PrivacyNoticeService(IDbContextFactory<EventHubDbContext> dbFactory, TimeProvider time)
{
    /// <summary>Every version, newest (the one in force) first.</summary>
    public async Task<Result<IReadOnlyList<PrivacyNoticeVersion>>> ListAsync(TeamMember actor, CancellationToken ct = default)
    {
        if (!actor.IsAdmin)
        {
            return Result<IReadOnlyList<PrivacyNoticeVersion>>.Failure(PrivacyErrors.AdminsOnly);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var notices = await db.PrivacyNotices.AsNoTracking().OrderByDescending(n => n.Id).ToListAsync(ct);
        return Result<IReadOnlyList<PrivacyNoticeVersion>>.Success(notices
            .Select((n, index) => new PrivacyNoticeVersion(n.Version, n.TextEn, n.TextNl, n.Controller, n.PublishedAtUtc, n.PublishedBy, index == 0))
            .ToList());
    }

    /// <summary>Publishes new texts, naming the same controller as the version in force.</summary>
    public Task<Result<string>> PublishAsync(TeamMember actor, string? textEn, string? textNl, CancellationToken ct = default) =>
        PublishAsync(actor, textEn, textNl, controller: null, ct);

    /// <summary>
    /// Publishes the texts and the data controller as a new version, in force from now on; partners acknowledge it before
    /// their next answer. A null controller keeps the one the version in force names.
    /// </summary>
    public async Task<Result<string>> PublishAsync(TeamMember actor, string? textEn, string? textNl, (string? Name, string? Email)? controller,
        CancellationToken ct = default)
    {
        if (!actor.IsAdmin)
        {
            return Result<string>.Failure(PrivacyErrors.AdminsOnly);
        }

        var (en, nl) = (textEn?.Trim() ?? "", textNl?.Trim() ?? "");
        if (en.Length == 0 || nl.Length == 0)
        {
            return Result<string>.Failure(PrivacyErrors.NoticeEmpty);
        }

        if (en.Length > PrivacyNotice.TextMaxLength || nl.Length > PrivacyNotice.TextMaxLength)
        {
            return Result<string>.Failure(PrivacyErrors.NoticeTooLong, PrivacyNotice.TextMaxLength.ToString());
        }

        var named = controller is { } given ? DataControllerRules.Check(given.Name, given.Email) : (null, null);
        if (named.Error is { } invalid)
        {
            return Result<string>.Failure(invalid);
        }

        return await dbFactory.WriteAsync(async (db, token) =>
        {
            var current = await PrivacyNotice.CurrentAsync(db, token);
            var responsible = named.Controller ?? current.Controller;
            if (current.TextEn == en && current.TextNl == nl && current.Controller == responsible)
            {
                return Result<string>.Failure(PrivacyErrors.NoticeUnchanged);
            }

            var now = time.GetUtcNow().UtcDateTime;
            var day = EventTime.ToLocal(now, EventTime.DefaultTimeZoneId).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var taken = await db.PrivacyNotices.Where(n => n.Version.StartsWith(day)).Select(n => n.Version).ToListAsync(token);
            var version = taken.Count == 0 ? day : $"{day}.{taken.Count + 1}";
            db.PrivacyNotices.Add(new PrivacyNotice(version, en, nl, responsible, actor, now));
            return Result<string>.Success(version);
        }, ct);
    }
}
