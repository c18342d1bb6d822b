using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Support;

/// <summary>Invitations that were sent and then no longer stand: passed on to a colleague, or withdrawn by the organiser.</summary>
public static class InvitationsPassedOn
{
    /// <summary>One person of a new organisation invited, and the invitation passed on to a colleague (as <c>ColleagueInvitations.SubstituteAsync</c> does).</summary>
    public static async Task SubstitutedAsync(IDbContextFactory<EventHubDbContext> dbFactory, Event @event, Sector sector)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var tracked = await db.Events.SingleAsync(e => e.Id == @event.Id);
        var at = tracked.StartUtc.AddDays(-20);
        var organisation = new Organisation($"Subst {Guid.NewGuid():N}", sector, null, at);
        var invitee = Person("Ina", organisation, at);
        var colleague = Person("Col", organisation, at);
        var original = Sent(tracked, invitee, at);
        db.Contacts.AddRange(invitee, colleague);
        db.Invitations.Add(original);
        await db.SaveChangesAsync();
        var substitute = Sent(tracked, colleague, at);
        original.ReplaceBy(substitute);
        db.Invitations.Add(substitute);
        await db.SaveChangesAsync();
    }

    /// <summary>One person of a new organisation invited, and the invitation withdrawn: the organisation's only one.</summary>
    public static async Task WithdrawnAsync(IDbContextFactory<EventHubDbContext> dbFactory, Event @event, Sector sector)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var tracked = await db.Events.SingleAsync(e => e.Id == @event.Id);
        var at = tracked.StartUtc.AddDays(-20);
        var invitation = Sent(tracked, Person("Wim", new Organisation($"Withdrawn {Guid.NewGuid():N}", sector, null, at), at), at);
        invitation.Cancel();
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync();
    }

    private static Contact Person(string firstName, Organisation organisation, DateTime at)
    {
        var contact = new Contact(firstName, "Passed", $"{firstName.ToLowerInvariant()}.{Guid.NewGuid():N}@example.org", Language.En, at);
        contact.MoveTo(organisation, at);
        return contact;
    }

    private static Invitation Sent(Event @event, Contact contact, DateTime at)
    {
        var invitation = new Invitation(@event, contact, at);
        invitation.Issue($"hash-{Guid.NewGuid():N}", at);
        return invitation;
    }
}
