using System.Text;
using EventHub.Core.Data;
using EventHub.Core.Outbox;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Support;

/// <summary>Puts a message in a running app's outbox, as the invitation feature would.</summary>
public static class TestOutbox
{
    public static async Task<OutboxMessage> QueueInvitationAsync(
        WebApplicationFactory<Program> factory, string to, string rsvpUrl, string subject = "Uitnodiging: Alliantiedag Gelijke Kansen")
    {
        var time = factory.Services.GetRequiredService<TimeProvider>();
        var message = StoredEmails.Message(
                to,
                "Fatima El Amrani",
                subject,
                $"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Uitnodiging</title></head><body><h1>Alliantiedag Gelijke Kansen</h1><p>Beste Fatima,</p><p><a href="{rsvpUrl}">Geef je antwoord</a></p></body></html>""",
                $"Beste Fatima,\n\nGeef je antwoord: {rsvpUrl}\n",
                "invitation",
                time.GetUtcNow().UtcDateTime)
            .Attach("alliantiedag.ics", "text/calendar", Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"));
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        db.OutboxMessages.Add(message);
        await db.SaveChangesAsync();
        return message;
    }
}
