using EventHub.Core.Actions;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Engagement;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Core.Outcomes;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Engagement;

/// <summary>
/// The coordinator's year in figures, on a small alliance counted by hand: two meetings held in 2026 (a third was
/// cancelled, a fourth is still a draft, a fifth starts just after midnight on New Year's Eve in Groningen, so in 2027),
/// one in 2025 where a partner first came.
/// </summary>
public class AnnualReportTests
{
    private static readonly DateTime Spring = new(2026, 3, 10, 13, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Autumn = new(2026, 10, 15, 13, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task ForYear_CountsTheEventsHeld_WhoWasReached_WhatWasDecidedAndDone_AndWhatWasArranged()
    {
        await using var database = await TestDatabase.CreateAsync();
        var world = await AllianceYear.CreateAsync(database);

        var report = await database.Services.GetRequiredService<AnnualReportService>().ForYearAsync(2026);

        Assert.Equal(["Voorjaarsdialoog", "Najaarsdialoog"], report.Events.Select(e => e.Title));
        var spring = report.Events[0];
        Assert.Equal((4, 3, 3), (spring.Invited, spring.Accepted, spring.Attended)); // the walk-in came but was not invited
        Assert.Equal(world.SpringSlug, spring.ReportSlug);
        Assert.Null(report.Events[1].ReportSlug); // not published
        Assert.Equal(new AnnualTotals(EventsHeld: 2, OrganisationsInvited: 3, OrganisationsAttended: 3, NewOrganisations: 2, PeopleAttended: 5, PeopleWithoutOrganisation: 1),
            report.Totals);
        Assert.Equal(
            [
                new SectorReach(Sector.Government, null, 0, 1, 1),
                new SectorReach(Sector.Education, SubSector.Primary, 1, 1, 2),
                new SectorReach(Sector.Business, null, 1, 0, 0),
                new SectorReach(Sector.CivilSociety, null, 1, 1, 1),
            ],
            report.Reach);
        Assert.Equal(["Eén loket voor ouders"], report.Decisions.Select(d => d.Text)); // the 2025 decision is not this year's
        Assert.Equal(new ActionCompletion(Agreed: 4, Done: 1, Open: 2, Overdue: 1, Dropped: 1, AsOf: new DateOnly(2026, 11, 29)), report.Actions);
        Assert.Equal(1 / 3.0, report.Actions.DoneShare!.Value, 3);
        // Spring's needs were deleted and their totals kept (3 step-free; the waiting list's 2 are not arranged for);
        // autumn's are the guests' own: step-free and a hearing loop for one, a hearing loop for another.
        Assert.Equal([new NeedCount(AccessNeeds.StepFreeAccess, 4), new NeedCount(AccessNeeds.HearingLoop, 2)], report.Provisions);
    }

    [Fact]
    public async Task ForYear_WithoutEvents_IsEmpty_AndTheNewYearsEveMeetingBelongsToTheNextYear()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AllianceYear.CreateAsync(database);
        var service = database.Services.GetRequiredService<AnnualReportService>();
        database.Time.SetUtcNow(new DateTimeOffset(2027, 1, 5, 9, 0, 0, TimeSpan.Zero)); // the meeting has taken place

        var next = await service.ForYearAsync(2027);
        var empty = await service.ForYearAsync(2024);

        Assert.Equal(["Nieuwjaarsdialoog"], next.Events.Select(e => e.Title));
        Assert.True(empty.IsEmpty);
        Assert.Equal(new AnnualTotals(0, 0, 0, 0, 0, 0), empty.Totals);
        Assert.Equal([2027, 2026, 2025], await service.YearsAsync());
    }

    [Fact]
    public async Task ForYear_CountsOnlyTheEventsThatHaveTakenPlace_NotThoseStillToCome()
    {
        await using var database = await TestDatabase.CreateAsync();
        var world = new FeedbackWorld(database.Services);
        var held = await world.EventAsync("Gehouden");
        await world.GuestsAsync(held, Sector.Government, 5);
        var future = await world.EventAsync("Nog niet", new DateTime(2026, 12, 15, 18, 0, 0, DateTimeKind.Utc), EventStatus.Published);
        await world.GuestsAsync(future, Sector.Government, 5, GuestFate.NoShow);

        var report = await database.Services.GetRequiredService<AnnualReportService>().ForYearAsync(2026);

        Assert.Equal(1, report.Totals.EventsHeld);
        Assert.Equal(["Gehouden"], report.Events.Select(e => e.Title));
    }

    [Fact]
    public async Task Markdown_Staff_ListsTheDecisions_ThePublicVersion_OnlyFiguresAndPublishedReports_SmallCountsHidden()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AllianceYear.CreateAsync(database);
        var report = await database.Services.GetRequiredService<AnnualReportService>().ForYearAsync(2026);

        var staff = AnnualReportMarkdown.Staff(report, Language.En, "Gelijke Kansen Alliantie", slug => $"https://eventhub.example/e/{slug}/report");
        var open = AnnualReportMarkdown.Public(report, Language.Nl, "Gelijke Kansen Alliantie", slug => $"https://eventhub.example/e/{slug}/report");

        Assert.StartsWith("# Gelijke Kansen Alliantie\\: annual report 2026", staff);
        Assert.Contains("- 2 events held", staff);
        Assert.Contains("- 3 organisations took part (3 invited)", staff);
        Assert.Contains("- 5 people took part (1 without an organisation)", staff);
        Assert.Contains("Eén loket voor ouders", staff);
        Assert.Contains("| Step-free access | 4 |", staff);
        Assert.Contains("| Primary education |", staff);
        Assert.Contains("Where they stand on 29 November 2026.", staff);

        Assert.StartsWith("# Gelijke Kansen Alliantie\\: jaarverslag 2026", open);
        Assert.Contains("- 1 besluit vastgelegd", open);
        Assert.DoesNotContain("loket", open);                          // a decision's wording stays inside
        Assert.Contains("[Lees het verslag](https://eventhub.example/e/", open);
        Assert.Contains("| Ringleiding | minder dan 5 |", open);
        Assert.Contains("| Drempelvrije toegang | minder dan 5 |", open);
        Assert.Contains("Stand van zaken op 29 november 2026.", open);
    }

