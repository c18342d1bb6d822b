using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Core.Events;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Accounts;

public class StaffAccountServiceTests
{
    private const string Password = "Lang-genoeg-2026";

    [Fact]
    public async Task Invite_QueuesAnEmailWithAOneTimeLink_StoresOnlyItsHash_AndRecordsWhoInvited()
    {
        await using var team = await Team.CreateAsync();

        var result = await team.Accounts.InviteAsync(team.Admin, "fenna@groningen.nl", "Fenna de Vries", Language.Nl, [Roles.Facilitator, Roles.DoorStaff]);

        Assert.True(result.Succeeded);
        var message = await StaffLinks.NewestMessageToAsync(team.Database.Services, "fenna@groningen.nl");
        Assert.Equal(AccountEmails.InvitationKind, message.Kind);
        Assert.Equal("Je EventHub-account", message.Subject);
        Assert.Contains("Gespreksleider, Deurmedewerker", message.TextBody);
        var token = StaffLinks.TokenIn(OutboxLinks.TextAsSent(team.Database.Services, message));
        await using var db = await team.Database.NewContextAsync();
        var link = await db.AccountLinks.SingleAsync(l => l.UserId == result.Value);
        Assert.Equal(PersonalLinkTokens.Hash(token), link.TokenHash);
        Assert.DoesNotContain(db.AccountLinks, l => l.TokenHash == token);
        var record = await db.AccountAuditRecords.SingleAsync(r => r.AccountId == result.Value);
        Assert.Equal((AccountAuditAction.Invited, team.Admin.UserId, "Anna Admin", TestDatabase.DefaultNow.UtcDateTime, "Facilitator,DoorStaff"),
            (record.Action, record.ActorId, record.ActorName, record.AtUtc, record.Detail));
        Assert.Equal(AccountState.Invited, (await team.Database.Services.GetRequiredService<TeamDirectory>().ListUsersAsync()).Single(u => u.Id == result.Value).State);
    }

