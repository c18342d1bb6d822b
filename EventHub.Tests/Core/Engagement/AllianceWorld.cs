using EventHub.Core.Actions;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Core.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Core.Engagement;

/// <summary>How one invitation ended, for building the alliance's history straight through the entities.</summary>
public enum Took
{
    NoAnswer,
    Declined,
    Accepted,
    Came,
    WalkedIn,
}

/// <summary>
/// A small alliance built through the entities: organisations with one contact each, events with a session and themes,
/// invitations that ended in a given way, and action items created and done at given instants.
/// </summary>
public sealed class AllianceWorld(IDbContextFactory<EventHubDbContext> dbFactory, DateTime nowUtc)
{
    public async Task<(Organisation Organisation, Contact Contact)> OrganisationAsync(string name, Sector sector, SubSector? subSector)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var organisation = new Organisation(name, sector, subSector, nowUtc);
        var contact = new Contact("Sam", name, $"sam@{name.ToLowerInvariant().Replace(' ', '-')}.example", Language.En, nowUtc);
        db.Organisations.Add(organisation);
        db.Contacts.Add(contact);
        contact.MoveTo(organisation, nowUtc);
        await db.SaveChangesAsync();
        return (organisation, contact);
    }

    public async Task<Contact> ContactAsync(string first, string last, Organisation? organisation = null)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var contact = new Contact(first, last, $"{first}.{last}@example.org".ToLowerInvariant(), Language.En, nowUtc);
        db.Contacts.Add(contact);
        if (organisation is not null)
        {
            contact.MoveTo(await db.Organisations.SingleAsync(o => o.Id == organisation.Id), nowUtc);
        }

        await db.SaveChangesAsync();
        return contact;
    }

    /// <summary>A published event with one round table, tagged with the themes named (seeded or new).</summary>
    public async Task<Session> EventAsync(string title, DateTime startUtc, params string[] themes)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var @event = new Event(title, startUtc, startUtc.AddHours(3));
        @event.HoldAt(null, "https://meet.example.org/alliantie");
        @event.Tag(await ThemesAsync(db, themes));
        var session = @event.AddSession($"Tafel {title}", SessionKind.RoundTable, startUtc, startUtc.AddHours(1));
        Assert.True(@event.Publish(startUtc.AddDays(-30), $"{Slugs.For(@event)}-{Guid.NewGuid():N}"[..40]).Succeeded);
        db.Events.Add(@event);
        await db.SaveChangesAsync();
        return session;
    }

    public async Task OutcomeAsync(Session session, params string[] themes)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var outcome = new SessionOutcome(await db.Sessions.SingleAsync(s => s.Id == session.Id), nowUtc);
        outcome.Write(null, [], await ThemesAsync(db, themes), []);
        db.SessionOutcomes.Add(outcome);
        await db.SaveChangesAsync();
    }

    public async Task InviteAsync(Session session, Contact contact, Took took)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var @event = await db.Events.SingleAsync(e => e.Id == session.EventId);
        var invitation = new Invitation(@event, await db.Contacts.SingleAsync(c => c.Id == contact.Id), nowUtc);
        if (took == Took.WalkedIn)
        {
            invitation.RegisterWalkIn(@event.StartUtc);
            invitation.CheckIn(@event.StartUtc);
        }
        else
        {
            invitation.Issue(PersonalLinkTokens.Hash(PersonalLinkTokens.NewToken()), nowUtc);
            if (took is Took.Declined or Took.Accepted or Took.Came)
            {
                invitation.Answer(took == Took.Declined ? InvitationStatus.Declined : InvitationStatus.Accepted, nowUtc);
            }

            if (took == Took.Came)
            {
                invitation.CheckIn(@event.StartUtc);
            }
        }

        db.Invitations.Add(invitation);
        await db.SaveChangesAsync();
    }

    /// <summary>An action item created at <paramref name="createdUtc"/>, done at <paramref name="doneUtc"/> when given (else <paramref name="status"/>).</summary>
    public async Task ActionAsync(Session session, Organisation owner, DateTime createdUtc, DateOnly dueOn, DateTime? doneUtc = null,
        ActionItemStatus status = ActionItemStatus.Open)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var item = new ActionItem(await db.Sessions.SingleAsync(s => s.Id == session.Id), $"Actie {Guid.NewGuid():N}",
            await db.Organisations.SingleAsync(o => o.Id == owner.Id), null, dueOn, createdUtc);
        if (doneUtc is { } done)
        {
            item.Progress(ActionItemStatus.InProgress, null, ActionUpdateSource.Team, EventHub.Core.Common.TeamMember.InRoles("", "Femke"), null, createdUtc.AddHours(1));
            item.Progress(ActionItemStatus.Done, null, ActionUpdateSource.Team, EventHub.Core.Common.TeamMember.InRoles("", "Femke"), null, done);
        }
        else if (status != ActionItemStatus.Open)
        {
            item.Progress(status, null, ActionUpdateSource.Team, EventHub.Core.Common.TeamMember.InRoles("", "Femke"), null, createdUtc);
        }

        db.ActionItems.Add(item);
        await db.SaveChangesAsync();
    }

    private static async Task<List<Theme>> ThemesAsync(EventHubDbContext db, string[] names)
    {
        var themes = await db.Themes.Where(t => names.Contains(t.Name)).ToListAsync();
        foreach (var name in names.Where(n => themes.All(t => t.Name != n)))
        {
            var theme = new Theme(name);
            db.Themes.Add(theme);
            themes.Add(theme);
        }

        return themes;
    }
}
