using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Invitations;
using EventHub.Core.Texts;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Invitations;

/// <summary>
/// People registered at the door without an email address: an invitation could never reach them, so the add-people
/// dialog shows them as having no email address and nothing puts them on an invite list or offers them seats.
/// </summary>
public class ContactsWithoutEmailTests
{
    [Fact]
    public async Task AddPeople_AWalkInWhoGaveNoEmail_IsShownWithoutEmail_AndNoWayOfAddingPeopleAddsThem()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var (school, walkIn, colleague) = await SchoolWithAWalkInAsync(scenario);
        var later = await LaterEventAsync(scenario);
        var invitations = scenario.Invitations;

        var shown = await invitations.CandidatesAsync(later, new ContactQuery(OrganisationId: school));
        var chosen = await invitations.AddAsync(later, [walkIn, colleague], Staff.Organiser);
        var byOrganisation = await invitations.AddMatchingAsync(later, new ContactQuery(OrganisationId: school), Staff.Organiser);

        Assert.Equal([(colleague, CandidateState.Addable), (walkIn, CandidateState.NoEmail)], shown.Select(c => (c.ContactId, c.State)));
        Assert.False(shown.Single(c => c.ContactId == walkIn).CanAdd);
        Assert.Equal((1, 0), (chosen.Value, byOrganisation.Value));
        await using var db = await scenario.NewContextAsync();
        Assert.Equal([colleague], await db.Invitations.Where(i => i.EventId == later).Select(i => i.ContactId).ToListAsync());
    }

    [Fact]
    public async Task InvitingAnOrganisation_ThroughAWalkInWhoGaveNoEmail_IsRefusedWithAReason()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var (_, walkIn, _) = await SchoolWithAWalkInAsync(scenario);
        var later = await LaterEventAsync(scenario);

        var offered = await scenario.Services.GetRequiredService<DelegateService>().InviteOrganisationAsync(later, walkIn, seats: 2);

        Assert.Equal(InvitationErrors.NoEmail, offered.ErrorCode);
        Assert.StartsWith("Deze persoon is bij de deur ingeschreven zonder e-mailadres", Localized.Core(Language.Nl)[Localized.ErrorKey(offered.ErrorCode!)]);
        await using var db = await scenario.NewContextAsync();
        Assert.False(await db.Invitations.AnyAsync(i => i.EventId == later));
    }

    /// <summary>A school with Wim, who came in at the door and gave no email address (as the door registers him), and his colleague Anna.</summary>
    private static async Task<(int School, int WalkIn, int Colleague)> SchoolWithAWalkInAsync(InvitationScenario scenario)
    {
        var now = scenario.Time.GetUtcNow().UtcDateTime;
        await using var db = await scenario.NewContextAsync();
        var school = new Organisation("Basisschool De Regenboog", Sector.Education, null, now);
        var walkIn = new Contact("Wim", "Inloper", Contact.NoEmail(), Language.Nl, now);
        var colleague = new Contact("Anna", "Bakker", "anna@regenboog.example", Language.Nl, now);
        walkIn.CameFrom(ContactSource.Door);
        walkIn.MoveTo(school, now);
        colleague.MoveTo(school, now);
        db.AddRange(school, walkIn, colleague);
        await db.SaveChangesAsync();
        return (school.Id, walkIn.Id, colleague.Id);
    }

    private static async Task<int> LaterEventAsync(InvitationScenario scenario)
    {
        await using var db = await scenario.NewContextAsync();
        var start = InvitationScenario.EventStart.AddDays(28);
        var @event = new EventHub.Core.Events.Event("Alliantiedag najaar", start, start.AddHours(3));
        db.Events.Add(@event);
        await db.SaveChangesAsync();
        return @event.Id;
    }
}
