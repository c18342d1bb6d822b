using EventHub.Core.Actions;
using EventHub.Core.Common;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Actions;

/// <summary>
/// An owner's link moves with the item: another owner contact or organisation gets a new link and the old one stops;
/// and it expires a set number of days after the item is done or dropped (EventHub:Links:OwnerDaysAfterClosed).
/// </summary>
public class OwnerLinkTests : IAsyncLifetime
{
    private static readonly DateOnly Due = new(2026, 12, 20);

    private TestDatabase _db = default!;
    private ActionItems _build = default!;

    private ActionOwnerService Owners => _db.Services.GetRequiredService<ActionOwnerService>();
    private ActionItemService Items => _db.Services.GetRequiredService<ActionItemService>();

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _build = new ActionItems(_db.DbFactory, _db.Time.GetUtcNow().UtcDateTime);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Edit_AnotherOwnerContact_TheOldLinkStops_AndTheNewContactIsEmailedALinkThatWorks()
    {
        var (item, oldToken, organisation) = await LinkedItemAsync();
        var colleague = await ColleagueAsync(organisation.Id, "Jan", "jan@bibliotheek.example");

        var edited = await Items.EditAsync(item.Id, new ActionItemDraft(item.What, organisation.Id, colleague, Due), item.Version, Staff.Organiser);

        Assert.True(edited.Succeeded);
        Assert.Null(await Owners.GetAsync(oldToken));
        var email = await OnlyOwnerEmailAsync();
        Assert.Equal("jan@bibliotheek.example", email.ToAddress);
        var view = await Owners.GetAsync(ActionOwnerServiceTests.ActionLinkIn(OutboxLinks.TextAsSent(_db.Services, email)));
        Assert.Equal((item.Id, "Jan"), (view!.Item.Id, view.ContactFirstName));
    }

    [Fact]
    public async Task Edit_AnotherOrganisation_TheOldLinkStops_AndItsContactGetsANewLink()
    {
        var (item, oldToken, _) = await LinkedItemAsync();
        var (other, contact) = await _build.PartnerAsync("Buurtcentrum");

        var edited = await Items.EditAsync(item.Id, new ActionItemDraft(item.What, other.Id, contact.Id, Due), item.Version, Staff.Organiser);

        Assert.True(edited.Succeeded);
        Assert.Null(await Owners.GetAsync(oldToken));
        var email = await OnlyOwnerEmailAsync();
        Assert.Equal(contact.Email, email.ToAddress);
        Assert.NotNull(await Owners.GetAsync(ActionOwnerServiceTests.ActionLinkIn(OutboxLinks.TextAsSent(_db.Services, email))));
    }

    [Fact]
    public async Task Edit_AnotherOrganisationWithoutContact_TheOldLinkStops_AndNoOneIsEmailed()
    {
        var (item, oldToken, _) = await LinkedItemAsync();
        var (other, _) = await _build.PartnerAsync("Buurtcentrum");

        Assert.True((await Items.EditAsync(item.Id, new ActionItemDraft(item.What, other.Id, null, Due), item.Version, Staff.Organiser)).Succeeded);

        Assert.Null(await Owners.GetAsync(oldToken));
        await using var db = await _db.NewContextAsync();
        Assert.False(await db.OutboxMessages.AnyAsync());
    }

    [Fact]
    public async Task Edit_SameOwner_KeepsTheLink_AndSendsNothing()
    {
        var (item, token, organisation) = await LinkedItemAsync();

        var edited = await Items.EditAsync(item.Id, new ActionItemDraft("Voorleesuurtjes in drie wijken", organisation.Id, item.OwnerContactId, Due.AddDays(7)), item.Version, Staff.Organiser);

        Assert.True(edited.Succeeded);
        Assert.NotNull(await Owners.GetAsync(token));
        await using var db = await _db.NewContextAsync();
        Assert.False(await db.OutboxMessages.AnyAsync());
    }