    /// <summary>The small alliance of these tests, with its numbers worked out in the test above.</summary>
    private sealed record AllianceYear(string SpringSlug)
    {
        public static async Task<AllianceYear> CreateAsync(TestDatabase database)
        {
            var db = database.DbFactory;
            var school = new Organisation("OBS De Wegwijzer", Sector.Education, SubSector.Primary, Spring.AddYears(-2));
            var bank = new Organisation("Noorderbank", Sector.Business, null, Spring.AddYears(-2));
            var city = new Organisation("Gemeente Groningen", Sector.Government, null, Spring.AddYears(-2));
            var library = new Organisation("Biblionet", Sector.CivilSociety, null, Spring.AddYears(-2));

            var lastYear = await ReportEvents.CreateAsync(db, "Dialoog 2025", new DateTime(2025, 11, 20, 13, 0, 0, DateTimeKind.Utc));
            await GuestsAsync(db, lastYear.Id, (library, InvitationStatus.Accepted, true, AccessNeeds.None));
            await new RecordedSession().Decision("Een oud besluit").Final()
                .SaveAsync(db, ReportEvents.SessionId(lastYear, ReportEvents.RoundTable), lastYear.StartUtc.AddHours(5));

            var spring = await ReportEvents.CreateAsync(db, "Voorjaarsdialoog", Spring);
            await GuestsAsync(db, spring.Id,
                (school, InvitationStatus.Accepted, true, AccessNeeds.None),
                (school, InvitationStatus.Declined, false, AccessNeeds.None),
                (bank, InvitationStatus.Accepted, false, AccessNeeds.QuietRoom), // its needs are gone once totals are kept
                (null, InvitationStatus.Accepted, true, AccessNeeds.None));
            await WalkInAsync(db, spring.Id, city);
            await using (var context = await db.CreateDbContextAsync())
            {
                var three = new PlanningGroup(3, [new NeedCount(AccessNeeds.StepFreeAccess, 3)], [], 0);
                var two = new PlanningGroup(2, [new NeedCount(AccessNeeds.StepFreeAccess, 2)], [], 0);
                context.NeedTotals.AddRange(NeedTotal.Keep(spring.Id, new PlanningCounts(three, two), Spring.AddDays(30)));
                await context.SaveChangesAsync();
            }

            await new RecordedSession().Decision("Eén loket voor ouders").Insight("Ouders voelen zich niet gehoord")
                .Action("Loket inrichten", "Gemeente Groningen", new DateOnly(2026, 6, 1))                           // overdue
                .Action("Folder in vijf talen", "Biblionet", new DateOnly(2027, 1, 15), ActionItemStatus.InProgress) // open, not due
                .Action("Stageplekken tellen", "Noorderbank", new DateOnly(2026, 5, 1), ActionItemStatus.Done)
                .Action("Website", "Noorderbank", new DateOnly(2026, 5, 1), ActionItemStatus.Dropped)
                .Final().SaveAsync(db, ReportEvents.SessionId(spring, ReportEvents.RoundTable), Spring.AddHours(5));
            Assert.True((await EventReportServiceTests.Service(database).PublishAsync(spring.Id)).Succeeded);

            var autumn = await ReportEvents.CreateAsync(db, "Najaarsdialoog", Autumn);
            await GuestsAsync(db, autumn.Id,
                (school, InvitationStatus.Accepted, true, AccessNeeds.StepFreeAccess | AccessNeeds.HearingLoop),
                (library, InvitationStatus.Accepted, true, AccessNeeds.HearingLoop));

            var cancelled = await ReportEvents.CreateAsync(db, "Zomerdialoog", new DateTime(2026, 6, 20, 13, 0, 0, DateTimeKind.Utc));
            await EventReportServiceTests.ChangeAsync(db, cancelled.Id, e => e.Cancel("Te weinig aanmeldingen"));
            await GuestsAsync(db, cancelled.Id, (bank, InvitationStatus.Accepted, false, AccessNeeds.None));
            await ReportEvents.CreateAsync(db, "Winterdialoog (concept)", new DateTime(2026, 12, 20, 13, 0, 0, DateTimeKind.Utc), publish: false);
            // 00:30 on 1 January 2027 in Groningen is still 2026 in UTC.
            var newYear = await ReportEvents.CreateAsync(db, "Nieuwjaarsdialoog", new DateTime(2026, 12, 31, 23, 30, 0, DateTimeKind.Utc));
            await GuestsAsync(db, newYear.Id, (bank, InvitationStatus.Accepted, true, AccessNeeds.None));

            return new AllianceYear((await database.DbFactory.CreateDbContextAsync()).Events.Single(e => e.Id == spring.Id).Slug!);
        }

