using System.Text.Json;
using Bogus;
using EventHub.Core.Actions;
using EventHub.Core.Directory;
using EventHub.Core.Outcomes;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Core.Outcomes;

/// <summary>Anyone can read a published report: what was learned and agreed, never who said it unless they agreed to be named.</summary>
public class PublicReportTests
{
    private static readonly DateTime Start = new(2026, 10, 15, 17, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task PublicReport_ContainsNoPersonalData_AndNamesOnlyOrganisationsThatAgreed()
    {
        await using var database = await TestDatabase.CreateAsync();
        var faker = new Faker("nl") { Random = new Randomizer(20261015) };
        var people = Enumerable.Range(0, 4).Select(_ => faker.Person).Select(p => (Name: p.FullName, p.Email)).ToList();
        var owner = faker.Name.FirstName();
        var ownerLast = faker.Name.LastName();
        var ownerEmail = faker.Internet.Email(owner, ownerLast);
        var @event = await ReportEvents.CreateAsync(database.DbFactory, "Dialoogavond", Start, organiserName: people[0].Name, organiserEmail: people[0].Email);
        await AssignFacilitatorAsync(database, ReportEvents.SessionId(@event, ReportEvents.RoundTable), people[1]);
        await new RecordedSession()
            .Notes($"{people[2].Name} ({people[2].Email}) told us about the waiting lists.", people[1].Name)
            .Insight("Waiting lists for language courses are too long")
            .Named(StatementKind.Decision, "The library opens a language desk on Saturdays", "Bibliotheek Groningen")
            .Themes("Language")
            .Sector(Sector.Education, 5)
            .Action("Draft a plan for the language desk", "Stichting Taalhuis", new DateOnly(2026, 12, 1), ActionItemStatus.InProgress,
                RecordedSession.Contact(owner, ownerLast, ownerEmail, Start))
            .Final()
            .SaveAsync(database.DbFactory, ReportEvents.SessionId(@event, ReportEvents.RoundTable), Start.AddHours(5));
        await new RecordedSession()
            .Notes("Still being written", people[3].Name)
            .Named(StatementKind.Insight, "Sports clubs reach parents first", "Sportbedrijf Groningen")
            .SaveAsync(database.DbFactory, ReportEvents.SessionId(@event, ReportEvents.Workshop), Start.AddHours(5));
        var reports = EventReportServiceTests.Service(database);
        await reports.SummariseAsync(@event.Id, "Three agreements on language.");
        await reports.PublishAsync(@event.Id);

        var report = await reports.PublicReportAsync(@event.Slug!);

        Assert.NotNull(report);
        var everything = JsonSerializer.Serialize(report);
        foreach (var (name, email) in people.Append(($"{owner} {ownerLast}", ownerEmail)))
        {
            Assert.DoesNotContain(name, everything, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(email, everything, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("waiting lists.", everything); // the notes
        Assert.DoesNotContain("Stichting Taalhuis", everything); // an owner is not a statement's named organisation
        Assert.DoesNotContain("Sportbedrijf", everything); // a draft stays out
        var section = Assert.Single(report.Sections);
        Assert.Equal("Language", section.Theme);
        Assert.Equal(["Bibliotheek Groningen"], Assert.Single(section.Decisions).Organisations);
        Assert.Empty(Assert.Single(section.Insights).Organisations);
        Assert.Equal(new PublicAction("Draft a plan for the language desk", new DateOnly(2026, 12, 1), ActionItemStatus.InProgress), Assert.Single(section.Actions));
        Assert.Equal("Three agreements on language.", report.SummaryMarkdown);
        Assert.Equal(5, report.ParticipantCount);
    }

    private static async Task AssignFacilitatorAsync(TestDatabase database, int sessionId, (string Name, string Email) person)
    {
        await using var db = await database.NewContextAsync();
        var session = await db.Sessions.SingleAsync(s => s.Id == sessionId);
        session.AssignFacilitators([new EventHub.Core.Accounts.AppUser { UserName = person.Email, Email = person.Email, DisplayName = person.Name }]);
        await db.SaveChangesAsync();
    }
}
