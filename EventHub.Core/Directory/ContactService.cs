using System.Globalization;
using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Directory;

/// <summary>Keeping the directory's contacts: list, read, create, edit, move, archive.</summary>
public sealed class ContactService(IDbContextFactory<EventHubDbContext> dbFactory, TimeProvider time)
{
    public async Task<Paged<ContactRow>> ListAsync(ContactQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var filtered = query.Apply(db.Contacts);
        var total = await filtered.CountAsync(ct);
        var rows = await query.Order(filtered)
            .Skip(query.Page * query.PageSize)
            .Take(query.PageSize)
            .Select(c => new ContactRow(
                c.Id,
                c.FirstName,
                c.LastName,
                c.Email,
                c.OrganisationId,
                c.Organisation != null ? c.Organisation.Name : null,
                c.Organisation != null ? c.Organisation.Sector : null,
                c.JobTitle,
                c.Phone,
                c.PreferredLanguage,
                c.IsArchived))
            .ToListAsync(ct);
        return new Paged<ContactRow>(rows, total);
    }

    public async Task<ContactDetails?> GetAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var contact = await db.Contacts.AsNoTracking()
            .Include(c => c.Organisation)
            .Include(c => c.Affiliations).ThenInclude(a => a.Organisation)
            .SingleOrDefaultAsync(c => c.Id == id, ct);
        if (contact is null)
        {
            return null;
        }

