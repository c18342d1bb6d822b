using System.Text.RegularExpressions;
using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Core.Texts;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Accounts;

/// <summary>
/// A staff member keeps their own account right: name and language at once, a new email address only once that address
/// confirmed it; an admin corrects a colleague's name but not their address. Each change is in the account's history.
/// </summary>
public partial class StaffAccountDetailsTests
{
    private const string Password = "Lang-genoeg-2026";
    private const string Olga = "olga@groningen.nl";

    [Fact]
    public async Task ChangeName_ByThePerson_SavesItTrimmed_AndRecordsIt()
    {
        await using var team = await Team.CreateAsync();

        var result = await team.Accounts.ChangeNameAsync(team.Olga, team.Olga.UserId, "  Olga de Boer ");

        Assert.True(result.Succeeded, result.ErrorCode);
        Assert.Equal("Olga de Boer", (await team.UserAsync(team.Olga.UserId)).DisplayName);
        var record = (await team.Accounts.HistoryAsync(team.Olga.UserId))[0];
        Assert.Equal((AccountAuditAction.NameChanged, team.Olga.UserId), (record.Action, record.ActorId));
        Assert.Equal("Naam veranderd", AccountHistoryText.What(record, Localized.Core(Language.Nl)));
    }

    [Theory]
    [InlineData("   ", AccountErrors.NameRequired)]
    [InlineData(null, AccountErrors.NameTooLong)]
    public async Task ChangeName_EmptyOrTooLong_IsRefused_AndChangesNothing(string? name, string expected)
    {
        await using var team = await Team.CreateAsync();

        var result = await team.Accounts.ChangeNameAsync(team.Olga, team.Olga.UserId, name ?? new string('a', StaffAccountService.NameMaxLength + 1));

        Assert.Equal(expected, result.ErrorCode);
        Assert.Equal("Olga Organisator", (await team.UserAsync(team.Olga.UserId)).DisplayName);
        Assert.DoesNotContain(await team.Accounts.HistoryAsync(team.Olga.UserId), r => r.Action == AccountAuditAction.NameChanged);
    }

    [Fact]
    public async Task ChangeName_OfAColleague_AnAdminMay_AnotherColleagueMayNot()
    {
        await using var team = await Team.CreateAsync();

        var byOlga = await team.Accounts.ChangeNameAsync(team.Olga, team.Admin.UserId, "Iemand anders");
        var byAdmin = await team.Accounts.ChangeNameAsync(team.Admin, team.Olga.UserId, "Olga van Dijk");

        Assert.Equal(AccountErrors.NotAllowed, byOlga.ErrorCode);
        Assert.Equal("Anna Admin", (await team.UserAsync(team.Admin.UserId)).DisplayName);
        Assert.True(byAdmin.Succeeded, byAdmin.ErrorCode);
        Assert.Equal("Olga van Dijk", (await team.UserAsync(team.Olga.UserId)).DisplayName);
        var record = (await team.Accounts.HistoryAsync(team.Olga.UserId))[0];
        Assert.Equal((AccountAuditAction.NameChanged, team.Admin.UserId, "Anna Admin"), (record.Action, record.ActorId, record.ActorName));
    }

    [Fact]
    public async Task ChangeLanguage_IsRecorded_AndTheNextEmailIsInTheNewLanguage()
    {
        await using var team = await Team.CreateAsync();

        var result = await team.Accounts.ChangeLanguageAsync(team.Olga, Language.En);
        await team.Accounts.RequestPasswordResetAsync(Olga);

        Assert.True(result.Succeeded, result.ErrorCode);
        Assert.Equal("Choose a new EventHub password", (await StaffLinks.NewestMessageToAsync(team.Database.Services, Olga)).Subject);
        var record = (await team.Accounts.HistoryAsync(team.Olga.UserId)).Single(r => r.Action == AccountAuditAction.LanguageChanged);
        Assert.Equal("Taal veranderd in Engels", AccountHistoryText.What(record, Localized.Core(Language.Nl)));
    }

    [Theory]
    [InlineData("OLGA@groningen.nl", AccountErrors.SameEmail)]
    [InlineData("anna@groningen.nl", AccountErrors.EmailInUse)]
    [InlineData("olga@groningen", AccountErrors.InvalidEmail)]
    public async Task RequestEmailChange_ToTheSameAddress_AnotherAccountsOrNoAddress_IsRefused_AndSendsNothing(string address, string expected)
    {
        await using var team = await Team.CreateAsync();

        var result = await team.Accounts.RequestEmailChangeAsync(team.Olga, address);

        Assert.Equal(expected, result.ErrorCode);
        await using var db = await team.Database.NewContextAsync();
        Assert.Empty(db.OutboxMessages);
    }

