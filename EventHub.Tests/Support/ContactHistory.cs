using EventHub.Core.Actions;
using EventHub.Core.Directory;
using EventHub.Core.Invitations;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Support;

/// <summary>
/// A contact with something of every kind EventHub keeps about a person, in an <see cref="InvitationScenario"/>: the
/// first invitee (a job title and phone, at an organisation) accepted with a session and needs, was checked in, owns an
/// action item from the event's session, named a delegate (the second invitee) and a colleague who waits for approval,
/// and got the invitation and confirmation emails.
/// </summary>
public sealed record ContactHistory(int ContactId, int InvitationId, int ActionItemId, string OwnerToken)
{
    public const string JobTitle = "Coördinator <b>Onderwijs</b>";
    public const string Phone = "050-1234567";
    public const string Dietary = "Gluten-free";
    public const string ActionWhat = "Share the reading list with the libraries";
    public const string Organisation = "Noorderpoort";
    public const string NomineeEmail = "pending.colleague@elsewhere.example";

    public static async Task<ContactHistory> SeedAsync(InvitationScenario scenario)
    {
        var now = scenario.Time.GetUtcNow().UtcDateTime;
        var organisationId = await scenario.PlaceAtOrganisationAsync(Organisation, "example.org", 0);
        var answered = await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted,
            SessionIds: [scenario.SessionIds[0]], Needs: AccessNeeds.QuietRoom, DietaryNeeds: Dietary, PrivacyAccepted: true));
        Assert.True(answered.Succeeded);

        await using var db = await scenario.NewContextAsync();
        var contact = await db.Contacts.SingleAsync(c => c.Email == InvitationScenario.Email(0));
        contact.Describe(Phone, JobTitle);
        var invitations = await db.Invitations.Where(i => i.EventId == scenario.EventId).OrderBy(i => i.ContactId).ToListAsync();
        var own = invitations.Single(i => i.ContactId == contact.Id);
        own.CheckIn(now);
        invitations.Single(i => i.ContactId != contact.Id).NominatedThrough(own.Id);
        db.Nominations.Add(new Nomination(own, NominationKind.Colleague,
            new ContactInput("Pending", "Colleague", NomineeEmail, contact.PreferredLanguage), atOwnDomain: false, now));
        var session = await db.Sessions.SingleAsync(s => s.Id == scenario.SessionIds[0]);
        var item = new ActionItem(session, ActionWhat, await db.Organisations.SingleAsync(o => o.Id == organisationId), contact,
            DateOnly.FromDateTime(now.AddDays(60)), now);
        db.ActionItems.Add(item);
        await db.SaveChangesAsync();
        var token = EventHub.Core.Common.PersonalLinkTokens.NewToken();
        item.IssueOwnerLink(EventHub.Core.Common.PersonalLinkTokens.Hash(token));
        await db.SaveChangesAsync();
        return new ContactHistory(contact.Id, own.Id, item.Id, token);
    }
}
