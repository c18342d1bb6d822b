using System.Globalization;
using EventHub.Core.Door;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EventHub.Tests.Core.Invitations;

/// <summary>
/// Every write that changes an event's invitations, seats or check-ins tells the screens open on that event, after
/// it committed: a subscriber that reads the database when told sees the change. Nobody calls the notifier by hand.
/// </summary>
public class LiveUpdateTests
{
    // Only a guard against a hang; a passing test is told long before.
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task SendAsync_PeopleOnTheList_TheOpenDashboardSeesThemInvited()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: null);
        var newcomer = await AddToListAsync(scenario, "newcomer@example.org");

        var status = await SeenAfterAsync(scenario,
            async () => Assert.Equal(1, (await scenario.Invitations.SendAsync(scenario.EventId, Staff.Organiser)).Value),
            db => db.Invitations.Where(i => i.Id == newcomer).Select(i => i.Status).SingleAsync());

        Assert.Equal(InvitationStatus.Invited, status);
    }

    [Fact]
    public async Task ResendAsync_OneInvitation_TheOpenDashboardIsTold()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: null);
        var id = await InvitationIdAsync(scenario, 0);
        var before = await TokenHashAsync(scenario, id);

        var after = await SeenAfterAsync(scenario,
            async () => Assert.True((await scenario.Invitations.ResendAsync(id, Staff.Organiser)).Succeeded),
            db => db.Invitations.Where(i => i.Id == id).Select(i => i.TokenHash).SingleAsync());

        Assert.NotEqual(before, after);
    }

    [Fact]
    public async Task ResendAsync_Bulk_TheOpenDashboardIsTold()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: null);
        var ids = await Guests(scenario).OpenInvitationIdsAsync(scenario.EventId, new GuestQuery());

        var resent = await SeenAfterAsync(scenario,
            async () => Assert.Equal(2, (await Guests(scenario).ResendAsync(scenario.EventId, ids, Staff.Organiser)).Done),
            db => db.OutboxMessages.CountAsync(m => m.Kind == InvitationEmails.InvitationKind));

        Assert.True(resent >= 3, "at least one resent invitation is committed when the screen is told");
    }

    [Fact]
    public async Task RemindAsync_OneInvitation_TheOpenDashboardIsTold()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: null);
        var id = await InvitationIdAsync(scenario, 1);
        var before = await TokenHashAsync(scenario, id);

        var after = await SeenAfterAsync(scenario,
            async () => Assert.True((await scenario.Invitations.RemindAsync(id, Staff.Organiser)).Succeeded),
            db => db.Invitations.Where(i => i.Id == id).Select(i => i.TokenHash).SingleAsync());

        Assert.NotEqual(before, after);
    }

    [Fact]
    public async Task RemindAsync_Bulk_TheOpenDashboardIsTold()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 3, capacity: null);
        var ids = await Guests(scenario).OpenInvitationIdsAsync(scenario.EventId, new GuestQuery());

        var reminders = await SeenAfterAsync(scenario,
            async () => Assert.Equal(3, (await Guests(scenario).RemindAsync(scenario.EventId, ids, Staff.Organiser)).Done),
            db => db.OutboxMessages.CountAsync(m => m.Kind == InvitationEmails.ReminderKind));

        Assert.True(reminders >= 1, "at least one reminder is committed when the screen is told");
    }

    [Fact]
    public async Task CancelAsync_OneInvitation_TheOpenDashboardSeesItCancelled()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: null);
        var id = await InvitationIdAsync(scenario, 0);

        var status = await SeenAfterAsync(scenario,
            async () => Assert.True((await scenario.Invitations.CancelAsync(id, Staff.Organiser)).Succeeded),
            db => db.Invitations.Where(i => i.Id == id).Select(i => i.Status).SingleAsync());

        Assert.Equal(InvitationStatus.Cancelled, status);
    }

    [Fact]
    public async Task CancelAsync_Bulk_TheOpenDashboardIsTold()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 3, capacity: null);
        var ids = await Guests(scenario).OpenInvitationIdsAsync(scenario.EventId, new GuestQuery());

        var cancelled = await SeenAfterAsync(scenario,
            async () => Assert.Equal(3, (await Guests(scenario).CancelAsync(scenario.EventId, ids, Staff.Organiser)).Done),
            db => db.Invitations.CountAsync(i => i.Status == InvitationStatus.Cancelled));

        Assert.InRange(cancelled, 1, 3);
    }

    [Fact]
    public async Task RespondAsync_APartnerAccepts_TheOpenDashboardSeesTheAnswer()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);

        var status = await SeenAfterAsync(scenario,
            async () => Assert.True((await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept())).Succeeded),
            db => db.Invitations.Select(i => i.Status).SingleAsync());

        Assert.Equal(InvitationStatus.Accepted, status);
    }

    [Fact]
    public async Task AnswerOnBehalfAsync_AnAnswerByPhone_TheOpenDashboardSeesTheAnswer()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var id = await InvitationIdAsync(scenario, 0);
        var phone = scenario.Services.GetRequiredService<PhoneAnswerService>();

        var status = await SeenAfterAsync(scenario,
            async () => Assert.True((await phone.AnswerOnBehalfAsync(id, new RsvpAnswer(InvitationStatus.Declined), Staff.Organiser)).Succeeded),
            db => db.Invitations.Select(i => i.Status).SingleAsync());

        Assert.Equal(InvitationStatus.Declined, status);
    }

    [Fact]
    public async Task UpdateAsync_CapacityRaisedWithPeopleWaiting_TheOpenDashboardSeesThemSeated()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 1);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept());
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), Accept());
        var waiting = await InvitationIdAsync(scenario, 1);
        var start = EventHub.Core.Common.EventTime.ToLocal(InvitationScenario.EventStart, "Europe/Amsterdam");
        var planning = scenario.Services.GetRequiredService<EventPlanningService>();

        var status = await SeenAfterAsync(scenario,
            async () => Assert.True((await planning.UpdateAsync(scenario.EventId, new EventInput("Alliantiedag", start, start.AddHours(4),
                OnlineUrl: "https://meet.example.org/alliantie", Capacity: 2, LocalRsvpDeadline: start.AddDays(-7)), expectedVersion: 0, Staff.Organiser)).Succeeded),
            db => db.Invitations.Where(i => i.Id == waiting).Select(i => i.Status).SingleAsync());

        Assert.Equal(InvitationStatus.Accepted, status);
    }

    [Fact]
    public async Task CheckInAsync_ThenUndo_TheOpenDeskSeesTheArrivalAndItsUndoing()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept());
        var id = await InvitationIdAsync(scenario, 0);
        var checkIns = scenario.Services.GetRequiredService<CheckInService>();

        var arrived = await SeenAfterAsync(scenario,
            async () => Assert.True((await checkIns.CheckInAsync(scenario.EventId, id, Staff.Organiser)).Succeeded),
            db => db.Invitations.Select(i => i.CheckedInAtUtc).SingleAsync());
        var undone = await SeenAfterAsync(scenario,
            async () => Assert.True((await checkIns.UndoAsync(scenario.EventId, id, Staff.Organiser)).Succeeded),
            db => db.Invitations.Select(i => i.CheckedInAtUtc).SingleAsync());

        Assert.NotNull(arrived);
        Assert.Null(undone);
    }

    [Fact]
    public async Task WriteAsync_RolledBackAfterSaving_PublishesNothing_ACommittedWritePublishesItsEventOnce()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var id = await InvitationIdAsync(scenario, 0);
        var factory = scenario.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        var published = new List<int[]>();
        scenario.Notifier.Published += ids => published.Add(ids.ToArray());

        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.WriteAsync<bool>(async (db, ct) =>
        {
            var invitation = await db.Invitations.SingleAsync(i => i.Id == id, ct);
            invitation.CheckIn(scenario.Time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct); // saved inside the transaction, then the unit fails
            throw new InvalidOperationException("the rest of the unit failed");
        }));
        var afterRollback = published.Count;
        var checkedIn = await scenario.Services.GetRequiredService<CheckInService>().AdmitAsync(scenario.EventId, id, Staff.Organiser);

        Assert.Equal(0, afterRollback);
        Assert.True(checkedIn.Succeeded);
        Assert.Equal([scenario.EventId], Assert.Single(published));
    }

    [Fact]
    public async Task Publish_ASubscriberThrows_ItIsLoggedWithTheEvent_AndTheOthersAndTheWriteCarryOn()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var log = new RecordingLoggerProvider();
        scenario.Services.GetRequiredService<ILoggerFactory>().AddProvider(log);
        var other = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var failing = scenario.Notifier.Subscribe(scenario.EventId, () => throw new InvalidOperationException("screen went away"));
        using var working = scenario.Notifier.Subscribe(scenario.EventId, () =>
        {
            other.TrySetResult();
            return Task.CompletedTask;
        });

        var answered = await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept());
        await other.Task.WaitAsync(Guard);
        var entry = await log.WhenLoggedAsync(e => e.Category == typeof(InvitationNotifier).FullName).WaitAsync(Guard);

        Assert.True(answered.Succeeded);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Contains(scenario.EventId.ToString(), entry.Message);
        Assert.Equal("screen went away", entry.Exception?.Message);
        await using var db = await scenario.NewContextAsync();
        Assert.Equal(InvitationStatus.Accepted, await db.Invitations.Select(i => i.Status).SingleAsync());
    }

    [Fact]
    public async Task RespondAsync_ASlowSubscriber_ThePartnerIsAnsweredBeforeTheScreenHasRefreshed()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var finished = false;
        using var slow = scenario.Notifier.Subscribe(scenario.EventId, async () =>
        {
            started.TrySetResult();
            await release.Task;
            finished = true;
        });

        // Would never return if the answer waited for the screen: the screen only finishes when the test says so.
        var answered = await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept()).WaitAsync(Guard);
        await started.Task.WaitAsync(Guard);

        Assert.True(answered.Succeeded);
        Assert.False(Volatile.Read(ref finished));
        release.SetResult();
    }

    [Fact]
    public async Task RespondAsync_ADutchPartnerAnswers_AnEnglishScreenRefreshesInEnglish()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var previous = CultureInfo.CurrentUICulture;
        IDisposable screen;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB"); // the organiser's circuit
            screen = scenario.Notifier.Subscribe(scenario.EventId, () =>
            {
                seen.TrySetResult(CultureInfo.CurrentUICulture.Name);
                return Task.CompletedTask;
            });
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nl-NL"); // the partner's request
            await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        using (screen)
        {
            Assert.Equal("en-GB", await seen.Task.WaitAsync(Guard));
        }
    }

    private static RsvpAnswer Accept() => new(InvitationStatus.Accepted, PrivacyAccepted: true);

    private static GuestListService Guests(InvitationScenario scenario) => scenario.Services.GetRequiredService<GuestListService>();

    /// <summary>
    /// Opens a "screen" on the scenario's event that reads the database when told, makes the change, and returns what
    /// the screen read: proof that it was told, and told after the change was committed.
    /// </summary>
    private static async Task<T> SeenAfterAsync<T>(InvitationScenario scenario, Func<Task> change, Func<EventHubDbContext, Task<T>> read)
    {
        var seen = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var screen = scenario.Notifier.Subscribe(scenario.EventId, async () =>
        {
            await using var db = await scenario.NewContextAsync();
            seen.TrySetResult(await read(db));
        });

        await change();
        return await seen.Task.WaitAsync(Guard);
    }

    private static async Task<int> InvitationIdAsync(InvitationScenario scenario, int index)
    {
        await using var db = await scenario.NewContextAsync();
        return await db.Invitations.Where(i => i.Contact.Email == InvitationScenario.Email(index)).Select(i => i.Id).SingleAsync();
    }

    private static async Task<string?> TokenHashAsync(InvitationScenario scenario, int id)
    {
        await using var db = await scenario.NewContextAsync();
        return await db.Invitations.Where(i => i.Id == id).Select(i => i.TokenHash).SingleAsync();
    }

    internal static async Task<int> AddToListAsync(InvitationScenario scenario, string email)
    {
        int contactId;
        await using (var db = await scenario.NewContextAsync())
        {
            var contact = new Contact("New", "Comer", email, Language.En, scenario.Time.GetUtcNow().UtcDateTime);
            db.Contacts.Add(contact);
            await db.SaveChangesAsync();
            contactId = contact.Id;
        }

        Assert.Equal(1, (await scenario.Invitations.AddAsync(scenario.EventId, [contactId], Staff.Organiser)).Value);
        await using var read = await scenario.NewContextAsync();
        return await read.Invitations.Where(i => i.ContactId == contactId).Select(i => i.Id).SingleAsync();
    }
}