    [Fact]
    public async Task RequestEmailChange_SendsALinkToTheNewAddress_AndNothingChangesUntilItIsConfirmed()
    {
        await using var team = await Team.CreateAsync();
        var stamp = (await team.UserAsync(team.Olga.UserId)).SecurityStamp;

        var result = await team.Accounts.RequestEmailChangeAsync(team.Olga, " olga.deboer@groningen.nl ");

        Assert.True(result.Succeeded, result.ErrorCode);
        var user = await team.UserAsync(team.Olga.UserId);
        Assert.Equal((Olga, Olga, stamp), (user.Email, user.UserName, user.SecurityStamp));
        var message = await StaffLinks.NewestMessageToAsync(team.Database.Services, "olga.deboer@groningen.nl");
        Assert.Equal((AccountEmails.EmailChangeKind, "Bevestig je nieuwe e-mailadres voor EventHub"), (message.Kind, message.Subject));
        Assert.DoesNotContain("/account/confirm-email/", message.TextBody.Replace("/account/confirm-email/personal-link-", ""));
        var record = (await team.Accounts.HistoryAsync(team.Olga.UserId))[0];
        Assert.Equal((AccountAuditAction.EmailChangeRequested, "olga.deboer@groningen.nl"), (record.Action, record.Detail));
        Assert.True(await team.CheckPasswordAsync(Olga));
    }

    [Fact]
    public async Task ConfirmEmailChange_MakesItTheAddressAndSignInName_TellsTheOldAddress_EndsSignIns_AndWorksOnce()
    {
        await using var team = await Team.CreateAsync();
        await team.Accounts.RequestEmailChangeAsync(team.Olga, "olga.deboer@groningen.nl");
        var token = await team.ConfirmTokenAsync("olga.deboer@groningen.nl");
        var stamp = (await team.UserAsync(team.Olga.UserId)).SecurityStamp;

        var seen = await team.Accounts.FindEmailChangeAsync(token);
        var confirmed = await team.Accounts.ConfirmEmailChangeAsync(token);
        var again = await team.Accounts.ConfirmEmailChangeAsync(token);

        Assert.Equal(new EmailChangeView(Olga, "olga.deboer@groningen.nl", "Olga Organisator", Language.Nl), seen);
        Assert.Equal(team.Olga.UserId, confirmed.Value);
        Assert.Equal(AccountErrors.LinkInvalid, again.ErrorCode);
        var user = await team.UserAsync(team.Olga.UserId);
        Assert.Equal(("olga.deboer@groningen.nl", "olga.deboer@groningen.nl", true), (user.Email, user.UserName, user.EmailConfirmed));
        Assert.NotEqual(stamp, user.SecurityStamp);
        Assert.True(await team.CheckPasswordAsync("olga.deboer@groningen.nl"));
        var notice = await StaffLinks.NewestMessageToAsync(team.Database.Services, Olga);
        Assert.Equal((AccountEmails.SecurityKind, "Het e-mailadres van je EventHub-account is veranderd"), (notice.Kind, notice.Subject));
        Assert.Contains("olga.deboer@groningen.nl", notice.TextBody);
        var record = (await team.Accounts.HistoryAsync(team.Olga.UserId))[0];
        Assert.Equal((AccountAuditAction.EmailChanged, "olga.deboer@groningen.nl", Olga), (record.Action, record.AccountEmail, record.Detail));
        Assert.Equal("E-mailadres veranderd (was olga@groningen.nl)", AccountHistoryText.What(record, Localized.Core(Language.Nl)));
    }

    [Fact]
    public async Task ConfirmEmailChange_OfAnEarlierRequest_AfterANewerOne_DoesNotWork()
    {
        await using var team = await Team.CreateAsync();
        await team.Accounts.RequestEmailChangeAsync(team.Olga, "olga.eerst@groningen.nl");
        var first = await team.ConfirmTokenAsync("olga.eerst@groningen.nl");
        await team.Accounts.RequestEmailChangeAsync(team.Olga, "olga.daarna@groningen.nl");

        var result = await team.Accounts.ConfirmEmailChangeAsync(first);

        Assert.Equal(AccountErrors.LinkInvalid, result.ErrorCode);
        Assert.Null(await team.Accounts.FindEmailChangeAsync(first));
        Assert.Equal(Olga, (await team.UserAsync(team.Olga.UserId)).Email);
        Assert.True((await team.Accounts.ConfirmEmailChangeAsync(await team.ConfirmTokenAsync("olga.daarna@groningen.nl"))).Succeeded);
    }

