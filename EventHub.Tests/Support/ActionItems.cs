using EventHub.Core.Accounts;
using EventHub.Core.Actions;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Data;
using EventHub.Core.Events;
using EventHub.Core.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Support;

/// <summary>
/// Builds the world of action follow-up straight through the entities: meetings with a session and themes, partner
/// organisations with a contact, and action items agreed in a session (what the capture screen would have saved).
/// </summary>
public sealed class ActionItems(IDbContextFactory<EventHubDbContext> dbFactory, DateTime nowUtc)
{
    public async Task<Theme> ThemeAsync(string name) => await SaveAsync(new Theme($"{name} {Unique()}"));

    /// <summary>An event on <paramref name="startUtc"/> with one round table, tagged with <paramref name="themes"/>.</summary>
    public async Task<Session> MeetingAsync(string title, DateTime startUtc, params Theme[] themes)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var @event = new Event(title, startUtc, startUtc.AddHours(3));
        @event.HoldAt(null, "https://meet.example.org/alliantie");
        var tracked = await db.Themes.Where(t => themes.Select(x => x.Id).Contains(t.Id)).ToListAsync();
        @event.Tag(tracked);
        var session = @event.AddSession($"Tafel bij {title}", SessionKind.RoundTable, startUtc, startUtc.AddHours(1));
        db.Events.Add(@event);
        await db.SaveChangesAsync();
        return session;
    }

    /// <summary>A partner organisation with one contact who prefers <paramref name="language"/>.</summary>
    public async Task<(Organisation Organisation, Contact Contact)> PartnerAsync(string name, Language language = Language.En)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var organisation = new Organisation($"{name} {Unique()}", Sector.Education, null, nowUtc);
        var slug = Unique();
        var contact = new Contact("Sanne", "de Wit", $"sanne.{slug}@partner.example", language, nowUtc);
        db.Organisations.Add(organisation);
        db.Contacts.Add(contact);
        contact.MoveTo(organisation, nowUtc);
        await db.SaveChangesAsync();
        return (organisation, contact);
    }

    public async Task<ActionItem> AddAsync(Session session, string what, Organisation owner, Contact? contact, DateOnly dueOn,
        ActionItemStatus status = ActionItemStatus.Open)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var item = new ActionItem(
            await db.Sessions.SingleAsync(s => s.Id == session.Id),
            what,
            await db.Organisations.SingleAsync(o => o.Id == owner.Id),
            contact is null ? null : await db.Contacts.SingleAsync(c => c.Id == contact.Id),
            dueOn,
            nowUtc);
        if (status != ActionItemStatus.Open)
        {
            item.Progress(status, null, ActionUpdateSource.Team, Staff.Facilitator, null, nowUtc);
        }

        db.ActionItems.Add(item);
        await db.SaveChangesAsync();
        return item;
    }

    /// <summary>Gives the item an owner link, as an email would, and returns its token.</summary>
    public async Task<string> LinkAsync(ActionItem item)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var tracked = await db.ActionItems.SingleAsync(a => a.Id == item.Id);
        var token = PersonalLinkTokens.NewToken();
        tracked.IssueOwnerLink(PersonalLinkTokens.Hash(token));
        await db.SaveChangesAsync();
        return token;
    }

    /// <summary>The session's outcome names these themes (instead of the event's).</summary>
    public async Task OutcomeThemesAsync(Session session, params Theme[] themes)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var outcome = new SessionOutcome(await db.Sessions.SingleAsync(s => s.Id == session.Id), nowUtc);
        var ids = themes.Select(t => t.Id).ToList();
        outcome.Write(null, [], await db.Themes.Where(t => ids.Contains(t.Id)).ToListAsync(), []);
        db.SessionOutcomes.Add(outcome);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// <paramref name="member"/> facilitates <paramref name="session"/> (their account made first when this world has
    /// none yet): facilitators change only the items of their own sessions.
    /// </summary>
    public async Task FacilitatedByAsync(Session session, TeamMember member)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == member.UserId);
        if (user is null)
        {
            var email = $"{member.UserId}@eventhub.example";
            user = new AppUser { Id = member.UserId, UserName = email, Email = email, DisplayName = member.DisplayName };
            db.Users.Add(user);
        }

        var tracked = await db.Sessions.Include(s => s.Facilitators).SingleAsync(s => s.Id == session.Id);
        tracked.AssignFacilitators(tracked.Facilitators.Append(user).ToList());
        await db.SaveChangesAsync();
    }

    /// <summary>The contact is invited to the event of <paramref name="session"/> (not yet sent: on the invite list).</summary>
    public async Task InviteAsync(Session session, Contact contact)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        db.Invitations.Add(new EventHub.Core.Invitations.Invitation(
            await db.Events.SingleAsync(e => e.Id == session.EventId), await db.Contacts.SingleAsync(c => c.Id == contact.Id), nowUtc));
        await db.SaveChangesAsync();
    }

    // Names are unique in the directory; the end-to-end tests share one database.
    private static string Unique() => Guid.NewGuid().ToString("N")[..6];

    private async Task<T> SaveAsync<T>(T entity)
        where T : class
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        db.Add(entity);
        await db.SaveChangesAsync();
        return entity;
    }
}
