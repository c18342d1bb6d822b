using EventHub.Core.Directory;
using EventHub.Core.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EventHub.Core.Invitations;

/// <summary>
/// A person who moves to another organisation (or becomes independent) comes for the new one to the meetings still
/// ahead: while a context saves a contact whose organisation changed, their invitations to events that have not ended
/// are moved along in the same save. Invitations to ended events keep the organisation the guest came for, so a past
/// meeting's sector mix stays as it was. An interceptor, because every way a person moves (the directory, an import,
/// a nomination, the door) goes through <see cref="Contact.MoveTo"/> and a save, and the directory does not know
/// invitations.
/// </summary>
internal sealed class InvitationsFollowContacts(TimeProvider time) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && Moved(context) is { Count: > 0 } moved)
        {
            Follow(Ahead(context, moved).ToList());
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && Moved(context) is { Count: > 0 } moved)
        {
            Follow(await Ahead(context, moved).ToListAsync(cancellationToken));
        }

        return result;
    }

    /// <summary>
    /// The saved contacts (already in the database) whose organisation changed. <c>Entries</c> detects changes as the
    /// save will (and not when the context has that switched off, as the save then does not either): one pass, not two,
    /// on every save.
    /// </summary>
    private static List<int> Moved(DbContext context)
    {
        return context.ChangeTracker.Entries<Contact>()
            .Where(e => e.State == EntityState.Modified && e.Property(c => c.OrganisationId).IsModified)
            .Select(e => e.Entity.Id).ToList();
    }

    /// <summary>Their invitations to events that have not ended: neither past their end nor ended early by the organiser.</summary>
    private IQueryable<Invitation> Ahead(DbContext context, List<int> moved)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return context.Set<Invitation>().Where(i => moved.Contains(i.ContactId) && i.Event.EndUtc > now
            && i.Event.Status != EventStatus.Closed && i.Event.Status != EventStatus.Archived);
    }

    // Loaded by the tracking query, each invitation's Contact is the tracked contact that moved.
    private static void Follow(List<Invitation> invitations)
    {
        foreach (var invitation in invitations)
        {
            invitation.FollowContact();
        }
    }
}
