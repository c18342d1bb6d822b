using System.Data.Common;
using System.Text;
using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Outbox;
using EventHub.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using static EventHub.Tests.Core.Outbox.OutboxFixtures;

namespace EventHub.Tests.Core.Outbox;

/// <summary>
/// Personal links stay secret: a stored message holds a placeholder, its token waits beside it encrypted until the
/// message is sent, the recipient gets a working link, and a copy of the database gives no one a link that works.
/// </summary>
public class OutboxLinkTests
{
    [Fact]
    public async Task QueuedInvitation_TheWholeRowAndTheDatabaseFileHoldNoToken_TheEmailTextAPlaceholder()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var token = scenario.TokenOf(0);

        await using var db = await scenario.NewContextAsync();
        var message = await db.OutboxMessages.SingleAsync();
        var rows = await AllValuesAsync(db, "OutboxMessages");
        rows.AddRange(await AllValuesAsync(db, "OutboxAttachment"));
        var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;

        Assert.Equal(43, token.Length); // 256 bits, base64url: the shape the outbox recognises
        Assert.DoesNotContain(rows, value => value.Contains(token, StringComparison.Ordinal));
        Assert.DoesNotContain(token, await AllBytesAsync(file));
        Assert.Contains($"/rsvp/{OutboxLinkTokens.Placeholder(1)}", message.TextBody);
        Assert.Contains($"/rsvp/{OutboxLinkTokens.Placeholder(1)}", message.HtmlBody);
        Assert.NotNull(message.ProtectedLinkTokens);
        Assert.Equal(PersonalLinkTokens.Hash(token), (await db.Invitations.SingleAsync()).TokenHash);
    }

    [Fact]
    public async Task SendDueAsync_TheReceivedEmailCarriesTheLink_ItOpensTheInvitation_AndTheStoredTokenIsWiped()
    {
        using var smtp = new TestSmtpServer().Start();
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10, configure: Smtp(smtp.Options()));

        var result = await scenario.Services.GetRequiredService<OutboxSender>().SendDueAsync();

        Assert.Equal(new OutboxSendResult(1, 0), result);
        var received = Assert.Single(smtp.Received);
        var token = InvitationScenario.TokenIn(received.TextBody!);
        Assert.Equal(scenario.TokenOf(0), token);
        Assert.Contains($"/rsvp/{token}\"", received.HtmlBody);
        Assert.DoesNotContain("personal-link", received.TextBody + received.HtmlBody);
        Assert.NotNull(await scenario.Rsvp.GetAsync(token));
        await using var db = await scenario.NewContextAsync();
        var stored = await db.OutboxMessages.SingleAsync();
        Assert.Equal(OutboxStatus.Sent, stored.Status);
        Assert.Null(stored.ProtectedLinkTokens);
        Assert.DoesNotContain(token, stored.TextBody + stored.HtmlBody);
    }

    [Fact]
    public async Task SendDueAsync_ServerDownThenUp_TheRetrySendsTheSameWorkingLink()
    {
        using var smtp = new TestSmtpServer();
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10, configure: Smtp(smtp.Options()));
        var sender = scenario.Services.GetRequiredService<OutboxSender>();
        string hashBefore;
        await using (var db = await scenario.NewContextAsync())
        {
            hashBefore = (await db.Invitations.SingleAsync()).TokenHash!;
        }

        Assert.Equal(new OutboxSendResult(0, 1), await sender.SendDueAsync());
        smtp.Start();
        scenario.Time.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(new OutboxSendResult(1, 0), await sender.SendDueAsync());

        var token = InvitationScenario.TokenIn(Assert.Single(smtp.Received).TextBody!);
        Assert.Equal(scenario.TokenOf(0), token);
        Assert.NotNull(await scenario.Rsvp.GetAsync(token));
        await using var read = await scenario.NewContextAsync();
        Assert.Equal(hashBefore, (await read.Invitations.SingleAsync()).TokenHash);
    }

    [Fact]
    public async Task SendDueAsync_FailedForGood_WipesTheToken_AndTryingAgainIsRefusedWithAReason()
    {
        using var smtp = new RefusingSmtpServer();
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10, configure: Smtp(smtp.Options(maxAttempts: 1)));

        Assert.Equal(new OutboxSendResult(0, 1), await scenario.Services.GetRequiredService<OutboxSender>().SendDueAsync());

        int id;
        await using (var db = await scenario.NewContextAsync())
        {
            var stored = await db.OutboxMessages.SingleAsync();
            id = stored.Id;
            Assert.Equal(OutboxStatus.Failed, stored.Status);
            Assert.Null(stored.ProtectedLinkTokens);
            Assert.True(stored.LinkWiped);
        }

        var queries = scenario.Services.GetRequiredService<OutboxQueries>();
        var retry = await queries.RetryAsync(id);
        Assert.Equal(OutboxErrors.LinkWiped, retry.ErrorCode);
        Assert.True((await queries.GetAsync(id, Organiser))!.LinkWiped);
        // The partner's link itself is untouched: an organiser can send the invitation again (a new link) from the event.
        Assert.NotNull(await scenario.Rsvp.GetAsync(scenario.TokenOf(0)));
    }

    [Fact]
    public async Task Upgrade_OldRows_UnsentKeepTheirTokenApartAndStillSend_SentAreMasked_ASecondRunChangesNothing()
    {
        using var smtp = new TestSmtpServer().Start();
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10, configure: Smtp(smtp.Options()));
        var dbFactory = scenario.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        var tokens = scenario.Services.GetRequiredService<OutboxLinkTokens>();
        var (unsent, sent) = (scenario.TokenOf(0), scenario.TokenOf(1));
        // As rows were stored before this change: the live link in the text, nothing beside it (ExecuteUpdate skips the interceptor).
        await using (var db = await scenario.NewContextAsync())
        {
            foreach (var (email, token, status) in new[] { (InvitationScenario.Email(0), unsent, OutboxStatus.Queued), (InvitationScenario.Email(1), sent, OutboxStatus.Sent) })
            {
                var message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.ToAddress == email);
                var text = OutboxLinkTokens.Filled(message.TextBody, [token]);
                var html = OutboxLinkTokens.Filled(message.HtmlBody, [token]);
                await db.OutboxMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(set => set
                    .SetProperty(m => m.TextBody, text)
                    .SetProperty(m => m.HtmlBody, html)
                    .SetProperty(m => m.Status, status)
                    .SetProperty(m => m.ProtectedLinkTokens, (string?)null));
            }
        }

        var first = await OutboxLinkUpgrade.RunAsync(dbFactory, tokens);
        var second = await OutboxLinkUpgrade.RunAsync(dbFactory, tokens);

        Assert.Equal(2, first);
        Assert.Equal(0, second);
        await using (var db = await scenario.NewContextAsync())
        {
            var rows = await AllValuesAsync(db, "OutboxMessages");
            Assert.DoesNotContain(rows, value => value.Contains(unsent, StringComparison.Ordinal) || value.Contains(sent, StringComparison.Ordinal));
            var wasSent = await db.OutboxMessages.SingleAsync(m => m.ToAddress == InvitationScenario.Email(1));
            Assert.Null(wasSent.ProtectedLinkTokens);
            Assert.Contains($"/rsvp/{OutboxLinkTokens.Placeholder(1)}", wasSent.TextBody);
        }

        Assert.Equal(new OutboxSendResult(1, 0), await scenario.Services.GetRequiredService<OutboxSender>().SendDueAsync());
        var received = Assert.Single(smtp.Received);
        Assert.Equal(InvitationScenario.Email(0), received.To.Mailboxes.Single().Address);
        Assert.Equal(unsent, InvitationScenario.TokenIn(received.TextBody!));
    }

    [Fact]
    public async Task OutboxQueries_GetAsync_MasksTheLink_AndGivesItOnlyWhenShowLinksIsOnAndTheMessageIsUnsent()
    {
        var token = PersonalLinkTokens.NewToken();
        await using var hidden = await OutboxFixtures.DatabaseAsync();
        await using var shown = await TestDatabase.CreateAsync(services => services.Configure<OutboxOptions>(o => o.ShowLinks = true));

        var (hiddenId, _) = await QueueWithLinkAsync(hidden, token);
        var (shownId, sentId) = await QueueWithLinkAsync(shown, token);
        var masked = (await hidden.Services.GetRequiredService<OutboxQueries>().GetAsync(hiddenId, Organiser))!;
        var open = (await shown.Services.GetRequiredService<OutboxQueries>().GetAsync(shownId, Organiser))!;
        var sent = (await shown.Services.GetRequiredService<OutboxQueries>().GetAsync(sentId, Organiser))!;

        Assert.Contains($"https://eventhub.example/rsvp/{OutboxLinkTokens.Mask}", masked.TextBody);
        Assert.Contains($"https://eventhub.example/rsvp/{OutboxLinkTokens.Mask}", masked.HtmlBody);
        Assert.DoesNotContain(token, masked.TextBody + masked.HtmlBody);
        Assert.Null(masked.RecipientLink);
        Assert.Equal($"https://eventhub.example/rsvp/{token}", open.RecipientLink);
        Assert.DoesNotContain(token, open.TextBody + open.HtmlBody);
        Assert.Null(sent.RecipientLink);
        Assert.False(sent.LinkWiped);
    }

    [Theory]
    [InlineData(AccountEmails.ResetKind)]
    [InlineData(AccountEmails.InvitationKind)]
    public async Task OutboxQueries_GetAsync_AStaffPasswordEmail_NeverGivesItsLink_AndOnlyAdminsReadIt(string kind)
    {
        // Anyone may ask for a reset of the admin's password; the organiser then opens the Outbox, links shown.
        var token = PersonalLinkTokens.NewToken();
        await using var database = await TestDatabase.CreateAsync(services => services.Configure<OutboxOptions>(o => o.ShowLinks = true));
        var id = (await OutboxFixtures.QueueAsync(database, StoredEmails.Message(
            "admin@eventhub.example", "Anna de Vries", "Choose a new EventHub password",
            $"<p><a href=\"https://eventhub.example/account/set-password/{token}\">Choose a new password</a></p>",
            $"Choose a new password: https://eventhub.example/account/set-password/{token}\n", kind, OutboxFixtures.Now(database))))[0];
        var queries = database.Services.GetRequiredService<OutboxQueries>();

        var asOrganiser = (await queries.GetAsync(id, Organiser))!;
        var asAdmin = (await queries.GetAsync(id, TeamMember.InRoles("a", "Anna de Vries", Roles.Admin)))!;

        Assert.Null(asOrganiser.RecipientLink);
        Assert.True(asOrganiser.BodyHidden);
        Assert.Equal("", asOrganiser.TextBody + asOrganiser.HtmlBody);
        Assert.Equal("admin@eventhub.example", asOrganiser.Summary.ToAddress);
        Assert.Null(asAdmin.RecipientLink);
        Assert.False(asAdmin.BodyHidden);
        Assert.Contains($"/account/set-password/{OutboxLinkTokens.Mask}", asAdmin.TextBody);
        Assert.DoesNotContain(token, asAdmin.TextBody + asAdmin.HtmlBody);
    }

    private static readonly TeamMember Organiser = TeamMember.InRoles("o", "Olga Bakker", Roles.Organiser);

    /// <summary>Two messages with a personal link to <paramref name="token"/>: one waiting, one sent.</summary>
    private static async Task<(int Queued, int Sent)> QueueWithLinkAsync(TestDatabase database, string token)
    {
        var now = OutboxFixtures.Now(database);
        OutboxMessage WithLink() => StoredEmails.Message(
            "fatima@noorderpoort.example", "Fatima El Amrani", "Uitnodiging",
            $"<p><a href=\"https://eventhub.example/rsvp/{token}\">Geef antwoord</a></p>",
            $"Geef antwoord: https://eventhub.example/rsvp/{token}\n", "invitation", now);
        var sent = WithLink();
        var ids = await OutboxFixtures.QueueAsync(database, WithLink(), sent);
        await using var db = await database.NewContextAsync();
        (await db.OutboxMessages.SingleAsync(m => m.Id == ids[1])).MarkSent(now);
        await db.SaveChangesAsync();
        return (ids[0], ids[1]);
    }

    /// <summary>Every value of every column of every row of a table, as text, read with plain SQL.</summary>
    private static async Task<List<string>> AllValuesAsync(EventHubDbContext db, string table)
    {
        var values = new List<string>();
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        await using DbCommand command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\"";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                values.Add(reader.GetValue(i) switch
                {
                    byte[] bytes => Encoding.UTF8.GetString(bytes),
                    var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
                });
            }
        }

        return values;
    }

    /// <summary>The database file and its write-ahead log, as a backup would copy them, read as text.</summary>
    private static async Task<string> AllBytesAsync(string file)
    {
        var text = new StringBuilder();
        foreach (var path in new[] { file, file + "-wal" }.Where(File.Exists))
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var memory = new MemoryStream();
            await stream.CopyToAsync(memory);
            text.Append(Encoding.Latin1.GetString(memory.ToArray()));
        }

        return text.ToString();
    }
}
