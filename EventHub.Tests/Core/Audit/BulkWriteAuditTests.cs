using EventHub.Core.Audit;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Audit;

/// <summary>Writes that bypass the change tracker (seat counters, merges, the log's own retention) record their own entries.</summary>
public class BulkWriteAuditTests
{
    [Fact]
    public async Task AcceptingTakesASeat_AndTheSeatIsRecordedWithTheAnswer()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);

        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true));

        await using var db = await scenario.NewContextAsync();
        var seat = await db.AuditEntries.SingleAsync(e => e.Kind == "Event" && e.Action == AuditAction.BulkUpdated);
        var answer = await db.AuditEntries.Where(e => e.Kind == "Invitation").OrderBy(e => e.Id).LastAsync();
        Assert.Equal((scenario.EventId.ToString(), AuditSummary.Of("SeatTaken")), (seat.RecordId, AuditSummary.Read(seat.Summary)));
        Assert.Equal(answer.AtUtc, seat.AtUtc);
        Assert.Equal(1, (await db.Events.SingleAsync(e => e.Id == scenario.EventId)).SeatsTaken);
    }

    [Fact]
    public async Task MergingOrganisations_RecordsHowManyContactsAndMembershipsMoved()
    {
        await using var database = await TestDatabase.CreateAsync();
        var now = database.Time.GetUtcNow().UtcDateTime;
        int survivorId, mergedId;
        await using (var db = await database.NewContextAsync())
        {
            var survivor = new Organisation("Library", Sector.Education, null, now);
            var merged = new Organisation("Library (old)", Sector.Education, null, now);
            db.AddRange(survivor, merged);
            await db.SaveChangesAsync();
            foreach (var i in Enumerable.Range(0, 2))
            {
                var contact = new Contact("Jan", $"Jansen{i}", $"jan{i}@example.org", Language.Nl, now);
                contact.MoveTo(merged, now);
                db.Add(contact);
            }

            await db.SaveChangesAsync();
            (survivorId, mergedId) = (survivor.Id, merged.Id);
        }

        var merge = await database.Services.GetRequiredService<MergeService>().MergeOrganisationsAsync(survivorId, mergedId, Staff.Organiser);

        Assert.True(merge.Succeeded);
        await using var check = await database.NewContextAsync();
        var entry = await check.AuditEntries.SingleAsync(e => e.Action == AuditAction.BulkUpdated);
        Assert.Equal(("Organisation", survivorId.ToString(), "Library"), (entry.Kind, entry.RecordId, entry.Label));
        Assert.Equal(AuditSummary.Of("OrganisationsMerged", mergedId, 2, 2), AuditSummary.Read(entry.Summary));
    }

    [Fact]
    public async Task ExportingAGuestList_IsRecordedWithTheActor_TheEventsTitle_AndHowManyRows()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 3, capacity: 10);
        var actor = scenario.Services.GetRequiredService<CurrentActor>();
        actor.Actor = AuditActor.User("organiser-1", "Olga Organiser");
        actor.Use();

        using var file = new MemoryStream();
        await scenario.Services.GetRequiredService<GuestListExportService>().WriteAsync(scenario.EventId, new GuestQuery(), file, new ExportOptions());

        CurrentActor.Clear();
        await using var db = await scenario.NewContextAsync();
        var entry = await db.AuditEntries.SingleAsync(e => e.Action == AuditAction.Exported);
        Assert.Equal(("Event", scenario.EventId.ToString(), (await db.Events.SingleAsync()).Title, AuditSummary.Of("GuestListExported", 3, "CSV"), "organiser-1"),
            (entry.Kind, entry.RecordId, entry.Label, AuditSummary.Read(entry.Summary), entry.ActorId));
    }

    [Fact]
    public async Task Retention_DeletesEntriesOlderThanTheSetting_AndRecordsThatItDid()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = await database.NewContextAsync())
        {
            db.Add(new Organisation("Old club", Sector.Education, null, database.Time.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
        }

        database.Time.Advance(TimeSpan.FromDays(365));
        await using (var db = await database.NewContextAsync())
        {
            db.Add(new Organisation("Newer club", Sector.Education, null, database.Time.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
        }

        database.Time.Advance(TimeSpan.FromDays(367)); // the first entry is now 24 months and a day old
        var deleted = await database.Services.GetRequiredService<AuditLog>().ApplyRetentionAsync();

        await using var check = await database.NewContextAsync();
        Assert.Equal(1, deleted);
        Assert.Equal(["Newer club", ""], await check.AuditEntries.OrderBy(e => e.Id).Select(e => e.Label).ToListAsync());
        Assert.Equal(AuditAction.BulkDeleted, (await check.AuditEntries.OrderBy(e => e.Id).LastAsync()).Action);
    }
}
