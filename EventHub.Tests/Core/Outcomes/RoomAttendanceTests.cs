using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using SectorCount = EventHub.Core.Outcomes.SectorCount;
using EventHub.Core.Outcomes;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Core.Outcomes;

/// <summary>
/// Who was in the room, in the synthesis and the public report: counted at the door when the event has check-ins,
/// the facilitators' numbers only when it has none; each says where its number comes from.
/// </summary>
public class RoomAttendanceTests
{
    private static readonly DateTime Start = new(2026, 10, 15, 17, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task WithCheckIns_TheSynthesisAndThePublicReport_CountWhoCameThroughTheDoor_BySector()
    {
        await using var database = await TestDatabase.CreateAsync();
        var @event = await ReportEvents.CreateAsync(database.DbFactory, "Dialoogavond", Start);
        await new RecordedSession().Insight("Parents need one contact person").Sector(Sector.Education, 4).Sector(Sector.Business, 1).Final()
            .SaveAsync(database.DbFactory, ReportEvents.SessionId(@event, ReportEvents.RoundTable), Start.AddHours(5));
        await CheckInAsync(database.DbFactory, @event.Id, Sector.Education, Sector.Education, Sector.Government, null);
        await CheckInAsync(database.DbFactory, @event.Id, checkedIn: false, Sector.Business); // invited, never came
        var reports = EventReportServiceTests.Service(database);
        await reports.PublishAsync(@event.Id);

        var synthesis = (await reports.SynthesisAsync(@event.Id))!;
        var report = (await reports.PublicReportAsync(@event.Slug!))!;

        Assert.Equal(AttendanceSource.CheckIns, synthesis.AttendanceSource);
        Assert.Equal([new SectorCount(Sector.Government, 1), new SectorCount(Sector.Education, 2)], synthesis.SectorMix);
        Assert.Equal((1, 4), (synthesis.WithoutOrganisation, synthesis.Participants));
        Assert.Equal((AttendanceSource.CheckIns, 4, 1), (report.AttendanceSource, report.ParticipantCount, report.WithoutOrganisation));
        Assert.Equal(synthesis.SectorMix, report.SectorMix);
    }

    [Fact]
    public async Task WithoutCheckIns_TheFacilitatorsNumbersCount_AndSaySo()
    {
        await using var database = await TestDatabase.CreateAsync();
        var @event = await ReportEvents.CreateAsync(database.DbFactory, "Dialoogavond", Start);
        await new RecordedSession().Insight("Parents need one contact person").Sector(Sector.Education, 4).Final()
            .SaveAsync(database.DbFactory, ReportEvents.SessionId(@event, ReportEvents.RoundTable), Start.AddHours(5));
        await CheckInAsync(database.DbFactory, @event.Id, checkedIn: false, Sector.Business);
        var reports = EventReportServiceTests.Service(database);
        await reports.PublishAsync(@event.Id);

        var synthesis = (await reports.SynthesisAsync(@event.Id))!;
        var report = (await reports.PublicReportAsync(@event.Slug!))!;

        Assert.Equal((AttendanceSource.Facilitators, 4, 0), (synthesis.AttendanceSource, synthesis.Participants, synthesis.WithoutOrganisation));
        Assert.Equal([new SectorCount(Sector.Education, 4)], synthesis.SectorMix);
        Assert.Equal((AttendanceSource.Facilitators, 4), (report.AttendanceSource, report.ParticipantCount));
    }

    private static Task CheckInAsync(IDbContextFactory<EventHubDbContext> dbFactory, int eventId, params Sector?[] sectors) =>
        CheckInAsync(dbFactory, eventId, checkedIn: true, sectors);

    /// <summary>Guests of the given sectors (null: without an organisation), accepted and — unless told otherwise — checked in.</summary>
    private static async Task CheckInAsync(IDbContextFactory<EventHubDbContext> dbFactory, int eventId, bool checkedIn, params Sector?[] sectors)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var @event = await db.Events.SingleAsync(e => e.Id == eventId);
        foreach (var sector in sectors)
        {
            var contact = new Contact("Gast", Guid.NewGuid().ToString("N")[..8], $"{Guid.NewGuid():N}@example.org", Language.Nl, Start);
            if (sector is { } s)
            {
                contact.MoveTo(new Organisation($"Organisatie {Guid.NewGuid():N}", s, null, Start), Start);
            }

            var invitation = new Invitation(@event, contact, Start.AddDays(-10));
            invitation.RegisterWalkIn(Start); // accepted
            if (checkedIn)
            {
                invitation.CheckIn(Start);
            }

            db.Invitations.Add(invitation);
        }

        await db.SaveChangesAsync();
    }
}
