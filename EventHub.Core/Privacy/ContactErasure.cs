using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Outbox;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Privacy;

/// <summary>
/// Answers an erasure request (GDPR art. 17): anonymises one contact — and the duplicate records merged into it, the same
/// person — in one transaction (<see cref="ContactAnonymiser"/>). Irreversible, so the admin confirms by typing the
/// contact's name. Admins only.
/// </summary>
public sealed class ContactErasure(IDbContextFactory<EventHubDbContext> dbFactory, SiteLinks links, TimeProvider time)
{
    /// <summary>
    /// How many invitations erasing the contact would withdraw (to events still to come), for the dialog to say so
    /// beforehand. Admins only.
    /// </summary>
    public async Task<Result<int>> UpcomingInvitationsAsync(TeamMember actor, int contactId, CancellationToken ct = default)
    {
        if (!actor.IsAdmin)
        {
            return Result<int>.Failure(PrivacyErrors.AdminsOnly);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return Result<int>.Success(await ContactAnonymiser.CountUpcomingAsync(db, [contactId], time.GetUtcNow().UtcDateTime, ct));
    }

    public async Task<Result> EraseAsync(TeamMember actor, int contactId, string? typedName, CancellationToken ct = default)
    {
        if (!actor.IsAdmin)
        {
            return Result.Failure(PrivacyErrors.AdminsOnly);
        }

        return await dbFactory.WriteAsync<Result>(async (db, token) =>
        {
            var contact = await db.Contacts.Where(c => c.Id == contactId)
                .Select(c => new { c.FirstName, c.LastName, c.AnonymisedAtUtc })
                .SingleOrDefaultAsync(token);
            if (contact is null)
            {
                return Result.Failure(PrivacyErrors.ContactNotFound);
            }

            if (contact.AnonymisedAtUtc is not null)
            {
                return Result.Failure(PrivacyErrors.AlreadyErased);
            }

            if (!Confirms(typedName, $"{contact.FirstName} {contact.LastName}"))
            {
                return Result.Failure(PrivacyErrors.NameDoesNotMatch);
            }

            await ContactAnonymiser.AnonymiseAsync(db, links, [contactId], time.GetUtcNow().UtcDateTime, token);
            return Result.Success();
        }, ct);
    }

    /// <summary>The typed name, with spaces and case as the admin happened to type them.</summary>
    public static bool Confirms(string? typedName, string fullName) =>
        string.Equals(Fold(typedName), Fold(fullName), StringComparison.OrdinalIgnoreCase);

    private static string Fold(string? name) => string.Join(' ', (name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
