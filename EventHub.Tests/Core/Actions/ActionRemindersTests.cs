using EventHub.Core.Actions;
using EventHub.Core.Common;
using EventHub.Core.Privacy;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Actions;

/// <summary>Owners are reminded a week before the due date and once it has passed, each at most once, in their language.</summary>
public class ActionRemindersTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    private TestDatabase _db = default!;
    private ActionItems _build = default!;

    private ActionReminders Reminders => _db.Services.GetRequiredService<ActionReminders>();

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _build = new ActionItems(_db.DbFactory, _db.Time.GetUtcNow().UtcDateTime);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task AWeekBefore_AndWhenOverdue_EachReminderGoesOnce_WithAWorkingLink()
    {
        var item = await ItemAsync("Voorleesuurtjes", Today.AddDays(7), Language.En);
        await ItemAsync("Nog ver weg", Today.AddDays(30), Language.En);

        var weekBefore = await Reminders.QueueDueAsync();
        var again = await Reminders.QueueDueAsync();
        _db.Time.Advance(TimeSpan.FromDays(8));
        var overdue = await Reminders.QueueDueAsync();
        var overdueAgain = await Reminders.QueueDueAsync();

        Assert.Equal((1, 0, 1, 0), (weekBefore, again, overdue, overdueAgain));
        await using var db = await _db.NewContextAsync();
        var emails = await db.OutboxMessages.OrderBy(m => m.Id).ToListAsync();
        Assert.Equal([$"action:{item.Id}:week:2026-12-06:{item.OwnerContactId}", $"action:{item.Id}:overdue:2026-12-06:{item.OwnerContactId}"],
            emails.Select(m => m.DeduplicationKey));
        Assert.StartsWith("Due soon: Voorleesuurtjes", emails[0].Subject);
        Assert.StartsWith("Past its due date: Voorleesuurtjes", emails[1].Subject);
        // Each reminder carries a fresh link; the newest one opens the item.
        var owners = _db.Services.GetRequiredService<ActionOwnerService>();
        Assert.Null(await owners.GetAsync(ActionOwnerServiceTests.ActionLinkIn(OutboxLinks.TextAsSent(_db.Services, emails[0]))));
        Assert.Equal(item.Id, (await owners.GetAsync(ActionOwnerServiceTests.ActionLinkIn(OutboxLinks.TextAsSent(_db.Services, emails[1]))))!.Item.Id);
    }

    [Fact]
    public async Task AnErasedOwner_GetsNoReminder_AndTheirLinkStaysRevoked()
    {
        var item = await ItemAsync("Voorleesuurtjes", Today.AddDays(7), Language.En);
        var token = await _build.LinkAsync(item);
        var erased = await _db.Services.GetRequiredService<ContactErasure>().EraseAsync(Staff.Admin, item.OwnerContactId!.Value, "Sanne de Wit");
        Assert.True(erased.Succeeded, erased.ErrorCode);

        var weekBefore = await Reminders.QueueDueAsync();
        _db.Time.Advance(TimeSpan.FromDays(8));
        var overdue = await Reminders.QueueDueAsync();

        Assert.Equal((0, 0), (weekBefore, overdue));
        await using var db = await _db.NewContextAsync();
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.Kind == ActionEmails.Kind));
        Assert.Null((await db.ActionItems.SingleAsync(a => a.Id == item.Id)).OwnerTokenHash);
        Assert.Null(await _db.Services.GetRequiredService<ActionOwnerService>().GetAsync(token));
    }

    [Fact]
    public async Task ADutchOwner_IsRemindedInDutch()
    {
        await ItemAsync("Stagecoaches werven", Today.AddDays(-2), Language.Nl);

        await Reminders.QueueDueAsync();

        await using var db = await _db.NewContextAsync();
        var email = await db.OutboxMessages.SingleAsync();
        Assert.StartsWith("Datum verstreken: Stagecoaches werven", email.Subject);
        Assert.Contains("Beste Sanne,", email.TextBody);
        Assert.Contains("Werk het actiepunt bij", email.TextBody);
    }

    [Fact]
    public async Task APostponedItem_IsRemindedAgainForItsNewDueDate()
    {
        var item = await ItemAsync("Voorleesuurtjes", Today.AddDays(7), Language.En);
        Assert.Equal(1, await Reminders.QueueDueAsync()); // a week before
        _db.Time.Advance(TimeSpan.FromDays(8));
        Assert.Equal(1, await Reminders.QueueDueAsync()); // overdue

        // At the next meeting the owner asks for two more months: the organiser sets the new due date.
        await EditAsync(item, draft => draft with { DueOn = ActionDates.Today(_db.Time).AddDays(60) });
        _db.Time.Advance(TimeSpan.FromDays(54)); // six days before the new date
        var weekBeforeNewDate = await Reminders.QueueDueAsync();
        _db.Time.Advance(TimeSpan.FromDays(7)); // the new date has passed
        var overdueAgain = await Reminders.QueueDueAsync();
        var notTwice = await Reminders.QueueDueAsync();

        Assert.Equal((1, 1, 0), (weekBeforeNewDate, overdueAgain, notTwice));
    }

    [Fact]
    public async Task ANewOwner_GetsTheReminderThePreviousOwnerHad()
    {
        var item = await ItemAsync("Voorleesuurtjes", Today.AddDays(-1), Language.En);
        Assert.Equal(1, await Reminders.QueueDueAsync()); // overdue, to the first owner

        var (library, newOwner) = await _build.PartnerAsync("Stadsbibliotheek");
        await EditAsync(item, draft => draft with { OwnerOrganisationId = library.Id, OwnerContactId = newOwner.Id });
        var toNewOwner = await Reminders.QueueDueAsync();

        Assert.Equal(1, toNewOwner);
        await using var db = await _db.NewContextAsync();
        Assert.Equal(newOwner.Email, (await db.OutboxMessages.OrderBy(m => m.Id).LastAsync()).ToAddress);
    }

    [Fact]
    public async Task AReminderQueuedBeforeKeysNamedTheDueDate_IsNotSentAgain()
    {
        var item = await ItemAsync("Voorleesuurtjes", Today.AddDays(5), Language.En);
        await using (var db = await _db.NewContextAsync())
        {
            db.OutboxMessages.Add(new EventHub.Core.Outbox.EmailDraft(Language.En).Paragraph("Due soon")
                .ToMessage("owner@example.org", null, "Due soon: Voorleesuurtjes", "action", _db.Time.GetUtcNow().UtcDateTime, $"action:{item.Id}:week"));
            await db.SaveChangesAsync();
        }

        Assert.Equal(0, await Reminders.QueueDueAsync());
        _db.Time.Advance(TimeSpan.FromDays(6));
        Assert.Equal(1, await Reminders.QueueDueAsync()); // overdue: not sent before
    }

    [Fact]
    public async Task DoneDroppedOrWithoutOwnerContact_AreNotReminded()
    {
        var session = await _build.MeetingAsync("Dialoogavond", new DateTime(2026, 9, 10, 17, 0, 0, DateTimeKind.Utc));
        var (owner, contact) = await _build.PartnerAsync("Bibliotheek");
        await _build.AddAsync(session, "Klaar", owner, contact, Today.AddDays(-1), ActionItemStatus.Done);
        await _build.AddAsync(session, "Vervallen", owner, contact, Today.AddDays(3), ActionItemStatus.Dropped);
        await _build.AddAsync(session, "Niemand om te mailen", owner, null, Today.AddDays(-1));
        var open = await _build.AddAsync(session, "Bezig", owner, contact, Today.AddDays(3), ActionItemStatus.InProgress);

        var queued = await Reminders.QueueDueAsync();

        Assert.Equal(1, queued);
        await using var db = await _db.NewContextAsync();
        Assert.Equal($"action:{open.Id}:week:2026-12-02:{open.OwnerContactId}", (await db.OutboxMessages.SingleAsync()).DeduplicationKey);
    }

    [Fact]
    public async Task TheJob_RunsWithTheOtherReminderJobs()
    {
        var jobs = _db.Services.CreateScope().ServiceProvider.GetServices<IReminderJob>();

        Assert.Contains(jobs, j => j is ActionReminders);
    }

    private async Task EditAsync(ActionItem item, Func<ActionItemDraft, ActionItemDraft> change)
    {
        var actions = _db.Services.GetRequiredService<ActionItemService>();
        var view = (await actions.ListAsync(item.SessionId, Staff.Organiser)).Value!.Single(a => a.Id == item.Id);
        var edited = await actions.EditAsync(item.Id, change(view.ToDraft()), view.Version, Staff.Organiser);
        Assert.True(edited.Succeeded, edited.ErrorCode);
    }

    private async Task<ActionItem> ItemAsync(string what, DateOnly dueOn, Language language)
    {
        var session = await _build.MeetingAsync($"Dialoogavond {what}", new DateTime(2026, 9, 10, 17, 0, 0, DateTimeKind.Utc));
        var (owner, contact) = await _build.PartnerAsync("Bibliotheek", language);
        return await _build.AddAsync(session, what, owner, contact, dueOn);
    }
}
