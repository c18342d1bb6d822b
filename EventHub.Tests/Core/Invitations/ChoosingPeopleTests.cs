using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Core.Invitations;

/// <summary>Choosing whom to invite: the dialog's candidates with their state, and Core adding exactly the ticked people.</summary>
public class ChoosingPeopleTests
{
    [Fact]
    public async Task Candidates_AreMarkedAddableDoNotInviteOrOnTheList_AndAddingTakesOnlyTheTickedWhoMayBeAdded()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var ids = await SeedSchoolAsync(scenario);
        var invitations = scenario.Invitations;

        var candidates = await invitations.CandidatesAsync(scenario.EventId, new ContactQuery(Sector: Sector.Education));
        // The organiser unticks Bram; the do-not-invite and already-invited people are sent too, as a tampered form would.
        var added = await invitations.AddAsync(scenario.EventId, [ids["Anna"], ids["Cor"], ids["Dirk"], ids["Partner"]], Staff.Organiser);
        var again = await invitations.AddAsync(scenario.EventId, [ids["Anna"], ids["Cor"]], Staff.Organiser);

        Assert.Equal(
            [("Partner", CandidateState.AlreadyOnList), ("Anna", CandidateState.Addable), ("Bram", CandidateState.Addable), ("Cor", CandidateState.Addable), ("Dirk", CandidateState.DoNotInvite)],
            // By last name: "Partner 000" before the Jansens.
            candidates.Select(c => (c.Name.Split(' ')[0], c.State)));
        Assert.All(candidates, c => Assert.Equal(Sector.Education, c.Sector));
        Assert.Equal(2, added.Value);
        Assert.Equal(0, again.Value);
        await using var db = await scenario.NewContextAsync();
        var listed = await db.Invitations.Where(i => i.EventId == scenario.EventId).Select(i => i.Contact.FirstName).OrderBy(n => n).ToListAsync();
        Assert.Equal(["Anna", "Cor", "Partner"], listed);
    }

    [Fact]
    public async Task Candidates_ForEveryoneWhoAttended_ComeFromTheGivenIds()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var ids = await SeedSchoolAsync(scenario);

        var candidates = await scenario.Invitations.CandidatesAsync(scenario.EventId, [ids["Bram"], ids["Partner"]]);

        Assert.Equal([(ids["Partner"], CandidateState.AlreadyOnList), (ids["Bram"], CandidateState.Addable)], candidates.Select(c => (c.ContactId, c.State)));
    }

    /// <summary>A school (education) with Anna, Bram, Cor and Dirk (who asked not to be invited), and the scenario's partner moved there.</summary>
    [Fact]
    public async Task Candidates_AreFiledAsTheDirectoryFilesThem_DeVriesUnderV_OzdemirAmongTheOs()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 0, capacity: 10);
        await using (var db = await scenario.NewContextAsync())
        {
            var now = scenario.Time.GetUtcNow().UtcDateTime;
            var library = new Organisation("Bibliotheek Zuid", Sector.CivilSociety, null, now);
            db.Organisations.Add(library);
            var people = new[] { ("Tom", "Zijlstra"), ("Ömer", "Özdemir"), ("Els", "de Vries"), ("Piet", "Bakker") }
                .Select(p => new Contact(p.Item1, p.Item2, $"{p.Item1.ToLowerInvariant()}@bibliotheek.example", Language.Nl, now)).ToList();
            db.Contacts.AddRange(people);
            await db.SaveChangesAsync();
            people.ForEach(c => c.MoveTo(library, now));
            await db.SaveChangesAsync();
        }

        var candidates = await scenario.Invitations.CandidatesAsync(scenario.EventId, new ContactQuery(Sector: Sector.CivilSociety));

        Assert.Equal(["Piet Bakker", "Ömer Özdemir", "Els de Vries", "Tom Zijlstra"], candidates.Select(c => c.Name));
    }

    private static async Task<Dictionary<string, int>> SeedSchoolAsync(InvitationScenario scenario)
    {
        await using var db = await scenario.NewContextAsync();
        var now = scenario.Time.GetUtcNow().UtcDateTime;
        var school = new Organisation("Noorderpoort", Sector.Education, null, now);
        db.Organisations.Add(school);
        var people = new[] { "Anna", "Bram", "Cor", "Dirk" }.Select(n => new Contact(n, "Jansen", $"{n.ToLowerInvariant()}@noorderpoort.example", Language.Nl, now)).ToList();
        db.Contacts.AddRange(people);
        people[3].ObjectToInvitations(now);
        var partner = await db.Contacts.Include(c => c.Affiliations).SingleAsync(c => c.FirstName == "Partner");
        await db.SaveChangesAsync();
        foreach (var contact in people.Append(partner))
        {
            contact.MoveTo(school, now);
        }

        await db.SaveChangesAsync();
        return people.Append(partner).ToDictionary(c => c.FirstName, c => c.Id);
    }
}