    [Fact]
    public async Task ConfirmEmailChange_WhenAnotherAccountTookTheAddressMeanwhile_IsRefused()
    {
        await using var team = await Team.CreateAsync();
        await team.Accounts.RequestEmailChangeAsync(team.Olga, "gedeeld@groningen.nl");
        var token = await team.ConfirmTokenAsync("gedeeld@groningen.nl");
        Assert.True((await team.Accounts.InviteAsync(team.Admin, "gedeeld@groningen.nl", "Gerrit", Language.Nl, [Roles.DoorStaff])).Succeeded);

        var result = await team.Accounts.ConfirmEmailChangeAsync(token);

        Assert.Equal(AccountErrors.EmailInUse, result.ErrorCode);
        Assert.Equal(Olga, (await team.UserAsync(team.Olga.UserId)).Email);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("b2xnYQpvbGdhQGV4YW1wbGUub3JnCmZha2U")] // "olga\nolga@example.org\nfake": the parts, without a real code
    public async Task ConfirmEmailChange_WithAMadeUpLink_DoesNothing(string token)
    {
        await using var team = await Team.CreateAsync();

        Assert.Null(await team.Accounts.FindEmailChangeAsync(token));
        Assert.Equal(AccountErrors.LinkInvalid, (await team.Accounts.ConfirmEmailChangeAsync(token)).ErrorCode);
    }

    [Fact]
    public async Task ChangePassword_TellsThePersonByEmail()
    {
        await using var team = await Team.CreateAsync();

        Assert.True((await team.Accounts.ChangePasswordAsync(team.Olga.UserId, Password, "Nieuw-wachtwoord-2027")).Succeeded);

        var notice = await StaffLinks.NewestMessageToAsync(team.Database.Services, Olga);
        Assert.Equal((AccountEmails.SecurityKind, "Je EventHub-wachtwoord is veranderd"), (notice.Kind, notice.Subject));
    }

    [GeneratedRegex("/account/confirm-email/([A-Za-z0-9_-]+)")]
    private static partial Regex ConfirmLink();

    /// <summary>An admin, Anna, and an organiser, Olga (Dutch), with passwords; the service acting as either.</summary>
    private sealed class Team : IAsyncDisposable
    {
        private Team(TestDatabase database, TeamMember admin, TeamMember olga)
        {
            Database = database;
            Admin = admin;
            Olga = olga;
        }

        public TestDatabase Database { get; }
        public TeamMember Admin { get; }
        public TeamMember Olga { get; }
        public StaffAccountService Accounts => Database.Services.GetRequiredService<StaffAccountService>();

        public static async Task<Team> CreateAsync()
        {
            var database = await TestDatabase.CreateAsync();
            await using var scope = database.Services.CreateAsyncScope();
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            await accounts.EnsureRolesAsync();
            Assert.True((await accounts.CreateUserAsync("anna@groningen.nl", "Anna Admin", Password, Language.Nl, [Roles.Admin])).Succeeded);
            Assert.True((await accounts.CreateUserAsync(StaffAccountDetailsTests.Olga, "Olga Organisator", Password, Language.Nl, [Roles.Organiser])).Succeeded);
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var anna = (await users.FindByEmailAsync("anna@groningen.nl"))!;
            var olga = (await users.FindByEmailAsync(StaffAccountDetailsTests.Olga))!;
            return new Team(database, TeamMember.InRoles(anna.Id, "Anna Admin", Roles.Admin), TeamMember.InRoles(olga.Id, "Olga Organisator", Roles.Organiser));
        }

        public async Task<AppUser> UserAsync(string id)
        {
            await using var db = await Database.NewContextAsync();
            return await db.Users.AsNoTracking().SingleAsync(u => u.Id == id);
        }

        public async Task<bool> CheckPasswordAsync(string email)
        {
            await using var scope = Database.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            return await users.FindByEmailAsync(email) is { } user && await users.CheckPasswordAsync(user, Password);
        }

        /// <summary>The token of the newest confirmation link sent to the address, as the recipient receives it.</summary>
        public async Task<string> ConfirmTokenAsync(string address) =>
            ConfirmLink().Match(OutboxLinks.TextAsSent(Database.Services, await StaffLinks.NewestMessageToAsync(Database.Services, address))).Groups[1].Value;

        public ValueTask DisposeAsync() => Database.DisposeAsync();
    }
}
