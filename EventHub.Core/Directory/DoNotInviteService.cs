using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Directory;

/// <summary>What the "stop inviting me" page shows for one link.</summary>
public sealed record StopInvitingView(string FirstName, bool AlreadyStopped);

/// <summary>
/// The right to object (GDPR art. 21): a partner opens the "stop inviting me" link from any email and confirms, or tells
/// an organiser, who records it (<see cref="RecordAsync"/>); the contact then carries a do-not-invite mark that every way of adding people respects and that an import never clears.
/// Organisers lift it only when the person asked for that.
/// </summary>
public sealed class DoNotInviteService(IDbContextFactory<EventHubDbContext> dbFactory, TimeProvider time)
{
    /// <summary>The organiser did not confirm that the person asked to be invited again.</summary>
    public const string PersonDidNotAsk = "Privacy.PersonDidNotAsk";

    /// <summary>The contact behind a link, or null for a link that opens nothing (unknown, or the contact was anonymised).</summary>
    public async Task<StopInvitingView?> GetAsync(string token, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await OfLink(db, token)
            .Select(c => new StopInvitingView(c.FirstName, c.DoNotInviteSinceUtc != null))
            .SingleOrDefaultAsync(ct);
    }

    /// <summary>The language of the person a link was sent to, for the page's language before it renders.</summary>
    public async Task<Language?> LanguageAsync(string token, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await OfLink(db, token).Select(c => (Language?)c.PreferredLanguage).SingleOrDefaultAsync(ct);
    }

    /// <summary>The person confirmed: from now on they are left out of every invitation. Confirming again changes nothing.</summary>
    public Task<Result> StopAsync(string token, CancellationToken ct = default) =>
        dbFactory.WriteAsync(async (db, t) =>
        {
            var contact = await OfLink(db, token).SingleOrDefaultAsync(t);
            if (contact is null)
            {
                return Result.Failure(DirectoryErrors.NotFound);
            }

            var now = time.GetUtcNow().UtcDateTime;
            contact.ObjectToInvitations(now);
            // A link from before a merge (or several, A into B into C): every record on the way is marked, and above
            // all the one that carries on, the record people are added from.
            var seen = new HashSet<int> { contact.Id };
            while (contact.MergedIntoId is { } survivorId && seen.Add(survivorId)
                && await db.Contacts.SingleOrDefaultAsync(c => c.Id == survivorId, t) is { } survivor)
            {
                survivor.ObjectToInvitations(now);
                contact = survivor;
            }

            return Result.Success();
        }, ct);

    /// <summary>
    /// The person objected to an organiser instead (on the phone, in an email, at the door): the organiser records it, and
    /// from then on it holds as if the person had used their link. Recording it again changes nothing.
    /// </summary>
    public Task<Result> RecordAsync(int contactId, TeamMember caller, CancellationToken ct = default) =>
        !caller.IsOrganiser ? Task.FromResult(Result.Failure(AccessErrors.NotAllowed)) : dbFactory.WriteAsync(async (db, t) =>
        {
            var contact = await db.Contacts.SingleOrDefaultAsync(c => c.Id == contactId && c.AnonymisedAtUtc == null && c.MergedIntoId == null, t);
            if (contact is null)
            {
                return Result.Failure(DirectoryErrors.NotFound);
            }

            var now = time.GetUtcNow().UtcDateTime;
            contact.ObjectToInvitations(now);
            contact.Touch(now);
            return Result.Success();
        }, ct);

    /// <summary>Lifts the mark; only when the organiser confirms the person asked to be invited again.</summary>
    public Task<Result> LiftAsync(int contactId, bool personAsked, TeamMember caller, CancellationToken ct = default) =>
        !caller.IsOrganiser ? Task.FromResult(Result.Failure(AccessErrors.NotAllowed)) : dbFactory.WriteAsync(async (db, t) =>
        {
            if (!personAsked)
            {
                return Result.Failure(PersonDidNotAsk);
            }

            var contact = await db.Contacts.SingleOrDefaultAsync(c => c.Id == contactId && c.AnonymisedAtUtc == null, t);
            if (contact is null)
            {
                return Result.Failure(DirectoryErrors.NotFound);
            }

            contact.LiftDoNotInvite();
            contact.Touch(time.GetUtcNow().UtcDateTime);
            return Result.Success();
        }, ct);

    private static IQueryable<Contact> OfLink(EventHubDbContext db, string token)
    {
        var hash = PersonalLinkTokens.Hash(token);
        return db.Contacts.Where(c => c.AnonymisedAtUtc == null && c.StopLinks.Any(l => l.TokenHash == hash));
    }
}