        var history = contact.Affiliations
            .OrderByDescending(a => a.StartedAtUtc)
            .Select(a => new Membership(a.OrganisationId, a.Organisation.Name, a.StartedAtUtc, a.EndedAtUtc))
            .ToList();
        return new ContactDetails(contact, history);
    }

    /// <summary>
    /// Contacts already in the directory under the same name (case, accents, spaces and punctuation aside), archived ones
    /// too, at most <paramref name="max"/>: the contact form names them, so that nobody is entered twice under two
    /// addresses. Saving is not refused: two people may share a name.
    /// </summary>
    public async Task<IReadOnlyList<NameMatch>> SameNameAsync(string? firstName, string? lastName, int? exceptId, int max = 3, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(firstName) || string.IsNullOrWhiteSpace(lastName))
        {
            return [];
        }

        var key = TextNormalizer.ForMatching(firstName.Trim() + lastName.Trim());
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Contacts.AsNoTracking()
            .Where(c => c.NameKey == key && c.MergedIntoId == null && c.Id != exceptId)
            .OrderBy(c => c.IsArchived).ThenBy(c => c.Id)
            .Take(max)
            .Select(c => new NameMatch(c.Id, c.FirstName + " " + c.LastName, c.Organisation != null ? c.Organisation.Name : null, c.IsArchived))
            .ToListAsync(ct);
    }

    public async Task<Result<int>> CreateAsync(ContactInput input, TeamMember caller, CancellationToken ct = default)
    {
        if (!caller.IsOrganiser)
        {
            return Result<int>.Failure(AccessErrors.NotAllowed);
        }

        if (DirectoryRules.Check(input) is [var invalid, ..])
        {
            return Result<int>.Failure(invalid.Code, invalid.Detail);
        }

        return await dbFactory.WriteAsync(async (db, token) =>
        {
            if (await FindByEmailAsync(db, input.Email, exceptId: null, token) is { } existing)
            {
                return Result<int>.Failure(DirectoryErrors.DuplicateEmail, existing.ToString(CultureInfo.InvariantCulture));
            }

            var organisation = await OrganisationForAsync(db, input.OrganisationId, token);
            if (organisation is { Succeeded: false })
            {
                return Result<int>.Failure(organisation.ErrorCode!);
            }

            var now = time.GetUtcNow().UtcDateTime;
            var contact = new Contact(input.FirstName, input.LastName, input.Email, input.PreferredLanguage, now);
            contact.Describe(input.Phone, input.JobTitle);
            contact.MoveTo(organisation?.Value, now);
            db.Contacts.Add(contact);
            await db.SaveChangesAsync(token);
            return Result<int>.Success(contact.Id);
        }, ct);
    }

    /// <summary>
    /// Changes the contact's details; a different organisation is a move, and the old membership stays in the history.
    /// A form opened before another organiser's save is refused (<see cref="DirectoryErrors.ChangedMeanwhile"/>).
    /// </summary>
    public async Task<Result> UpdateAsync(int id, ContactInput input, TeamMember caller, CancellationToken ct = default)
    {
        if (!caller.IsOrganiser)
        {
            return Result.Failure(AccessErrors.NotAllowed);
        }

        if (DirectoryRules.Check(input) is [var invalid, ..])
        {
            return Result.Failure(invalid.Code, invalid.Detail);
        }

        return await dbFactory.WriteAsync(async (db, token) =>
        {
            // Two organisers saving at once on PostgreSQL: the second reads the first's save, and the check below holds.
            await RowLocks.LockAsync<Contact>(db, id, token);
            var contact = await db.Contacts.Include(c => c.Organisation).Include(c => c.Affiliations).SingleOrDefaultAsync(c => c.Id == id, token);
            if (contact is null)
            {
                return Result.Failure(DirectoryErrors.NotFound);
            }

            if (contact.MergedIntoId is not null)
            {
                return Result.Failure(DirectoryErrors.MergedRecord);
            }

            // Opened before another organiser saved it: saving would silently put back what they changed.
            if (input.StartedFrom is { } startedFrom && contact.EditedState != startedFrom)
            {
                return Result.Failure(DirectoryErrors.ChangedMeanwhile);
            }

            if (await FindByEmailAsync(db, input.Email, exceptId: id, token) is { } existing)
            {
                return Result.Failure(DirectoryErrors.DuplicateEmail, existing.ToString(CultureInfo.InvariantCulture));
            }

            var now = time.GetUtcNow().UtcDateTime;
            if (input.OrganisationId != contact.OrganisationId)
            {
                var organisation = await OrganisationForAsync(db, input.OrganisationId, token);
                if (organisation is { Succeeded: false })
                {
                    return Result.Failure(organisation.ErrorCode!);
                }

                contact.MoveTo(organisation?.Value, now);
            }

            contact.Rename(input.FirstName, input.LastName);
            contact.ChangeEmail(input.Email);
            contact.Describe(input.Phone, input.JobTitle);
            contact.PreferLanguage(input.PreferredLanguage);
            contact.Touch(now);
            return Result.Success();
        }, ct);
    }

    public Task<Result> ArchiveAsync(int id, TeamMember caller, CancellationToken ct = default) => ChangeAsync(id, caller, contact => contact.Archive(), ct);

    public Task<Result> RestoreAsync(int id, TeamMember caller, CancellationToken ct = default) => ChangeAsync(id, caller, contact => contact.Restore(), ct);

    private Task<Result> ChangeAsync(int id, TeamMember caller, Action<Contact> change, CancellationToken ct) =>
        !caller.IsOrganiser ? Task.FromResult(Result.Failure(AccessErrors.NotAllowed)) : dbFactory.WriteAsync(async (db, token) =>
        {
            var contact = await db.Contacts.SingleOrDefaultAsync(c => c.Id == id, token);
            if (contact is null)
            {
                return Result.Failure(DirectoryErrors.NotFound);
            }

            if (contact.MergedIntoId is not null)
            {
                return Result.Failure(DirectoryErrors.MergedRecord);
            }

            change(contact);
            contact.Touch(time.GetUtcNow().UtcDateTime);
            return Result.Success();
        }, ct);

    /// <summary>No organisation (an independent resident), or a live, active one.</summary>
    private static async Task<Result<Organisation>?> OrganisationForAsync(EventHubDbContext db, int? organisationId, CancellationToken ct)
    {
        if (organisationId is not { } id)
        {
            return null;
        }

        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id && o.MergedIntoId == null, ct);
        return organisation switch
        {
            null => Result<Organisation>.Failure(DirectoryErrors.NotFound),
            { IsArchived: true } => Result<Organisation>.Failure(DirectoryErrors.OrganisationArchived),
            _ => Result<Organisation>.Success(organisation),
        };
    }

    private static async Task<int?> FindByEmailAsync(EventHubDbContext db, string email, int? exceptId, CancellationToken ct)
    {
        var normalized = TextNormalizer.ForEmail(email);
        return await db.Contacts
            .Where(c => c.NormalizedEmail == normalized && c.MergedIntoId == null && c.Id != exceptId)
            .Select(c => (int?)c.Id)
            .FirstOrDefaultAsync(ct);
    }
}

/// <summary>A period of membership as the contact's page shows it.</summary>
public sealed record Membership(int OrganisationId, string OrganisationName, DateTime StartedAtUtc, DateTime? EndedAtUtc);

/// <summary>A contact with their membership history, newest first.</summary>
public sealed record ContactDetails(Contact Contact, IReadOnlyList<Membership> History);

/// <summary>A contact with the name being typed for another (<see cref="ContactService.SameNameAsync"/>).</summary>
public sealed record NameMatch(int Id, string Name, string? OrganisationName, bool IsArchived);
