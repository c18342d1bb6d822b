using EventHub.Core.Outbox;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EventHub.Tests.Core.Outbox;

/// <summary>Outbox messages as the invitation feature would write them, and a test database whose sender uses given SMTP options.</summary>
internal static class OutboxFixtures
{
    public const string Ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//EventHub//NL\r\nBEGIN:VEVENT\r\nUID:alliantiedag-2027@eventhub\r\nSUMMARY:Alliantiedag gelijke kansen\r\nDTSTART:20270115T120000Z\r\nDTEND:20270115T160000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    public static Task<TestDatabase> DatabaseAsync(SmtpOptions? smtp = null) =>
        TestDatabase.CreateAsync(smtp is null ? _ => { } : Smtp(smtp));

    /// <summary>Points the outbox sender of a test database or scenario at the given SMTP server.</summary>
    public static Action<IServiceCollection> Smtp(SmtpOptions options) =>
        services => services.AddSingleton<IOptions<SmtpOptions>>(Options.Create(options));

    public static OutboxMessage Invitation(string to, DateTime nowUtc, string subject = "Uitnodiging: Alliantiedag gelijke kansen") =>
        StoredEmails.Message(
            to,
            "Fatima El Amrani",
            subject,
            "<html lang=\"nl\"><body><p>Beste Fatima,</p><p><a href=\"https://eventhub.example/rsvp/abc\">Geef antwoord</a></p></body></html>",
            "Beste Fatima,\n\nGeef antwoord: https://eventhub.example/rsvp/abc\n",
            "invitation",
            nowUtc);

    public static async Task<int[]> QueueAsync(TestDatabase database, params OutboxMessage[] messages)
    {
        await using var db = await database.NewContextAsync();
        db.OutboxMessages.AddRange(messages);
        await db.SaveChangesAsync();
        return messages.Select(m => m.Id).ToArray();
    }

    public static async Task<OutboxMessage> ReloadAsync(TestDatabase database, int id)
    {
        await using var db = await database.NewContextAsync();
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.OutboxMessages, m => m.Id == id);
    }

    /// <summary>The Message-ID a stored message is sent with by a sender pointed at a <see cref="TestSmtpServer"/>.</summary>
    public static string MessageIdOf(OutboxMessage message) => OutboxMimeMessage.MessageIdOf(message, TestSmtpServer.FromAddress);

    /// <summary>The Message-IDs of these stored messages, in the order of <paramref name="ids"/>.</summary>
    public static async Task<List<string>> MessageIdsAsync(TestDatabase database, params int[] ids)
    {
        var messages = new List<string>();
        foreach (var id in ids)
        {
            messages.Add(MessageIdOf(await ReloadAsync(database, id)));
        }

        return messages;
    }

    public static OutboxSender Sender(TestDatabase database) => database.Services.GetRequiredService<OutboxSender>();

    public static DateTime Now(TestDatabase database) => database.Time.GetUtcNow().UtcDateTime;
}
