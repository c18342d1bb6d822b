using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Core.Outbox;
using EventHub.Core.Outcomes;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Outcomes;

/// <summary>Two days after an event, the organiser is emailed once about the sessions that still have no final record.</summary>
public class MissingOutcomeFollowUpTests
{
    private static readonly DateTime Start = new(2026, 12, 10, 14, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime End = Start.AddHours(4);

    [Fact]
    public async Task QueueDue_TwoDaysAfterTheEvent_EmailsTheOrganiserOnceListingSessionsWithoutFinalRecord()
    {
        await using var database = await TestDatabase.CreateAsync();
        var @event = await ReportEvents.CreateAsync(database.DbFactory, "Dialoogavond", Start);
        await new RecordedSession().Insight("Done").Final().SaveAsync(database.DbFactory, ReportEvents.SessionId(@event, ReportEvents.RoundTable), End);
        await new RecordedSession().Insight("Half").SaveAsync(database.DbFactory, ReportEvents.SessionId(@event, ReportEvents.Workshop), End);
        var followUp = FollowUp(database);

        database.Time.SetUtcNow(End.AddDays(2).AddMinutes(-1));
        var tooEarly = await followUp.QueueDueAsync();
        database.Time.SetUtcNow(End.AddDays(2));
        var due = await followUp.QueueDueAsync();
        database.Time.SetUtcNow(End.AddDays(3));
        var again = await followUp.QueueDueAsync();

        Assert.Equal((0, 1, 0), (tooEarly, due, again));
        var message = Assert.Single(await MessagesAsync(database));
        Assert.Equal(("olga@example.org", "Olga Bakker"), (message.ToAddress, message.ToName));
        Assert.Equal("Session records still missing: Dialoogavond", message.Subject);
        Assert.Contains($"- {ReportEvents.Opening} (no record yet)\n- {ReportEvents.Workshop} (draft)", message.TextBody);
        Assert.DoesNotContain(ReportEvents.RoundTable, message.TextBody);
        Assert.DoesNotContain("Break", message.TextBody);
        Assert.Contains($"http://localhost:5080/events/{@event.Id}/synthesis", message.TextBody);
        Assert.Equal($"missing-outcomes:{@event.Id}", message.DeduplicationKey);
    }

    [Fact]
    public async Task QueueDue_EveryRecordFinal_SendsNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var @event = await ReportEvents.CreateAsync(database.DbFactory, "Dialoogavond", Start);
        foreach (var title in new[] { ReportEvents.Opening, ReportEvents.RoundTable, ReportEvents.Workshop })
        {
            await new RecordedSession().Insight("Recorded").Final().SaveAsync(database.DbFactory, ReportEvents.SessionId(@event, title), End);
        }

        database.Time.SetUtcNow(End.AddDays(2));

        Assert.Equal(0, await FollowUp(database).QueueDueAsync());
        Assert.Empty(await FollowUp(database).ListAsync());
    }

    [Fact]
    public async Task QueueDue_OrganiserWhoReadsDutch_GetsTheEmailInDutch()
    {
        await using var database = await TestDatabase.CreateAsync();
        await CreateOrganiserAsync(database, "olga@example.org", "Olga Bakker", Language.Nl);
        await ReportEvents.CreateAsync(database.DbFactory, "Dialoogavond", Start, organiserEmail: "Olga@Example.org");
        database.Time.SetUtcNow(End.AddDays(2));

        await FollowUp(database).QueueDueAsync();

        var message = Assert.Single(await MessagesAsync(database));
        Assert.Equal("Verslagen ontbreken nog: Dialoogavond", message.Subject);
        Assert.Contains("is twee dagen voorbij", message.TextBody);
        Assert.Contains("(nog geen verslag)", message.TextBody);
    }

    [Fact]
    public async Task QueueDue_EventWithoutOrganiserEmail_EmailsEachOrganiserOnce()
    {
        await using var database = await TestDatabase.CreateAsync();
        await CreateOrganiserAsync(database, "olga@example.org", "Olga Bakker", Language.Nl);
        await CreateOrganiserAsync(database, "sam@example.org", "Sam de Boer", Language.En);
        await ReportEvents.CreateAsync(database.DbFactory, "Dialoogavond", Start, organiserName: null, organiserEmail: null);
        database.Time.SetUtcNow(End.AddDays(2));

        var first = await FollowUp(database).QueueDueAsync();
        var second = await FollowUp(database).QueueDueAsync();

        Assert.Equal((2, 0), (first, second));
        var messages = await MessagesAsync(database);
        Assert.Equal(["olga@example.org", "sam@example.org"], messages.Select(m => m.ToAddress).Order());
        Assert.StartsWith("Verslagen", messages.Single(m => m.ToAddress == "olga@example.org").Subject);
    }

    [Fact]
    public async Task QueueDue_EventLongPastOrStillDraft_SendsNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await ReportEvents.CreateAsync(database.DbFactory, "Lang geleden", Start.AddDays(-60));
        await ReportEvents.CreateAsync(database.DbFactory, "Concept", Start, publish: false);
        database.Time.SetUtcNow(End.AddDays(2));

        Assert.Equal(0, await FollowUp(database).QueueDueAsync());
    }

    [Fact]
    public async Task List_FromTwoDaysAfterTheEvent_ShowsHowManySessionsLackAFinalRecord()
    {
        await using var database = await TestDatabase.CreateAsync();
        var @event = await ReportEvents.CreateAsync(database.DbFactory, "Dialoogavond", Start);
        database.Time.SetUtcNow(End.AddDays(1));
        var dayAfter = await FollowUp(database).ListAsync();
        database.Time.SetUtcNow(End.AddDays(2));

        var due = await FollowUp(database).ListAsync();
        var forEvent = await FollowUp(database).ListAsync(@event.Id);

        Assert.Empty(dayAfter);
        Assert.Equal(new EventAwaitingOutcomes(@event.Id, "Dialoogavond", End, 3), Assert.Single(due));
        Assert.Single(forEvent);
    }

    private static MissingOutcomeFollowUp FollowUp(TestDatabase database) => database.Services.GetRequiredService<MissingOutcomeFollowUp>();

    private static async Task<List<OutboxMessage>> MessagesAsync(TestDatabase database)
    {
        await using var db = await database.NewContextAsync();
        return await db.OutboxMessages.Where(m => m.Kind == MissingOutcomeEmails.Kind).ToListAsync();
    }

    private static async Task CreateOrganiserAsync(TestDatabase database, string email, string name, Language language)
    {
        await using var scope = database.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        await accounts.EnsureRolesAsync();
        Assert.True((await accounts.CreateUserAsync(email, name, "Lang-genoeg-wachtwoord-1", language, [Roles.Organiser])).Succeeded);
    }
}