        private static async Task GuestsAsync(IDbContextFactory<EventHubDbContext> dbFactory, int eventId,
            params (Organisation? Organisation, InvitationStatus Answer, bool CheckedIn, AccessNeeds Needs)[] guests)
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            var @event = await db.Events.SingleAsync(e => e.Id == eventId);
            foreach (var (organisation, answer, checkedIn, needs) in guests)
            {
                var contact = NewContact();
                if (organisation is not null)
                {
                    if (organisation.Id != 0)
                    {
                        db.Attach(organisation);
                    }

                    contact.MoveTo(organisation, @event.StartUtc.AddYears(-1));
                }

                var invitation = new Invitation(@event, contact, @event.StartUtc.AddDays(-20));
                invitation.Issue(Guid.NewGuid().ToString("N"), @event.StartUtc.AddDays(-20));
                invitation.Answer(answer, @event.StartUtc.AddDays(-10));
                invitation.StateNeeds(needs, null, null, null);
                if (checkedIn)
                {
                    invitation.CheckIn(@event.StartUtc);
                }

                db.Invitations.Add(invitation);
                await db.SaveChangesAsync();
            }
        }

        private static async Task WalkInAsync(IDbContextFactory<EventHubDbContext> dbFactory, int eventId, Organisation organisation)
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            var @event = await db.Events.SingleAsync(e => e.Id == eventId);
            var contact = NewContact();
            db.Attach(organisation);
            contact.MoveTo(organisation, @event.StartUtc);
            var invitation = new Invitation(@event, contact, @event.StartUtc);
            invitation.RegisterWalkIn(@event.StartUtc);
            invitation.CheckIn(@event.StartUtc);
            db.Invitations.Add(invitation);
            await db.SaveChangesAsync();
        }

        private static Contact NewContact() =>
            new("Gast", Guid.NewGuid().ToString("N")[..8], $"{Guid.NewGuid():N}@example.org", Language.Nl, Spring.AddYears(-1));
    }
}
