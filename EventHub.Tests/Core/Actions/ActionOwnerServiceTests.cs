using EventHub.Core.Actions;
using EventHub.Core.Common;
using EventHub.Core.Privacy;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Actions;

/// <summary>An owner updates their action item through a personal link, without an account; the link reaches only that item.</summary>
public class ActionOwnerServiceTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    private TestDatabase _db = default!;
    private ActionItems _build = default!;

    private ActionOwnerService Owners => _db.Services.GetRequiredService<ActionOwnerService>();

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _build = new ActionItems(_db.DbFactory, _db.Time.GetUtcNow().UtcDateTime);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Update_WithTheItemsOwnToken_RecordsTheOwnersProgress()
    {
        var (item, token) = await LinkedItemAsync("Voorleesuurtjes");

        var result = await Owners.UpdateAsync(token, item.Id, new ActionProgressInput(ActionItemStatus.InProgress, "Twee scholen doen mee", 0));

        Assert.True(result.Succeeded);
        var view = (await Owners.GetAsync(token))!;
        Assert.Equal(ActionItemStatus.InProgress, view.Item.Status);
        var entry = Assert.Single(view.History);
        Assert.Equal(("Twee scholen doen mee", ActionUpdateSource.Owner, (string?)null), (entry.Note, entry.Source, entry.By));
    }

    [Fact]
    public async Task Update_AnotherItemsIdWithThisToken_IsRefusedAndChangesNeitherItem()
    {
        var (mine, token) = await LinkedItemAsync("Voorleesuurtjes");
        var (other, _) = await LinkedItemAsync("Stagecoaches werven");

        var result = await Owners.UpdateAsync(token, other.Id, new ActionProgressInput(ActionItemStatus.Dropped, "Niet van mij", 0));

        Assert.Equal(ActionErrors.NotFound, result.ErrorCode);
        await using var db = await _db.NewContextAsync();
        var items = await db.ActionItems.Include(a => a.Updates).Where(a => a.Id == mine.Id || a.Id == other.Id).ToListAsync();
        Assert.All(items, a => Assert.Equal((ActionItemStatus.Open, 0, 0), (a.Status, a.Version, a.Updates.Count)));
    }

    [Fact]
    public async Task UnknownOrEmptyToken_FindsNothing_AndChangesNothing()
    {
        var (item, _) = await LinkedItemAsync("Voorleesuurtjes");

        Assert.Null(await Owners.GetAsync("no-such-link"));
        Assert.Null(await Owners.GetAsync(""));
        var result = await Owners.UpdateAsync("no-such-link", item.Id, new ActionProgressInput(ActionItemStatus.Done, null, 0));
        Assert.Equal(ActionErrors.NotFound, result.ErrorCode);
    }

    [Fact]
    public async Task SendLink_RotatesTheToken_TheOldLinkStopsWorking_AndTheEmailIsInTheContactsLanguage()
    {
        var (item, oldToken) = await LinkedItemAsync("Voorleesuurtjes", Language.Nl);

        var result = await Owners.SendLinkAsync(item.Id, Staff.Organiser);

        Assert.True(result.Succeeded);
        Assert.Null(await Owners.GetAsync(oldToken));
        await using var db = await _db.NewContextAsync();
        var email = await db.OutboxMessages.SingleAsync(m => m.Kind == ActionEmails.Kind);
        Assert.StartsWith("Uw actiepunt: Voorleesuurtjes", email.Subject);
        Assert.Contains("Werk het actiepunt bij", email.TextBody);
        var newToken = ActionLinkIn(OutboxLinks.TextAsSent(_db.Services, email));
        var view = await Owners.GetAsync(newToken);
        Assert.Equal((item.Id, "Sanne", Language.Nl), (view!.Item.Id, view.ContactFirstName, view.Language));
    }

    [Fact]
    public async Task SendLink_ByAFacilitator_OrWithoutOwnerContact_IsRefused()
    {
        var (item, _) = await LinkedItemAsync("Voorleesuurtjes");
        var session = await _build.MeetingAsync("Andere avond", new DateTime(2026, 9, 20, 17, 0, 0, DateTimeKind.Utc));
        var (owner, _) = await _build.PartnerAsync("Gemeente");
        var anonymous = await _build.AddAsync(session, "Zonder contactpersoon", owner, null, Today.AddDays(3));

        var facilitator = await Owners.SendLinkAsync(item.Id, Staff.Facilitator);
        var noContact = await Owners.SendLinkAsync(anonymous.Id, Staff.Organiser);

        Assert.Equal((ActionErrors.NotAllowed, ActionErrors.NoOwnerContact), (facilitator.ErrorCode, noContact.ErrorCode));
        await using var db = await _db.NewContextAsync();
        Assert.False(await db.OutboxMessages.AnyAsync());
    }

    [Fact]
    public async Task SendLink_ToAnErasedOwner_IsRefused_AndTheItemSaysThereIsNoContactToEmail()
    {
        var (item, _) = await LinkedItemAsync("Voorleesuurtjes");
        await _db.Services.GetRequiredService<ContactErasure>().EraseAsync(Staff.Admin, item.OwnerContactId!.Value, "Sanne de Wit");

        var result = await Owners.SendLinkAsync(item.Id, Staff.Organiser);

        Assert.Equal(ActionErrors.NoOwnerContact, result.ErrorCode);
        var detail = await _db.Services.GetRequiredService<ActionTrackerService>().GetAsync(item.Id);
        Assert.Equal((false, false), (detail!.HasOwnerContact, detail.HasOwnerLink));
        await using var db = await _db.NewContextAsync();
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.Kind == ActionEmails.Kind));
    }

    [Fact]
    public async Task OwnersView_ShowsTheHistory_WithoutNamingTeamMembers()
    {
        var (item, token) = await LinkedItemAsync("Voorleesuurtjes");
        var tracker = _db.Services.GetRequiredService<ActionTrackerService>();
        await tracker.RecordProgressAsync(item.Id, new ActionProgressInput(ActionItemStatus.InProgress, "Gebeld met de bibliotheek", 0), Staff.Organiser);

        var view = (await Owners.GetAsync(token))!;

        var entry = Assert.Single(view.History);
        Assert.Equal(("Gebeld met de bibliotheek", ActionUpdateSource.Team, (string?)null), (entry.Note, entry.Source, entry.By));
        Assert.Null(view.Item.OwnerContactName);
    }

    private async Task<(ActionItem Item, string Token)> LinkedItemAsync(string what, Language language = Language.En)
    {
        var session = await _build.MeetingAsync($"Dialoogavond {what}", new DateTime(2026, 9, 10, 17, 0, 0, DateTimeKind.Utc));
        var (owner, contact) = await _build.PartnerAsync("Bibliotheek", language);
        var item = await _build.AddAsync(session, what, owner, contact, Today.AddDays(10));
        return (item, await _build.LinkAsync(item));
    }

    public static string ActionLinkIn(string text) =>
        System.Text.RegularExpressions.Regex.Match(text, @"/a/([A-Za-z0-9_\-]+)").Groups[1].Value;
}
