using EventHub.Core.Data;
using EventHub.Core.Outbox;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Core.Directory;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EventHub.Tests.Core.Invitations;

public class GuestListServiceTests
{
    private static RsvpAnswer Accept(params int[] sessions) => new(InvitationStatus.Accepted, sessions, PrivacyAccepted: true);

    private static GuestListService Guests(InvitationScenario scenario) => scenario.Services.GetRequiredService<GuestListService>();

    [Fact]
    public async Task List_FilteredByStatus_PagesOnTheServerWithTheTotal()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 7, capacity: 10);
        for (var i = 0; i < 5; i++)
        {
            await scenario.Rsvp.RespondAsync(scenario.TokenOf(i), Accept());
        }

        var page = await Guests(scenario).ListAsync(scenario.EventId, new GuestQuery(InvitationStatus.Accepted, Page: 1, PageSize: 2));

        Assert.Equal(5, page.TotalCount);
        Assert.Equal(["Partner 002", "Partner 003"], page.Items.Select(r => r.Name));
        Assert.All(page.Items, r => Assert.Equal(InvitationStatus.Accepted, r.Status));
    }

    [Fact]
    public async Task AnInvitationTheMailServerRefused_IsMarkedNotDelivered_WithItsAnswer_UntilTheOrganiserSendsItAgain()
    {
        using var smtp = new RefusingSmtpServer();
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 3, capacity: 10,
            configure: services => services.AddSingleton(Options.Create(smtp.Options(maxAttempts: 1))));
        await using (var db = await scenario.NewContextAsync())
        {
            // Only the second person's invitation still waits to be sent, to an address the server does not know.
            await db.OutboxMessages.Where(m => m.ToAddress != InvitationScenario.Email(1))
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.NextAttemptAtUtc, DateTime.MaxValue));
        }

        await scenario.Services.GetRequiredService<OutboxSender>().SendDueAsync();
        var notDelivered = await Guests(scenario).ListAsync(scenario.EventId, new GuestQuery(NotDelivered: true));
        var everyone = await Guests(scenario).ListAsync(scenario.EventId, new GuestQuery());
        var resent = await scenario.Invitations.ResendAsync(notDelivered.Items[0].InvitationId, Staff.Organiser);
        var afterResend = await Guests(scenario).ListAsync(scenario.EventId, new GuestQuery(NotDelivered: true));

        var row = Assert.Single(notDelivered.Items);
        Assert.Equal(("Partner 001", true), (row.Name, row.NotDelivered));
        Assert.Contains("Mailbox unavailable", row.DeliveryFailure);
        Assert.Equal(1, everyone.Items.Count(r => r.NotDelivered));
        Assert.True(resent.Succeeded, resent.ErrorCode);
        Assert.Empty(afterResend.Items); // on its way again
    }

    [Fact]
    public async Task BulkRemind_RemindsOnlyThoseWhoHaveNotAnswered_WithANewWorkingLink()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 3, capacity: 10);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept());
        var ids = await Guests(scenario).OpenInvitationIdsAsync(scenario.EventId, new GuestQuery());

        var outcome = await Guests(scenario).RemindAsync(scenario.EventId, ids, Staff.Organiser);

        Assert.Equal(new BulkOutcome(2, 1), outcome);
        await using var db = await scenario.NewContextAsync();
        var reminders = await db.OutboxMessages.Where(m => m.Kind == InvitationEmails.ReminderKind).ToListAsync();
        Assert.Equal([InvitationScenario.Email(1), InvitationScenario.Email(2)], reminders.Select(r => r.ToAddress).Order());
        Assert.Null(await scenario.Rsvp.GetAsync(scenario.TokenOf(1)));
        Assert.NotNull(await scenario.Rsvp.GetAsync(InvitationScenario.TokenIn(OutboxLinks.TextAsSent(scenario.Services, reminders[0]))));
    }

    [Fact]
    public async Task AfterTheEventIsCancelled_NoResendReminderOrWithdrawalReachesItsGuests()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 3, capacity: 10);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept());
        var called = await scenario.Services.GetRequiredService<EventPlanningService>().CancelAsync(scenario.EventId, "Te weinig aanmeldingen", Staff.Organiser);
        Assert.True(called.Succeeded, called.ErrorCode);
        var ids = await Guests(scenario).OpenInvitationIdsAsync(scenario.EventId, new GuestQuery());
        await using (var before = await scenario.NewContextAsync())
        {
            before.OutboxMessages.RemoveRange(before.OutboxMessages); // what the invitations and the cancellation sent
            await before.SaveChangesAsync();
        }

        var resent = await scenario.Invitations.ResendAsync(ids[0], Staff.Organiser);
        var reminded = await scenario.Invitations.RemindAsync(ids[1], Staff.Organiser);
        var withdrawn = await scenario.Invitations.CancelAsync(ids[0], Staff.Organiser);
        var bulk = await Guests(scenario).RemindAsync(scenario.EventId, ids, Staff.Organiser);

        Assert.All([resent, reminded, withdrawn], r => Assert.Equal(InvitationErrors.EventOver, r.ErrorCode));
        Assert.Equal(0, bulk.Done);
        await using var db = await scenario.NewContextAsync();
        Assert.Empty(await db.OutboxMessages.ToListAsync());
        Assert.NotNull(await scenario.Rsvp.GetAsync(scenario.TokenOf(1))); // links unchanged: nothing was sent again
    }

    [Fact]
    public async Task AfterTheMeetingEnded_WhileStillPublished_NoInvitationResendReminderOrWithdrawalGoesOut()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 3, capacity: 10);
        await scenario.Invitations.AddAsync(scenario.EventId, [await NewContactAsync(scenario)], Staff.Organiser);
        var ids = await Guests(scenario).OpenInvitationIdsAsync(scenario.EventId, new GuestQuery());
        await using (var before = await scenario.NewContextAsync())
        {
            before.OutboxMessages.RemoveRange(before.OutboxMessages);
            await before.SaveChangesAsync();
        }

        scenario.Time.SetUtcNow(InvitationScenario.EventStart.AddHours(5)); // the afternoon is over; nobody closed the event yet

        var sent = await scenario.Invitations.SendAsync(scenario.EventId, Staff.Organiser);
        var resent = await scenario.Invitations.ResendAsync(ids[0], Staff.Organiser);
        var reminded = await scenario.Invitations.RemindAsync(ids[1], Staff.Organiser);
        var withdrawn = await scenario.Invitations.CancelAsync(ids[2], Staff.Organiser);

        Assert.All([sent, resent, reminded, withdrawn], r => Assert.Equal(InvitationErrors.EventOver, r.ErrorCode));
        await using var db = await scenario.NewContextAsync();
        Assert.Empty(await db.OutboxMessages.ToListAsync());
    }

    [Fact]
    public async Task AGuestWhoCameIn_IsNotSentAWithdrawal_TheOrganiserIsToldToUndoTheCheckInFirst()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept());
        var id = (await Guests(scenario).OpenInvitationIdsAsync(scenario.EventId, new GuestQuery())).Single();
        await using (var db = await scenario.NewContextAsync())
        {
            (await db.Invitations.SingleAsync(i => i.Id == id)).CheckIn(scenario.Time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        }

        var withdrawn = await scenario.Invitations.CancelAsync(id, Staff.Organiser);

        Assert.Equal(InvitationErrors.AlreadyCameIn, withdrawn.ErrorCode);
        await using var after = await scenario.NewContextAsync();
        Assert.Equal(InvitationStatus.Accepted, (await after.Invitations.SingleAsync(i => i.Id == id)).Status);
    }

    [Fact]
    public async Task Organisations_OfThePeopleOnTheList_AreOfferedAsAFilter()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        await using (var db = await scenario.NewContextAsync())
        {
            var now = scenario.Time.GetUtcNow().UtcDateTime;
            var school = new Organisation("Noorderpoort College", Sector.Education, null, now);
            db.Organisations.Add(new Organisation("Not invited BV", Sector.Business, null, now));
            var contact = await db.Contacts.Include(c => c.Affiliations).SingleAsync(c => c.Email == InvitationScenario.Email(1));
            contact.MoveTo(school, now);
            await db.SaveChangesAsync();
        }

        var organisations = await Guests(scenario).OrganisationsAsync(scenario.EventId);

        var school2 = Assert.Single(organisations);
        Assert.Equal(("Noorderpoort College", Sector.Education), (school2.Name, school2.Sector));
        var filtered = await Guests(scenario).ListAsync(scenario.EventId, new GuestQuery(OrganisationId: school2.Id));
        Assert.Equal(InvitationScenario.Email(1), Assert.Single(filtered.Items).Email);
    }

    [Fact]
    public async Task StatusCounts_WithinAFilter_CountWhatTheOtherFiltersLeave()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 4, capacity: 10);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept());
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), Accept());
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(2), new RsvpAnswer(InvitationStatus.Declined));

        var all = await Guests(scenario).StatusCountsAsync(scenario.EventId);
        var searched = await Guests(scenario).StatusCountsAsync(scenario.EventId, new GuestQuery(InvitationStatus.Declined, Search: "partner 001"));

        Assert.Equal((2, 1, 1), (all[InvitationStatus.Accepted], all[InvitationStatus.Declined], all[InvitationStatus.Invited]));
        Assert.Equal((1, 0, 0), (searched[InvitationStatus.Accepted], searched[InvitationStatus.Declined], searched[InvitationStatus.Invited]));
    }

    [Fact]
    public async Task List_SearchForANameWithAnAccentedCapital_FindsTheGuest_AndTheListFilesThemUnderO()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 3, capacity: 10);
        await using (var db = await scenario.NewContextAsync())
        {
            var contact = await db.Contacts.SingleAsync(c => c.Email == InvitationScenario.Email(1));
            contact.Rename("Ömer", "Özdemir");
            (await db.Contacts.SingleAsync(c => c.Email == InvitationScenario.Email(2))).Rename("Anna", "de Vries");
            await db.SaveChangesAsync();
        }

        var service = Guests(scenario);
        var found = await service.ListAsync(scenario.EventId, new GuestQuery(Search: "Özdemir"));
        var all = await service.ListAsync(scenario.EventId, new GuestQuery());

        Assert.Equal(["Ömer Özdemir"], found.Items.Select(r => r.Name));
        Assert.Equal(["Partner 000", "Ömer Özdemir", "Anna de Vries"], all.Items.Select(r => r.Name));
    }

    [Fact]
    public async Task List_FilteredBySectorSessionNeedsAndSearch_FindsOnlyTheMatchingGuests()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 4, capacity: 10);
        await using (var db = await scenario.NewContextAsync())
        {
            var school = new Organisation("Noorderpoort College", Sector.Education, null, scenario.Time.GetUtcNow().UtcDateTime);
            var contact = await db.Contacts.SingleAsync(c => c.Email == InvitationScenario.Email(1));
            contact.MoveTo(school, scenario.Time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        }

        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept(scenario.SessionIds[2]));
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(2), Accept() with { Needs = AccessNeeds.QuietRoom });
        var service = Guests(scenario);

        var bySector = await service.ListAsync(scenario.EventId, new GuestQuery(Sector: Sector.Education));
        var bySession = await service.ListAsync(scenario.EventId, new GuestQuery(SessionId: scenario.SessionIds[2]));
        var withNeeds = await service.ListAsync(scenario.EventId, new GuestQuery(HasAccessNeeds: true));
        var byOrganisationName = await service.ListAsync(scenario.EventId, new GuestQuery(Search: "noorderpoort"));
        var byEmail = await service.ListAsync(scenario.EventId, new GuestQuery(Search: "PARTNER003@"));

        Assert.Equal(["Partner 001"], bySector.Items.Select(r => r.Name));
        Assert.Equal("Noorderpoort College", bySector.Items[0].OrganisationName);
        Assert.Equal(["Partner 000"], bySession.Items.Select(r => r.Name));
        Assert.Equal([new ChosenSession("Workshop C")], bySession.Items[0].Sessions);
        Assert.Equal(["Partner 002"], withNeeds.Items.Select(r => r.Name));
        Assert.Equal(["Partner 001"], byOrganisationName.Items.Select(r => r.Name));
        Assert.Equal(["Partner 003"], byEmail.Items.Select(r => r.Name));
    }

    [Fact]
    public async Task PlanningCounts_ComingAndWaiting_CountEachNeedLanguageAndDietSeparately()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 5, capacity: 3);
        var interpreter = AccessNeeds.SignLanguageInterpreter | AccessNeeds.Interpretation;
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept() with { Needs = interpreter, InterpretationLanguage = "Arabic" });
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), Accept() with { Needs = interpreter | AccessNeeds.QuietRoom, InterpretationLanguage = " arabic" });
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(2), Accept() with { Needs = AccessNeeds.QuietRoom, DietaryNeeds = "Vegan" });
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(3), Accept() with { Needs = AccessNeeds.StepFreeAccess });
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(4), new RsvpAnswer(InvitationStatus.Declined) with { Needs = AccessNeeds.Childcare });

        var counts = await Guests(scenario).PlanningCountsAsync(scenario.EventId);

        Assert.Equal(3, counts.Accepted.People);
        Assert.Equal(2, counts.Accepted.Count(AccessNeeds.SignLanguageInterpreter));
        Assert.Equal(2, counts.Accepted.Count(AccessNeeds.QuietRoom));
        Assert.Equal(0, counts.Accepted.Count(AccessNeeds.StepFreeAccess));
        Assert.Equal(0, counts.Accepted.Count(AccessNeeds.Childcare));
        Assert.Equal([new LanguageCount("Arabic", 2)], counts.Accepted.InterpretationLanguages);
        Assert.Equal(1, counts.Accepted.Dietary);
        Assert.Equal(1, counts.Waitlisted.People);
        Assert.Equal(1, counts.Waitlisted.Count(AccessNeeds.StepFreeAccess));
    }

    [Fact]
    public async Task BulkCancel_OverTheComingFilter_FreesTheSeatsAndPromotesTheWaitingList()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 4, capacity: 2);
        for (var i = 0; i < 4; i++)
        {
            await scenario.Rsvp.RespondAsync(scenario.TokenOf(i), Accept());
        }

        var service = Guests(scenario);
        var coming = await service.OpenInvitationIdsAsync(scenario.EventId, new GuestQuery(InvitationStatus.Accepted));

        var outcome = await service.CancelAsync(scenario.EventId, coming, Staff.Organiser);

        Assert.Equal(new BulkOutcome(2, 0), outcome);
        await using var db = await scenario.NewContextAsync();
        var statuses = await db.Invitations.OrderBy(i => i.Contact.LastName).Select(i => i.Status).ToListAsync();
        Assert.Equal([InvitationStatus.Cancelled, InvitationStatus.Cancelled, InvitationStatus.Accepted, InvitationStatus.Accepted], statuses);
        Assert.Equal(2, (await db.Events.SingleAsync()).SeatsTaken);
        Assert.Equal(2, await db.OutboxMessages.CountAsync(m => m.Kind == InvitationEmails.PromotionKind));
    }

    [Fact]
    public async Task BulkResend_OverTheNotAnsweredFilter_SendsNewLinksOnlyToThem()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 3, capacity: 10);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept());
        var service = Guests(scenario);
        var waiting = await service.OpenInvitationIdsAsync(scenario.EventId, new GuestQuery(InvitationStatus.Invited));

        var outcome = await service.ResendAsync(scenario.EventId, waiting, Staff.Organiser);

        Assert.Equal(new BulkOutcome(2, 0), outcome);
        Assert.NotNull(await scenario.Rsvp.GetAsync(scenario.TokenOf(0)));
        Assert.Null(await scenario.Rsvp.GetAsync(scenario.TokenOf(1)));
        await using var db = await scenario.NewContextAsync();
        Assert.Equal(3 + 2, await db.OutboxMessages.CountAsync(m => m.Kind == InvitationEmails.InvitationKind));
    }

    [Fact]
    public async Task BulkCancel_DatabaseBusyPartWay_KeepsWhatIsDoneAndCountsTheRestAsSkipped()
    {
        var database = new BusyDatabase();
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 3, capacity: 10, configure: BusyWith(database));
        var ids = await Guests(scenario).OpenInvitationIdsAsync(scenario.EventId, new GuestQuery());
        database.BusyAfter(1);

        var outcome = await Guests(scenario).CancelAsync(scenario.EventId, ids, Staff.Organiser);

        Assert.Equal(new BulkOutcome(1, 2), outcome);
        await using var db = await scenario.NewContextAsync();
        Assert.Equal(1, await db.Invitations.CountAsync(i => i.Status == InvitationStatus.Cancelled));
    }

    [Fact]
    public async Task BulkCancel_DatabaseBusyFromTheStart_SaysTheDatabaseIsBusy()
    {
        var database = new BusyDatabase();
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10, configure: BusyWith(database));
        var ids = await Guests(scenario).OpenInvitationIdsAsync(scenario.EventId, new GuestQuery());
        database.StayBusy();

        await Assert.ThrowsAsync<DatabaseBusyException>(() => Guests(scenario).CancelAsync(scenario.EventId, ids, Staff.Organiser));

        database.Free();
        await using var db = await scenario.NewContextAsync();
        Assert.Equal(0, await db.Invitations.CountAsync(i => i.Status == InvitationStatus.Cancelled));
    }

    private static Action<IServiceCollection> BusyWith(BusyDatabase database) => services => services
        .AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(database)
        .AddSingleton(new DatabaseOptions { WriteAttempts = 1 });

    private static async Task<int> NewContactAsync(InvitationScenario scenario) =>
        (await scenario.Services.GetRequiredService<ContactService>().CreateAsync(new ContactInput("Late", "Addition", "late@example.org"), Staff.Organiser)).Value;
}
