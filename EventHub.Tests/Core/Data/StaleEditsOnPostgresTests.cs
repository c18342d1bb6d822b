using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace EventHub.Tests.Core.Data;

/// <summary>
/// Two organisers save the same contact, organisation or session at the same moment on PostgreSQL, where writers do not
/// take turns as on SQLite. The save made from the form both opened must still be refused once the other one has
/// committed, not put back what the other changed. Here the other organiser's save is held open (its row changed, not yet
/// committed) until this save is waiting for it, then committed.
/// </summary>
public sealed class StaleEditsOnPostgresTests
{
    [Fact]
    public async Task UpdateContact_WhileAnotherOrganisersSaveCommits_IsRefused_AndKeepsTheirChange()
    {
        var (services, database) = await DatabaseAsync();
        var contacts = services.GetRequiredService<ContactService>();
        var id = (await contacts.CreateAsync(new ContactInput("Sanne", "Jansen", "sanne@example.org", JobTitle: "Docent"), Staff.Organiser)).Value;
        var form = new ContactInput("Sanne", "Jansen", "sanne@example.org", JobTitle: "Docent", StartedFrom: (await contacts.GetAsync(id))!.Contact.EditedState);

        var saved = await WhileAnotherSaveCommitsAsync(database, """UPDATE "Contacts" SET "Email" = 's.jansen@example.org' WHERE "Id" = @id""", id,
            () => contacts.UpdateAsync(id, form with { JobTitle = "Intern begeleider" }, Staff.Organiser));

        Assert.Equal(DirectoryErrors.ChangedMeanwhile, saved.ErrorCode);
        var stored = (await contacts.GetAsync(id))!.Contact;
        Assert.Equal(("s.jansen@example.org", "Docent"), (stored.Email, stored.JobTitle));
    }

    [Fact]
    public async Task UpdateOrganisation_WhileAnotherOrganisersSaveCommits_IsRefused_AndKeepsTheirNotes()
    {
        var (services, database) = await DatabaseAsync();
        var organisations = services.GetRequiredService<OrganisationService>();
        var id = (await organisations.CreateAsync(new OrganisationInput("OBS De Wijde Wereld", Sector.Education), Staff.Organiser)).Value;
        var form = new OrganisationInput("OBS De Wijde Wereld", Sector.Education, StartedFrom: (await organisations.GetAsync(id))!.Organisation.EditedState);

        var saved = await WhileAnotherSaveCommitsAsync(database, """UPDATE "Organisations" SET "Notes" = 'Directeur schuift aan.' WHERE "Id" = @id""", id,
            () => organisations.UpdateAsync(id, form with { Website = "www.dewijdewereld.nl" }, Staff.Organiser));

        Assert.Equal(DirectoryErrors.ChangedMeanwhile, saved.ErrorCode);
        var stored = (await organisations.GetAsync(id))!.Organisation;
        Assert.Equal(("Directeur schuift aan.", (string?)null), (stored.Notes, stored.Website));
    }

    [Fact]
    public async Task UpdateSession_WhileAnotherOrganisersSaveCommits_IsRefused_AndKeepsTheirPlaces()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 0, capacity: 20, sessionCapacity: 10, onPostgres: true);
        var programme = scenario.Services.GetRequiredService<ProgrammeService>();
        var c = scenario.SessionIds[2];
        var opened = (await scenario.Services.GetRequiredService<EventService>().GetAsync(scenario.EventId))!.Sessions.Single(s => s.Id == c);
        var local = EventTime.ToLocal(opened.StartUtc, EventTime.DefaultTimeZoneId);
        var dialog = new SessionInput(opened.Title, opened.Kind, local, local + (opened.EndUtc - opened.StartUtc), Capacity: 10, StartedFrom: opened.EditedState);
        string database;
        await using (var db = await scenario.NewContextAsync())
        {
            database = db.Database.GetConnectionString()!;
        }

        var saved = await WhileAnotherSaveCommitsAsync(database, """UPDATE "Sessions" SET "Capacity" = 12 WHERE "Id" = @id""", c,
            () => programme.UpdateAsync(scenario.EventId, c, dialog with { Description = "Met tolk." }, Staff.Organiser));

        Assert.Equal(EventErrors.SessionChangedMeanwhile, saved.ErrorCode);
        await using var check = await scenario.NewContextAsync();
        var stored = await check.Sessions.SingleAsync(s => s.Id == c);
        Assert.Equal(((int?)12, (string?)null), (stored.Capacity, stored.Description));
    }

    private static async Task<(IServiceProvider Services, string Database)> DatabaseAsync()
    {
        var database = await PostgresServer.CreateMigratedDatabaseAsync();
        var services = new ServiceCollection();
        TestDatabase.AddTo(services, database, new DatabaseOptions { Provider = DatabaseProvider.Postgres }, new FakeTimeProvider(TestDatabase.DefaultNow));
        return (services.BuildServiceProvider(), database);
    }

    /// <summary>
    /// Changes the row in a transaction of its own (the other organiser's save), starts <paramref name="save"/>, and commits
    /// once the save waits for that row's lock, or has finished without waiting.
    /// </summary>
    private static async Task<T> WhileAnotherSaveCommitsAsync<T>(string database, string update, int id, Func<Task<T>> save)
    {
        await using var other = new NpgsqlConnection(database);
        await other.OpenAsync();
        await using var transaction = await other.BeginTransactionAsync();
        await using (var change = new NpgsqlCommand(update, other, transaction))
        {
            change.Parameters.AddWithValue("id", id);
            Assert.Equal(1, await change.ExecuteNonQueryAsync());
        }

        var saving = Task.Run(save);
        // Asked outside that transaction: inside one, PostgreSQL answers from the activity it saw first.
        await using var watcher = new NpgsqlConnection(database);
        await watcher.OpenAsync();
        await using var waiting = new NpgsqlCommand(
            "SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND cardinality(pg_blocking_pids(pid)) > 0)", watcher);
        while (!saving.IsCompleted && !(bool)(await waiting.ExecuteScalarAsync())!)
        {
            await Task.Delay(10);
        }

        await transaction.CommitAsync();
        return await saving;
    }
}