    [Fact]
    public async Task Invite_WhileAnotherWriterHoldsTheDatabase_GoesThroughOnceItIsFree_WithOneLinkOneEmailOneRecord()
    {
        var database = new BusyDatabase();
        await using var team = await Team.CreateAsync(services => services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(database));
        database.BusyFor(2);

        var result = await team.Accounts.InviteAsync(team.Admin, "fenna@groningen.nl", "Fenna de Vries", Language.Nl, [Roles.Facilitator]);

        Assert.True(result.Succeeded);
        await using var db = await team.Database.NewContextAsync();
        Assert.Equal(1, await db.Users.CountAsync(u => u.Email == "fenna@groningen.nl"));
        Assert.Equal(1, await db.AccountLinks.CountAsync(l => l.UserId == result.Value));
        Assert.Equal(1, await db.AccountAuditRecords.CountAsync(r => r.AccountId == result.Value));
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.ToAddress == "fenna@groningen.nl"));
    }

    [Theory]
    [InlineData("not-an-email", "Fenna", Roles.Facilitator, AccountErrors.InvalidEmail)]
    [InlineData("fenna@groningen", "Fenna", Roles.Facilitator, AccountErrors.InvalidEmail)] // the rule contacts and the privacy notice follow
    [InlineData("fenna@groningen.nl", " ", Roles.Facilitator, AccountErrors.NameRequired)]
    [InlineData("fenna@groningen.nl", "Fenna", null, AccountErrors.NoRoles)]
    [InlineData("fenna@groningen.nl", "Fenna", "Superuser", AccountErrors.NoRoles)]
    [InlineData("anna@groningen.nl", "Anna", Roles.Facilitator, AccountErrors.EmailTaken)]
    public async Task Invite_BadInput_IsRefusedAndSendsNothing(string email, string name, string? role, string expected)
    {
        await using var team = await Team.CreateAsync();

        var result = await team.Accounts.InviteAsync(team.Admin, email, name, Language.En, role is null ? [] : [role]);

        Assert.Equal(expected, result.ErrorCode);
        await using var db = await team.Database.NewContextAsync();
        Assert.Empty(db.OutboxMessages);
        Assert.Equal(1, await db.Users.CountAsync());
    }

    [Fact]
    public async Task EveryAdminAction_ByANonAdmin_IsRefused()
    {
        await using var team = await Team.CreateAsync();
        var organiser = TeamMember.InRoles("x", "Olga", Roles.Organiser);

        Assert.Equal(AccountErrors.NotAllowed, (await team.Accounts.InviteAsync(organiser, "f@g.nl", "F", Language.En, [Roles.Admin])).ErrorCode);
        Assert.Equal(AccountErrors.NotAllowed, (await team.Accounts.ChangeRolesAsync(organiser, team.Admin.UserId, [Roles.Organiser])).ErrorCode);
        Assert.Equal(AccountErrors.NotAllowed, (await team.Accounts.DeactivateAsync(organiser, team.Admin.UserId)).ErrorCode);
        Assert.Equal(AccountErrors.NotAllowed, (await team.Accounts.ReactivateAsync(organiser, team.Admin.UserId)).ErrorCode);
        Assert.Equal(AccountErrors.NotAllowed, (await team.Accounts.ResendInvitationAsync(organiser, team.Admin.UserId)).ErrorCode);
        Assert.Equal(AccountErrors.NotAllowed, (await team.Accounts.SendResetLinkAsync(organiser, team.Admin.UserId)).ErrorCode);
        Assert.Equal(AccountErrors.NotAllowed, (await team.Accounts.UnlockAsync(organiser, team.Admin.UserId)).ErrorCode);
        Assert.Equal(AccountErrors.NotAllowed, (await team.Accounts.ResetTwoFactorAsync(organiser, team.Admin.UserId)).ErrorCode);
    }

    [Fact]
    public async Task SetPassword_ThroughTheInvitationLink_WorksOnce()
    {
        await using var team = await Team.CreateAsync();
        var (id, token) = await team.InviteAsync("fenna@groningen.nl", Roles.Facilitator);

        var first = await team.Accounts.SetPasswordAsync(token, Password);
        var second = await team.Accounts.SetPasswordAsync(token, "Nog-een-ander-2027");

        Assert.Equal(id, first.Value);
        Assert.Equal(AccountErrors.LinkInvalid, second.ErrorCode);
        Assert.Null(await team.Accounts.FindLinkAsync(token));
        Assert.True(await team.CheckPasswordAsync("fenna@groningen.nl", Password));
        Assert.Contains(await team.Accounts.HistoryAsync(id), r => r is { Action: AccountAuditAction.PasswordSet, ActorId: var actor } && actor == id);
    }

    [Fact]
    public async Task SetPassword_ThatIdentityRefuses_KeepsTheLinkWorking()
    {
        await using var team = await Team.CreateAsync();
        var (_, token) = await team.InviteAsync("fenna@groningen.nl", Roles.Facilitator);

        var refused = await team.Accounts.SetPasswordAsync(token, "kort");

        Assert.Equal(AccountErrors.PasswordRejected, refused.ErrorCode);
        Assert.NotNull(await team.Accounts.FindLinkAsync(token));
        Assert.True((await team.Accounts.SetPasswordAsync(token, Password)).Succeeded);
    }

    [Fact]
    public async Task InvitationLink_WorksFor72Hours_AndNotAfter()
    {
        await using var team = await Team.CreateAsync();
        var (_, token) = await team.InviteAsync("fenna@groningen.nl", Roles.Facilitator);

        team.Database.Time.Advance(TimeSpan.FromHours(72) - TimeSpan.FromSeconds(1));
        Assert.Equal(AccountLinkPurpose.Invitation, (await team.Accounts.FindLinkAsync(token))?.Purpose);
        team.Database.Time.Advance(TimeSpan.FromSeconds(1));

        Assert.Null(await team.Accounts.FindLinkAsync(token));
        Assert.Equal(AccountErrors.LinkInvalid, (await team.Accounts.SetPasswordAsync(token, Password)).ErrorCode);
    }

    [Fact]
    public async Task ResetLink_WorksForAnHour_AndNotAfter()
    {
        await using var team = await Team.CreateAsync();
        await team.Accounts.RequestPasswordResetAsync("anna@groningen.nl");
        var token = await StaffLinks.NewestTokenAsync(team.Database.Services, "anna@groningen.nl");

        team.Database.Time.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(AccountLinkPurpose.PasswordReset, (await team.Accounts.FindLinkAsync(token))?.Purpose);
        team.Database.Time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(AccountErrors.LinkInvalid, (await team.Accounts.SetPasswordAsync(token, "Nieuw-wachtwoord-2027")).ErrorCode);
        Assert.True(await team.CheckPasswordAsync("anna@groningen.nl", Password));
    }

    [Fact]
    public async Task ResetLinkSentByAnAdmin_SaysWhoSentIt_AndDoesNotTellTheColleagueToIgnoreIt()
    {
        await using var team = await Team.CreateAsync();
        var (id, token) = await team.InviteAsync("fenna@groningen.nl", Roles.Facilitator);
        await team.Accounts.SetPasswordAsync(token, Password);

        await team.Accounts.SendResetLinkAsync(team.Admin, id);

        // Fenna did not ask for it: "if you did not ask for this, ignore this email" would send the admin's link to the bin.
        var sent = await StaffLinks.NewestMessageToAsync(team.Database.Services, "fenna@groningen.nl");
        Assert.Contains("Anna Admin sent you this link to choose a new password for your EventHub account. Your current password keeps working until you choose a new one.", sent.TextBody);
        Assert.DoesNotContain("did not ask", sent.TextBody);
        // Whoever asks for a link themselves is still told what to do with one they did not ask for.
        await team.Accounts.RequestPasswordResetAsync("anna@groningen.nl");
        var asked = await StaffLinks.NewestMessageToAsync(team.Database.Services, "anna@groningen.nl");
        Assert.Contains("Heb je hier niet om gevraagd? Negeer deze e-mail dan", asked.TextBody);
    }

    [Fact]
    public async Task ForgotPassword_OnlyAnActiveAccountGetsALink_AndNobodyCanTellFromTheAnswer()
    {
        await using var team = await Team.CreateAsync();
        await team.InviteAsync("nog-niet@groningen.nl", Roles.Facilitator);
        var (deactivatedId, token) = await team.InviteAsync("weg@groningen.nl", Roles.Facilitator);
        await team.Accounts.SetPasswordAsync(token, Password);
        await team.Accounts.DeactivateAsync(team.Admin, deactivatedId);
        await using var before = await team.Database.NewContextAsync();
        var messagesBefore = await before.OutboxMessages.CountAsync();

        await team.Accounts.RequestPasswordResetAsync("niemand@groningen.nl");
        await team.Accounts.RequestPasswordResetAsync("nog-niet@groningen.nl");
        await team.Accounts.RequestPasswordResetAsync("weg@groningen.nl");
        await team.Accounts.RequestPasswordResetAsync(" ANNA@groningen.nl ");

        await using var db = await team.Database.NewContextAsync();
        var sent = await db.OutboxMessages.Skip(messagesBefore).ToListAsync();
        Assert.Equal(["anna@groningen.nl"], sent.Select(m => m.ToAddress));
        Assert.Equal(AccountEmails.ResetKind, sent[0].Kind);
        Assert.Contains(await team.Accounts.HistoryAsync(team.Admin.UserId), r => r is { Action: AccountAuditAction.PasswordResetRequested, ActorId: null });
    }

    [Fact]
    public async Task ForgotPassword_AskedAgainWithinTenMinutes_SendsNothingNew_AndTheLinkInTheInboxKeepsWorking()
    {
        await using var team = await Team.CreateAsync();
        await team.Accounts.RequestPasswordResetAsync("anna@groningen.nl");
        var first = await StaffLinks.NewestTokenAsync(team.Database.Services, "anna@groningen.nl");

        // Someone keeps pressing "send" for Anna's address while she opens her email.
        for (var i = 0; i < 5; i++)
        {
            team.Database.Time.Advance(TimeSpan.FromMinutes(1));
            await team.Accounts.RequestPasswordResetAsync("anna@groningen.nl");
        }

        Assert.Equal(1, await team.CountEmailsAsync("anna@groningen.nl"));
        Assert.Equal(AccountLinkPurpose.PasswordReset, (await team.Accounts.FindLinkAsync(first))?.Purpose);

        // Ten minutes after the first email, she may ask for a new one (the earlier one may have gone astray).
        team.Database.Time.Advance(TimeSpan.FromMinutes(5));
        await team.Accounts.RequestPasswordResetAsync("anna@groningen.nl");

        Assert.Equal(2, await team.CountEmailsAsync("anna@groningen.nl"));
        Assert.Null(await team.Accounts.FindLinkAsync(first));
        Assert.True((await team.Accounts.SetPasswordAsync(await StaffLinks.NewestTokenAsync(team.Database.Services, "anna@groningen.nl"), "Nieuw-wachtwoord-2027")).Succeeded);
    }

    [Fact]
    public async Task Deactivate_KillsOutstandingLinksAndTheCalendarLink_ChangesTheSecurityStamp_AndRefusesSignIn()
    {
        await using var team = await Team.CreateAsync();
        var (id, token) = await team.InviteAsync("fenna@groningen.nl", Roles.Facilitator);
        await team.Accounts.SetPasswordAsync(token, Password);
        var calendar = (await team.Database.Services.GetRequiredService<CalendarFeedService>().CreateAsync(id)).Value!;
        Assert.True((await team.Accounts.SendResetLinkAsync(team.Admin, id)).Succeeded);
        var resetToken = await StaffLinks.NewestTokenAsync(team.Database.Services, "fenna@groningen.nl");
        var stampBefore = await team.StampAsync(id);

        var result = await team.Accounts.DeactivateAsync(team.Admin, id);

        Assert.True(result.Succeeded);
        Assert.Null(await team.Accounts.FindLinkAsync(resetToken));
        Assert.Equal(AccountErrors.LinkInvalid, (await team.Accounts.SetPasswordAsync(resetToken, "Nieuw-wachtwoord-2027")).ErrorCode);
        Assert.NotEqual(stampBefore, await team.StampAsync(id));
        Assert.Equal(AccountState.Deactivated, (await team.Database.Services.GetRequiredService<TeamDirectory>().ListUsersAsync()).Single(u => u.Id == id).State);
        Assert.Equal(AccountErrors.NotActive, (await team.Accounts.SendResetLinkAsync(team.Admin, id)).ErrorCode);
        Assert.Contains(await team.Accounts.HistoryAsync(id), r => r is { Action: AccountAuditAction.Deactivated } && r.ActorId == team.Admin.UserId);
        Assert.Null(await team.Database.Services.GetRequiredService<CalendarFeedService>().FeedAsync(calendar, new Uri("https://eventhub.example/")));
        Assert.False(await team.Database.Services.GetRequiredService<CalendarFeedService>().HasFeedAsync(id));
    }

    [Fact]
    public async Task Reactivate_LetsThePersonSignInWithTheirPasswordAgain()
    {
        await using var team = await Team.CreateAsync();
        var (id, token) = await team.InviteAsync("fenna@groningen.nl", Roles.Facilitator);
        await team.Accounts.SetPasswordAsync(token, Password);
        await team.Accounts.DeactivateAsync(team.Admin, id);

        Assert.True((await team.Accounts.ReactivateAsync(team.Admin, id)).Succeeded);

        Assert.Equal(AccountState.Active, (await team.Database.Services.GetRequiredService<TeamDirectory>().ListUsersAsync()).Single(u => u.Id == id).State);
        Assert.True(await team.CheckPasswordAsync("fenna@groningen.nl", Password));
        Assert.Contains(await team.Accounts.HistoryAsync(id), r => r.Action == AccountAuditAction.Reactivated);
    }

    [Fact]
    public async Task ResendInvitation_SendsANewLink_AndTheEarlierOneStopsWorking()
    {
        await using var team = await Team.CreateAsync();
        var (id, first) = await team.InviteAsync("fenna@groningen.nl", Roles.Facilitator);

        Assert.True((await team.Accounts.ResendInvitationAsync(team.Admin, id)).Succeeded);
        var second = await StaffLinks.NewestTokenAsync(team.Database.Services, "fenna@groningen.nl");

        Assert.NotEqual(first, second);
        Assert.Null(await team.Accounts.FindLinkAsync(first));
        Assert.True((await team.Accounts.SetPasswordAsync(second, Password)).Succeeded);
        Assert.Equal(AccountErrors.NotInvited, (await team.Accounts.ResendInvitationAsync(team.Admin, id)).ErrorCode);
    }

    [Fact]
    public async Task TheLastActiveAdmin_CannotBeDeactivatedOrLoseTheAdminRole()
    {
        await using var team = await Team.CreateAsync();
        // An admin who has not chosen a password yet cannot administer anything, so does not count.
        var (invitedAdmin, _) = await team.InviteAsync("nieuw@groningen.nl", Roles.Admin);

        Assert.Equal(AccountErrors.LastAdmin, (await team.Accounts.DeactivateAsync(team.Admin, team.Admin.UserId)).ErrorCode);
        Assert.Equal(AccountErrors.LastAdmin, (await team.Accounts.ChangeRolesAsync(team.Admin, team.Admin.UserId, [Roles.Organiser])).ErrorCode);
        Assert.True((await team.Accounts.ChangeRolesAsync(team.Admin, team.Admin.UserId, [Roles.Admin, Roles.Organiser])).Succeeded);
        Assert.True((await team.Accounts.DeactivateAsync(team.Admin, invitedAdmin)).Succeeded);
    }

    [Fact]
    public async Task WithASecondActiveAdmin_AnAdminCanStepDown()
    {
        await using var team = await Team.CreateAsync();
        var (second, token) = await team.InviteAsync("tweede@groningen.nl", Roles.Admin);
        await team.Accounts.SetPasswordAsync(token, Password);

        Assert.True((await team.Accounts.ChangeRolesAsync(team.Admin, team.Admin.UserId, [Roles.Organiser])).Succeeded);

        // Now the second admin is the last one (and Anna, no longer admin, could not act on accounts at all).
        Assert.Equal(AccountErrors.LastAdmin, (await team.Accounts.DeactivateAsync(TeamMember.InRoles(second, "tweede", Roles.Admin), second)).ErrorCode);
        var roles = await team.Accounts.HistoryAsync(team.Admin.UserId);
        Assert.Contains(roles, r => r is { Action: AccountAuditAction.RolesChanged, Detail: "Organiser" });
    }

    [Fact]
    public async Task ChangeRoles_TakingARoleAway_EndsThePersonsSignIns_AddingOneDoesNot()
    {
        await using var team = await Team.CreateAsync();
        var (id, token) = await team.InviteAsync("fenna@groningen.nl", Roles.Organiser);
        await team.Accounts.SetPasswordAsync(token, Password);
        var signedIn = await team.StampAsync(id);

        Assert.True((await team.Accounts.ChangeRolesAsync(team.Admin, id, [Roles.Organiser, Roles.DoorStaff])).Succeeded);
        Assert.Equal(signedIn, await team.StampAsync(id));

        Assert.True((await team.Accounts.ChangeRolesAsync(team.Admin, id, [Roles.DoorStaff])).Succeeded);
        Assert.NotEqual(signedIn, await team.StampAsync(id)); // her cookie and open pages still say organiser: they end
    }

    [Fact]
    public async Task AnAdminDemotedOrDeactivated_CannotActThroughAPageOpenedWhileTheyWereAdmin()
    {
        await using var team = await Team.CreateAsync();
        var (tomId, token) = await team.InviteAsync("tom@groningen.nl", Roles.Admin);
        await team.Accounts.SetPasswordAsync(token, Password);
        var tomsOpenPage = TeamMember.InRoles(tomId, "Tom", Roles.Admin);
        var (fennaId, _) = await team.InviteAsync("fenna@groningen.nl", Roles.Facilitator);

        Assert.True((await team.Accounts.ChangeRolesAsync(team.Admin, tomId, [Roles.Organiser])).Succeeded);

        Assert.Equal(AccountErrors.NotAllowed, (await team.Accounts.ChangeRolesAsync(tomsOpenPage, tomId, [Roles.Admin])).ErrorCode);
        Assert.Equal(AccountErrors.NotAllowed, (await team.Accounts.DeactivateAsync(tomsOpenPage, team.Admin.UserId)).ErrorCode);
        Assert.Equal(AccountErrors.NotAllowed, (await team.Accounts.InviteAsync(tomsOpenPage, "nieuw@groningen.nl", "Nieuw", Language.En, [Roles.Admin])).ErrorCode);
        Assert.Equal(AccountErrors.NotAllowed, (await team.Accounts.ResendInvitationAsync(tomsOpenPage, fennaId)).ErrorCode);

        Assert.True((await team.Accounts.ChangeRolesAsync(team.Admin, tomId, [Roles.Admin])).Succeeded);
        Assert.True((await team.Accounts.DeactivateAsync(team.Admin, tomId)).Succeeded);
        Assert.Equal(AccountErrors.NotAllowed, (await team.Accounts.ResendInvitationAsync(tomsOpenPage, fennaId)).ErrorCode);
    }

    [Fact]
    public async Task ChangePassword_NeedsTheCurrentOne_AndIsRecorded()
    {
        await using var team = await Team.CreateAsync();

        var wrong = await team.Accounts.ChangePasswordAsync(team.Admin.UserId, "niet-het-wachtwoord", "Nieuw-wachtwoord-2027");
        var right = await team.Accounts.ChangePasswordAsync(team.Admin.UserId, Password, "Nieuw-wachtwoord-2027");

        Assert.Equal(AccountErrors.WrongPassword, wrong.ErrorCode);
        Assert.True(right.Succeeded);
        Assert.True(await team.CheckPasswordAsync("anna@groningen.nl", "Nieuw-wachtwoord-2027"));
        Assert.Single(await team.Accounts.HistoryAsync(team.Admin.UserId), r => r.Action == AccountAuditAction.PasswordChanged);
    }

    [Fact]
    public async Task ResetTwoFactor_OfAColleagueWhoLostTheirPhone_RemovesAuthenticatorAndRecoveryCodes_EndsTheirSignIns_AndTellsThem()
    {
        await using var team = await Team.CreateAsync();
        var (id, token) = await team.InviteAsync("fenna@groningen.nl", Roles.Organiser);
        await team.Accounts.SetPasswordAsync(token, Password);
        var oldKey = await team.TurnOnTwoFactorAsync("fenna@groningen.nl");
        var signedIn = await team.StampAsync(id);

        var result = await team.Accounts.ResetTwoFactorAsync(team.Admin, id);

        Assert.True(result.Succeeded);
        await using (var scope = team.Database.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var fenna = (await users.FindByIdAsync(id))!;
            Assert.False(await users.GetTwoFactorEnabledAsync(fenna));
            Assert.Equal(0, await users.CountRecoveryCodesAsync(fenna));
            Assert.NotEqual(oldKey, await users.GetAuthenticatorKeyAsync(fenna)); // the app on the lost phone makes no valid code
        }

        Assert.NotEqual(signedIn, await team.StampAsync(id)); // her cookies and open pages end
        Assert.True(await team.CheckPasswordAsync("fenna@groningen.nl", Password));
        Assert.Contains(await team.Accounts.HistoryAsync(id), r => r is { Action: AccountAuditAction.TwoFactorReset, ActorName: "Anna Admin" } && r.ActorId == team.Admin.UserId);
        var email = await StaffLinks.NewestMessageToAsync(team.Database.Services, "fenna@groningen.nl");
        Assert.Equal("Two-factor sign-in was reset for your EventHub account", email.Subject);
        Assert.Contains("Anna Admin, an admin, reset two-factor sign-in for your EventHub account.", email.TextBody);
        Assert.False((await team.Database.Services.GetRequiredService<TeamDirectory>().ListUsersAsync()).Single(u => u.Id == id).TwoFactorEnabled);
    }

    [Fact]
    public async Task ResetTwoFactor_OfTheirOwnAccount_OrOfSomeoneWithoutIt_IsRefusedAndChangesNothing()
    {
        await using var team = await Team.CreateAsync();
        var annasKey = await team.TurnOnTwoFactorAsync("anna@groningen.nl");
        var (bas, token) = await team.InviteAsync("bas@groningen.nl", Roles.DoorStaff);
        await team.Accounts.SetPasswordAsync(token, Password);

        var own = await team.Accounts.ResetTwoFactorAsync(team.Admin, team.Admin.UserId);
        var without = await team.Accounts.ResetTwoFactorAsync(team.Admin, bas);

        Assert.Equal(AccountErrors.OwnTwoFactor, own.ErrorCode);
        Assert.Equal(AccountErrors.NoTwoFactor, without.ErrorCode);
        Assert.Equal(annasKey, await team.AuthenticatorKeyAsync("anna@groningen.nl"));
        Assert.DoesNotContain(await team.Accounts.HistoryAsync(team.Admin.UserId), r => r.Action == AccountAuditAction.TwoFactorReset);
    }

    [Fact]
    public async Task Unlock_AColleagueLockedOutAfterWrongPasswords_CanSignInAgainAtOnce_AndItIsRecorded()
    {
        await using var team = await Team.CreateAsync();
        var (id, token) = await team.InviteAsync("fenna@groningen.nl", Roles.Organiser);
        await team.Accounts.SetPasswordAsync(token, Password);
        await team.FailSignInsAsync("fenna@groningen.nl", 5);
        var directory = team.Database.Services.GetRequiredService<TeamDirectory>();
        Assert.True((await directory.ListUsersAsync()).Single(u => u.Id == id).IsLockedOut);

        var result = await team.Accounts.UnlockAsync(team.Admin, id);

        Assert.True(result.Succeeded);
        Assert.False((await directory.ListUsersAsync()).Single(u => u.Id == id).IsLockedOut);
        await using (var scope = team.Database.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var fenna = (await users.FindByIdAsync(id))!;
            Assert.False(await users.IsLockedOutAsync(fenna));
            Assert.Equal(0, await users.GetAccessFailedCountAsync(fenna)); // a full five tries again, not one
        }

        Assert.Single(await team.Accounts.HistoryAsync(id), r => r is { Action: AccountAuditAction.Unlocked } && r.ActorId == team.Admin.UserId);
        Assert.True((await team.Accounts.UnlockAsync(team.Admin, id)).Succeeded); // pressed again: nothing left to do, nothing recorded
        Assert.Single(await team.Accounts.HistoryAsync(id), r => r.Action == AccountAuditAction.Unlocked);
    }

    /// <summary>A database with one active admin, Anna, and the service acting as her.</summary>
    private sealed class Team : IAsyncDisposable
    {
        private Team(TestDatabase database, TeamMember admin)
        {
            Database = database;
            Admin = admin;
        }

        public TestDatabase Database { get; }
        public TeamMember Admin { get; }
        public StaffAccountService Accounts => Database.Services.GetRequiredService<StaffAccountService>();

        public static async Task<Team> CreateAsync(Action<IServiceCollection>? configure = null)
        {
            var database = await TestDatabase.CreateAsync(configure);
            await using var scope = database.Services.CreateAsyncScope();
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            await accounts.EnsureRolesAsync();
            Assert.True((await accounts.CreateUserAsync("anna@groningen.nl", "Anna Admin", Password, Language.Nl, [Roles.Admin])).Succeeded);
            var anna = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync("anna@groningen.nl");
            return new Team(database, TeamMember.InRoles(anna!.Id, "Anna Admin", Roles.Admin));
        }

        public async Task<(string Id, string Token)> InviteAsync(string email, string role)
        {
            var id = (await Accounts.InviteAsync(Admin, email, email.Split('@')[0], Language.En, [role])).Value;
            return (id, await StaffLinks.NewestTokenAsync(Database.Services, email));
        }

        public async Task<bool> CheckPasswordAsync(string email, string password)
        {
            await using var scope = Database.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            return await users.CheckPasswordAsync((await users.FindByEmailAsync(email))!, password);
        }

        public async Task<int> CountEmailsAsync(string email)
        {
            await using var db = await Database.NewContextAsync();
            return await db.OutboxMessages.CountAsync(m => m.ToAddress == email);
        }

        /// <summary>Turns two-factor sign-in on as the set-up page does, with ten recovery codes; returns the authenticator key.</summary>
        public async Task<string> TurnOnTwoFactorAsync(string email)
        {
            await using var scope = Database.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
            return (await users.GetAuthenticatorKeyAsync(user))!;
        }

        public async Task<string?> AuthenticatorKeyAsync(string email)
        {
            await using var scope = Database.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            return await users.GetAuthenticatorKeyAsync((await users.FindByEmailAsync(email))!);
        }

        /// <summary>Wrong passwords as the sign-in page counts them: each one a failed access, the last one a lockout.</summary>
        public async Task FailSignInsAsync(string email, int times)
        {
            await using var scope = Database.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            for (var i = 0; i < times; i++)
            {
                await users.AccessFailedAsync(user);
            }
        }

        public async Task<string?> StampAsync(string id)
        {
            await using var db = await Database.NewContextAsync();
            return (await db.Users.SingleAsync(u => u.Id == id)).SecurityStamp;
        }

        public ValueTask DisposeAsync() => Database.DisposeAsync();
    }
}
