using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Invitations;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Door;

/// <summary>
/// Someone at the door who was not invited: their name, their organisation (an existing one, or a new one with its
/// sector) and, if they give it, their email address.
/// </summary>
public sealed record WalkIn(
    string FirstName,
    string LastName,
    string? Email,
    int? OrganisationId,
    string? NewOrganisationName = null,
    Sector? NewOrganisationSector = null,
    SubSector? NewOrganisationSubSector = null,
    Language Language = Language.Nl);

/// <summary>An organisation the door can pick for a walk-in: name and sector only.</summary>
public sealed record DoorOrganisation(int Id, string Name, Sector Sector);

/// <summary>
/// The one narrow directory operation door staff have: register a walk-in. It adds the person to the directory
/// (marked as met at the door, <see cref="ContactSource.Door"/>) with a walk-in invitation, checked in at once, so they
/// count in attendance and the sector balance. Someone already invited is checked in (or admitted) on their own
/// invitation instead; sending the same registration twice (a double tap, an offline desk's replay) registers once.
/// </summary>
public sealed class WalkInService(IDbContextFactory<EventHubDbContext> dbFactory, CheckInService checkIns, SessionDoorService sessionDoors,
    TimeProvider time)
{
    /// <summary>The first key of the PostgreSQL advisory lock that takes an event's walk-in registrations one at a time.</summary>
    private const int RegistrationLock = 0x57414C4B; // "WALK"

    /// <summary>Organisations whose name contains <paramref name="text"/>, for the walk-in form (at most <paramref name="max"/>).</summary>
    public async Task<IReadOnlyList<DoorOrganisation>> FindOrganisationsAsync(int eventId, string? text, TeamMember member, int max = 8,
        CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length < 2)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await DoorEvents.DenyAsync(db, eventId, member, time.GetUtcNow().UtcDateTime, ct) is not null)
        {
            return [];
        }

        var name = TextNormalizer.ForUniqueness(text);
        return await db.Organisations.Where(o => !o.IsArchived && o.MergedIntoId == null && o.NormalizedName.Contains(name))
            .OrderBy(o => o.Name).Take(max)
            .Select(o => new DoorOrganisation(o.Id, o.Name, o.Sector))
            .ToListAsync(ct);
    }

    /// <summary>
    /// Registers the walk-in and checks them in, in one transaction. With the desk's <paramref name="operation"/> (every
    /// registration from a desk carries one) sending it again — a double tap, a reply that came too late, an offline
    /// desk's replay — answers the first registration instead of making a second. At a session's door
    /// (<paramref name="sessionId"/>) the walk-in goes into that room too, counted in its places as someone let in there.
    /// </summary>
    public async Task<Result<DoorAnswer>> RegisterAsync(int eventId, WalkIn walkIn, TeamMember member, DoorOperation? operation = null,
        int? sessionId = null, CancellationToken ct = default)
    {
        if (Check(walkIn) is { } invalid)
        {
            return Result<DoorAnswer>.Failure(invalid);
        }

        // Checked in through the same claim as every check-in: an invited person who was not expected is admitted
        // (door staff chose to let them in).
        var registered = await checkIns.AnswerAsync(eventId, admit: true, member, operation,
            (db, token) => InvitationOfAsync(db, eventId, walkIn, operation, token), ct);
        if (sessionId is not { } session || registered is not { Succeeded: true, Value: { Kind: DoorAnswerKind.CheckedIn or DoorAnswerKind.AlreadyIn, Guest: { } guest } })
        {
            return registered;
        }

        // In at the event now (or before); sent again, the session counts them once too.
        return await sessionDoors.AdmitAsync(eventId, session, guest.InvitationId, member, operation, ct);
    }

    /// <summary>
    /// The invitation the walk-in comes in on: the one this operation registered before; their own, when their email
    /// address is someone's who was invited; otherwise a new walk-in registration — on the invitation they already
    /// had when it was never sent, was cancelled (also an undone walk-in) or passed to a colleague (one person, one
    /// invitation per event), or a new one for a new or known contact.
    /// </summary>
    private async Task<Result<int?>> InvitationOfAsync(EventHubDbContext db, int eventId, WalkIn walkIn, DoorOperation? operation, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (db.Database.IsNpgsql())
        {
            // One registration at a time per event, as SQLite's one writer does: two desks registering one person at
            // the same moment would both find no one, and the second insert would fail on the unique email address.
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({RegistrationLock}, {eventId})", ct);
        }

        if (operation is not null && await db.Invitations.Where(i => i.EventId == eventId && i.CheckInOperationId == operation.Id)
                .Select(i => (int?)i.Id).SingleOrDefaultAsync(ct) is { } replayed)
        {
            return Result<int?>.Success(replayed);
        }

        var contact = await ExistingContactAsync(db, walkIn.Email, ct);
        if (contact is not null && await db.Invitations.SingleOrDefaultAsync(i => i.EventId == eventId && i.ContactId == contact.Id, ct) is { } had)
        {
            if (had.Status is InvitationStatus.Listed or InvitationStatus.Cancelled or InvitationStatus.Substituted)
            {
                had.RegisterWalkIn(now);
                await db.SaveChangesAsync(ct);
            }

            return Result<int?>.Success(had.Id);
        }

        if (contact is null)
        {
            var organisation = await OrganisationAsync(db, walkIn, now, ct);
            if (!organisation.Succeeded)
            {
                return Result<int?>.Failure(organisation.ErrorCode!);
            }

            contact = new Contact(walkIn.FirstName, walkIn.LastName,
                string.IsNullOrWhiteSpace(walkIn.Email) ? Contact.NoEmail() : walkIn.Email, walkIn.Language, now);
            contact.CameFrom(ContactSource.Door);
            contact.MoveTo(organisation.Value, now);
            db.Contacts.Add(contact);
        }

        var @event = await db.Events.SingleAsync(e => e.Id == eventId, ct);
        var invitation = new Invitation(@event, contact, now);
        invitation.RegisterWalkIn(now);
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(ct);
        return Result<int?>.Success(invitation.Id);
    }

    private static string? Check(WalkIn walkIn)
    {
        if (string.IsNullOrWhiteSpace(walkIn.FirstName) || string.IsNullOrWhiteSpace(walkIn.LastName))
        {
            return DoorErrors.NameRequired;
        }

        if (walkIn.FirstName.Trim().Length > Contact.NameMaxLength || walkIn.LastName.Trim().Length > Contact.NameMaxLength)
        {
            return DoorErrors.NameTooLong;
        }

        if (!string.IsNullOrWhiteSpace(walkIn.Email) && (walkIn.Email.Trim().Length > Contact.EmailMaxLength || !EmailAddresses.IsValid(walkIn.Email)))
        {
            return DoorErrors.EmailInvalid;
        }

        if (walkIn.OrganisationId is null && !string.IsNullOrWhiteSpace(walkIn.NewOrganisationName) && walkIn.NewOrganisationSector is null)
        {
            return DoorErrors.OrganisationRequired;
        }

        if (walkIn is { NewOrganisationSector: { } sector, NewOrganisationSubSector: { } subSector } && !SectorTaxonomy.Belongs(subSector, sector))
        {
            return DoorErrors.SubSectorMismatch;
        }

        return null;
    }

    private static Task<Contact?> ExistingContactAsync(EventHubDbContext db, string? email, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return Task.FromResult<Contact?>(null);
        }

        var normalized = TextNormalizer.ForEmail(email);
        return db.Contacts.Where(c => c.NormalizedEmail == normalized && c.AnonymisedAtUtc == null).FirstOrDefaultAsync(ct);
    }

    /// <summary>The walk-in's organisation: the one picked, the existing one a new name matches, a new one, or none (an independent resident).</summary>
    private static async Task<Result<Organisation?>> OrganisationAsync(EventHubDbContext db, WalkIn walkIn, DateTime nowUtc, CancellationToken ct)
    {
        if (walkIn.OrganisationId is { } id)
        {
            var picked = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id && !o.IsArchived, ct);
            return picked is null ? Result<Organisation?>.Failure(DoorErrors.OrganisationNotFound) : Result<Organisation?>.Success(picked);
        }

        if (string.IsNullOrWhiteSpace(walkIn.NewOrganisationName))
        {
            return Result<Organisation?>.Success(null);
        }

        var name = TextNormalizer.ForUniqueness(walkIn.NewOrganisationName);
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.NormalizedName == name && o.MergedIntoId == null, ct);
        if (organisation is null)
        {
            organisation = new Organisation(walkIn.NewOrganisationName, walkIn.NewOrganisationSector!.Value, walkIn.NewOrganisationSubSector, nowUtc);
            db.Organisations.Add(organisation);
        }

        return Result<Organisation?>.Success(organisation);
    }
}
