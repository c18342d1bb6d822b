using EventHub.Core.Accounts;
using EventHub.Core.Audit;
using EventHub.Core.Common;
using EventHub.Core.Texts;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Accounts;

/// <summary>
/// The account history EventHub kept (AccountAuditRecords) but showed nowhere: who may read it, how it reads, and the
/// two-factor sign-in turned on that it never recorded.
/// </summary>
public class AccountHistoryTests
{
    private const string Password = "Lang-genoeg-2026";

    [Fact]
    public async Task Read_ByThePersonOrAnAdmin_NewestFirst_APageAtATime_AndByNoOneElse()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (anna, fenna) = await TwoColleaguesAsync(database);
        var accounts = database.Services.GetRequiredService<StaffAccountService>();
        for (var i = 0; i < 24; i++)
        {
            database.Time.Advance(TimeSpan.FromMinutes(1));
            Assert.True((await accounts.SendResetLinkAsync(anna, fenna.UserId)).Succeeded);
        }

        var history = database.Services.GetRequiredService<AccountHistoryReader>();

        var own = await history.ReadAsync(fenna, fenna.UserId);
        var admins = await history.ReadAsync(anna, fenna.UserId, take: 100);
        var colleague = await history.ReadAsync(TeamMember.InRoles("olga", "Olga", Roles.Organiser), fenna.UserId);

        Assert.Equal((AccountHistoryReader.PageSize, 26), (own.Value.Records.Count, own.Value.Total)); // invited, chose a password, 24 reset links
        Assert.Equal(AccountAuditAction.PasswordResetSent, own.Value.Records[0].Action);
        Assert.Equal(AccountAuditAction.Invited, admins.Value.Records[^1].Action);
        Assert.True(admins.Value.Records.Zip(admins.Value.Records.Skip(1)).All(pair => pair.First.AtUtc >= pair.Second.AtUtc));
        Assert.Equal(AccountErrors.NotAllowed, colleague.ErrorCode);
    }

    [Theory]
    [InlineData(Language.En, "Invited as Organiser, Door staff", "By Anna Admin", "By you", "By the person themselves", "Without signing in", "By Removed account")]
    [InlineData(Language.Nl, "Uitgenodigd als Organisator, Deurmedewerker", "Door Anna Admin", "Door jou", "Door de persoon zelf", "Zonder in te loggen", "Door Verwijderd account")]
    public void ALine_SaysWhatHappenedAndWho_InTheReadersLanguage(Language language, string invited, string byAnna, string byYou, string themselves, string noOne, string removed)
    {
        var text = Localized.Core(language);
        var invitation = new AccountAuditRecord(AccountAuditAction.Invited, "fenna", "", "anna", "Anna Admin", DateTime.UtcNow, "Organiser,DoorStaff");
        var own = new AccountAuditRecord(AccountAuditAction.PasswordChanged, "fenna", "", "fenna", "Fenna", DateTime.UtcNow);
        var forgotten = new AccountAuditRecord(AccountAuditAction.PasswordResetRequested, "fenna", "", null, null, DateTime.UtcNow);
        var byRemoved = new AccountAuditRecord(AccountAuditAction.RolesChanged, "fenna", "", "gone", RemovedAccount.Name, DateTime.UtcNow, "Admin");

        Assert.Equal(invited, AccountHistoryText.What(invitation, text));
        Assert.Equal(byAnna, AccountHistoryText.Who(invitation, "fenna", text));
        Assert.Equal(byYou, AccountHistoryText.Who(own, "fenna", text));
        Assert.Equal(themselves, AccountHistoryText.Who(own, "anna", text));
        Assert.Equal(noOne, AccountHistoryText.Who(forgotten, "anna", text));
        Assert.Equal(removed, AccountHistoryText.Who(byRemoved, "anna", text));
    }

    /// <summary>Every kind of line reads in both languages, also one with roles a later version no longer has.</summary>
    [Theory]
    [InlineData(Language.En)]
    [InlineData(Language.Nl)]
    public void EveryKindOfLine_HasItsSentence(Language language)
    {
        var text = Localized.Core(language);
        var sentences = Enum.GetValues<AccountAuditAction>()
            .SelectMany(action => new[] { null, "Invitation", "PasswordReset", "Organiser" }
                .Select(detail => AccountHistoryText.What(new AccountAuditRecord(action, "a", "", null, null, DateTime.UtcNow, detail), text)))
            .ToList();

        Assert.DoesNotContain(sentences, string.IsNullOrWhiteSpace);
        Assert.DoesNotContain(sentences, sentence => sentence.Contains('{'));
    }

    /// <summary>
    /// Turning two-factor sign-in on was the one change the history did not keep; the audit log kept it in Identity's
    /// words, with the recovery codes as a record of their own and the security stamp beside it.
    /// </summary>
    [Fact]
    public async Task TurningOnTwoFactor_IsInTheHistory_AndTheLogKeepsItAsAChangeOfTheAccount_WithoutStampsOrKeys()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (_, fenna) = await TwoColleaguesAsync(database);

        await using (var scope = database.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByIdAsync(fenna.UserId))!;
            await users.ResetAuthenticatorKeyAsync(user);
            var codes = await scope.ServiceProvider.GetRequiredService<TwoFactorChanges>().TurnOnAsync(user, 10);
            Assert.Equal(10, codes.Count);
        }

        await using var db = await database.NewContextAsync();
        var last = await db.AccountAuditRecords.Where(r => r.AccountId == fenna.UserId).OrderByDescending(r => r.Id).FirstAsync();
        Assert.Equal((AccountAuditAction.TwoFactorTurnedOn, fenna.UserId), (last.Action, last.ActorId));
        Assert.Empty(db.OutboxMessages.Where(m => m.Kind == AccountEmails.SecurityKind)); // turning it on needs no warning
        var entries = await db.AuditEntries.Where(e => e.RecordId.StartsWith(fenna.UserId)).ToListAsync();
        Assert.All(entries, e => Assert.Equal(("User", fenna.UserId), (e.Kind, e.RecordId)));
        var changes = entries.SelectMany(e => e.Changes).ToList();
        Assert.Contains(changes, c => c is { Property: "TwoFactorEnabled", New: "True" });
        Assert.Contains(changes, c => c is { Property: "RecoveryCodes", Sensitive: true, Old: null, New: "" });
        Assert.Contains(changes, c => c is { Property: "AuthenticatorKey", Sensitive: true, New: "" });
        Assert.DoesNotContain(changes, c => c.Property is "SecurityStamp" or "Value" or "LoginProvider");
    }

    private static async Task<(TeamMember Admin, TeamMember Fenna)> TwoColleaguesAsync(TestDatabase database)
    {
        await using var scope = database.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        await accounts.EnsureRolesAsync();
        Assert.True((await accounts.CreateUserAsync("anna@groningen.nl", "Anna Admin", Password, Language.Nl, [Roles.Admin])).Succeeded);
        var anna = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync("anna@groningen.nl"))!;
        var admin = TeamMember.InRoles(anna.Id, "Anna Admin", Roles.Admin);
        var invited = await scope.ServiceProvider.GetRequiredService<StaffAccountService>()
            .InviteAsync(admin, "fenna@groningen.nl", "Fenna de Vries", Language.Nl, [Roles.Facilitator]);
        var token = await StaffLinks.NewestTokenAsync(database.Services, "fenna@groningen.nl");
        Assert.True((await scope.ServiceProvider.GetRequiredService<StaffAccountService>().SetPasswordAsync(token, Password)).Succeeded);
        return (admin, TeamMember.InRoles(invited.Value, "Fenna de Vries", Roles.Facilitator));
    }
}
