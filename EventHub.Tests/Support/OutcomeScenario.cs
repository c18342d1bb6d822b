using EventHub.Core.Actions;
using EventHub.Core.Common;
using EventHub.Core.Invitations;
using EventHub.Core.Directory;
using EventHub.Core.Outcomes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Support;

/// <summary>
/// A published event (on a real SQLite file) with two facilitated workshops: Femke chairs Workshop A, Bas chairs
/// Workshop B. Three partners (two from a school, one from the municipality) registered for Workshop A; a fourth,
/// without an organisation, accepted without picking a session. Olga is an organiser.
/// </summary>
public sealed class OutcomeScenario : IAsyncDisposable
{
    private OutcomeScenario(InvitationScenario invitations) => Invitations = invitations;

    public InvitationScenario Invitations { get; }
    public OutcomeService Outcomes => Invitations.Services.GetRequiredService<OutcomeService>();
    public ActionItemService Actions => Invitations.Services.GetRequiredService<ActionItemService>();
    public int WorkshopA => Invitations.SessionIds[0];
    public int WorkshopB => Invitations.SessionIds[1];
    public int WorkshopC => Invitations.SessionIds[2];
    public TeamMember Femke { get; private set; } = default!;
    public TeamMember Bas { get; private set; } = default!;
    public TeamMember Olga { get; } = TeamMember.InRoles("organiser-olga", "Olga Bakker", EventHub.Core.Common.Roles.Organiser);
    public int School { get; private set; }
    public int Municipality { get; private set; }
    public int SchoolContact { get; private set; }
    public int MunicipalityContact { get; private set; }

    public static async Task<OutcomeScenario> CreateAsync(Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? configure = null)
    {
        var scenario = new OutcomeScenario(await InvitationScenario.CreateAsync(invitees: 4, capacity: 20, configure: configure));
        await scenario.SeedAsync();
        return scenario;
    }

    public Task<EventHub.Core.Data.EventHubDbContext> NewContextAsync() => Invitations.NewContextAsync();

    private async Task SeedAsync()
    {
        var now = Invitations.Time.GetUtcNow().UtcDateTime;
        await using (var db = await Invitations.NewContextAsync())
        {
            var femke = SampleEvents.Facilitator("Femke Jansen");
            var bas = SampleEvents.Facilitator("Bas de Vries");
            db.Users.AddRange(femke, bas);
            var school = new Organisation("Noorderpoort College", Sector.Education, null, now);
            var municipality = new Organisation("Gemeente Groningen", Sector.Government, null, now);
            db.Organisations.AddRange(school, municipality);
            var contacts = await db.Contacts.OrderBy(c => c.Email).ToListAsync();
            contacts[0].MoveTo(school, now);
            contacts[1].MoveTo(school, now);
            contacts[2].MoveTo(municipality, now);
            var sessions = await db.Sessions.Include(s => s.Facilitators).OrderBy(s => s.SortOrder).ToListAsync();
            sessions[0].AssignFacilitators([femke]);
            sessions[1].AssignFacilitators([bas]);
            await db.SaveChangesAsync();
            Femke = TeamMember.InRoles(femke.Id, femke.DisplayName, EventHub.Core.Common.Roles.Facilitator);
            Bas = TeamMember.InRoles(bas.Id, bas.DisplayName, EventHub.Core.Common.Roles.Facilitator);
            School = school.Id;
            Municipality = municipality.Id;
            SchoolContact = contacts[0].Id;
            MunicipalityContact = contacts[2].Id;
        }

        for (var i = 0; i < 3; i++)
        {
            await Invitations.Rsvp.RespondAsync(Invitations.TokenOf(i), new RsvpAnswer(InvitationStatus.Accepted, [WorkshopA], PrivacyAccepted: true));
        }

        await Invitations.Rsvp.RespondAsync(Invitations.TokenOf(3), new RsvpAnswer(
            InvitationStatus.Accepted, PrivacyAccepted: true, Needs: AccessNeeds.HearingLoop));
    }

    public ValueTask DisposeAsync() => Invitations.DisposeAsync();
}
