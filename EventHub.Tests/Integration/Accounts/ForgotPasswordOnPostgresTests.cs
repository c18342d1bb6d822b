using EventHub.Core.Accounts;
using EventHub.Core.Data;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Integration.Accounts;

/// <summary>
/// On PostgreSQL many requests run at once, so "was a reset link sent in the last ten minutes?" must be asked one
/// request per account at a time: someone pressing "send" several times at once (or a script doing it for them) would
/// otherwise have every request find no recent link, and the person would get one email, and a new link, per press.
/// </summary>
public class ForgotPasswordOnPostgresTests
{
    private const int Accounts = 5;
    private const int PressesAtOnce = 8;

    [Fact]
    public async Task ForgotPassword_PressedManyTimesAtTheSameMoment_SendsOneEmail_WhoseLinkWorks()
    {
        await using var factory = await EventHubAppFactory.OnPostgresAsync(seedDemo: false);
        var staff = factory.Services.GetRequiredService<StaffAccountService>();
        var emails = Enumerable.Range(1, Accounts).Select(i => $"collega{i}@eventhub.example").ToList();
        foreach (var email in emails)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            Assert.True((await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAdminAsync(email, "Zonnige-dinsdag-2026", email)).Succeeded);
        }

        foreach (var email in emails)
        {
            await Task.WhenAll(Enumerable.Range(0, PressesAtOnce).Select(_ => Task.Run(() => staff.RequestPasswordResetAsync(email))));
        }

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        foreach (var email in emails)
        {
            Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.ToAddress == email && m.Kind == AccountEmails.ResetKind));
            var token = await StaffLinks.NewestTokenAsync(factory.Services, email);
            Assert.Equal(AccountLinkPurpose.PasswordReset, (await staff.FindLinkAsync(token))?.Purpose);
        }
    }
}