    [Fact]
    public async Task OwnerLink_WorksUntil90DaysAfterTheItemClosed_ALaterNoteDoesNotExtendIt_ReopeningRevivesIt()
    {
        var (item, token, _) = await LinkedItemAsync(organiser: ("Olga Bakker", "olga@gemeente.example"));
        Assert.True((await Owners.UpdateAsync(token, item.Id, new ActionProgressInput(ActionItemStatus.Done, "Alles geregeld", 0))).Succeeded);
        var closed = _db.Time.GetUtcNow();
        _db.Time.Advance(TimeSpan.FromDays(10));
        Assert.True((await Owners.UpdateAsync(token, item.Id, new ActionProgressInput(ActionItemStatus.Done, "Nog een foto erbij", 1))).Succeeded);

        _db.Time.SetUtcNow(closed.AddDays(90).AddMinutes(-1));
        Assert.NotNull(await Owners.GetAsync(token));
        Assert.Null(await Owners.ExpiredAsync(token));

        _db.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(await Owners.GetAsync(token));
        Assert.Equal(new ExpiredLink("Olga Bakker", "olga@gemeente.example"), await Owners.ExpiredAsync(token));
        Assert.Equal(ActionErrors.NotFound, (await Owners.UpdateAsync(token, item.Id, new ActionProgressInput(ActionItemStatus.InProgress, "Toch niet klaar", 2))).ErrorCode);
        Assert.Equal(Language.En, await Owners.LanguageAsync(token));

        Assert.True((await _db.Services.GetRequiredService<ActionTrackerService>()
            .RecordProgressAsync(item.Id, new ActionProgressInput(ActionItemStatus.InProgress, "Heropend", 2), Staff.Organiser)).Succeeded);
        Assert.NotNull(await Owners.GetAsync(token));
    }

    [Fact]
    public async Task OwnerDaysAfterClosed_IsASetting_AndAnOpenItemsLinkNeverExpires()
    {
        await _db.DisposeAsync();
        _db = await TestDatabase.CreateAsync(services => services.Configure<PersonalLinkOptions>(links => links.OwnerDaysAfterClosed = 3));
        _build = new ActionItems(_db.DbFactory, _db.Time.GetUtcNow().UtcDateTime);
        var (open, openToken, _) = await LinkedItemAsync();
        var (dropped, droppedToken, _) = await LinkedItemAsync();
        Assert.True((await Owners.UpdateAsync(droppedToken, dropped.Id, new ActionProgressInput(ActionItemStatus.Dropped, null, 0))).Succeeded);

        _db.Time.Advance(TimeSpan.FromDays(3));

        Assert.Null(await Owners.GetAsync(droppedToken));
        Assert.Equal(new ExpiredLink(null, null), await Owners.ExpiredAsync(droppedToken));
        Assert.Equal(open.Id, (await Owners.GetAsync(openToken))!.Item.Id);
        Assert.Null(await Owners.ExpiredAsync(openToken));
    }

    private async Task<(ActionItem Item, string Token, EventHub.Core.Directory.Organisation Organisation)> LinkedItemAsync(
        (string Name, string Email)? organiser = null)
    {
        var session = await _build.MeetingAsync("Dialoogavond", new DateTime(2026, 9, 10, 17, 0, 0, DateTimeKind.Utc));
        if (organiser is { } who)
        {
            await using var db = await _db.NewContextAsync();
            (await db.Events.SingleAsync(e => e.Id == session.EventId)).SetOrganiser(who.Name, who.Email);
            await db.SaveChangesAsync();
        }

        var (owner, contact) = await _build.PartnerAsync("Bibliotheek");
        var item = await _build.AddAsync(session, "Voorleesuurtjes", owner, contact, Due);
        return (item, await _build.LinkAsync(item), owner);
    }

    private async Task<int> ColleagueAsync(int organisationId, string firstName, string email)
    {
        await using var db = await _db.NewContextAsync();
        var contact = new EventHub.Core.Directory.Contact(firstName, "Bakker", email, Language.En, _db.Time.GetUtcNow().UtcDateTime);
        contact.MoveTo(await db.Organisations.SingleAsync(o => o.Id == organisationId), _db.Time.GetUtcNow().UtcDateTime);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync();
        return contact.Id;
    }

    private async Task<EventHub.Core.Outbox.OutboxMessage> OnlyOwnerEmailAsync()
    {
        await using var db = await _db.NewContextAsync();
        return await db.OutboxMessages.SingleAsync(m => m.Kind == ActionEmails.Kind);
    }
}
